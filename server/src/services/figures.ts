import type { DataSource } from 'typeorm';
import {
  FIGURE_UNIT,
  chinaDate,
  figuresInForce,
  yuanToFen,
  type FiguresInForce,
  type LocalFigure,
  type LocalFigureBody,
  type LocalFigureView,
  type Principal,
} from '@gig/shared';
import { LocalFigureEntity } from '../entities';
import { AppError, fieldError } from '../errors';
import { audit } from './audit';

const UNIQUE_VIOLATION = ['ER_DUP_ENTRY', 'SQLITE_CONSTRAINT', 'SQLITE_CONSTRAINT_UNIQUE'];

export function toFigureView(f: LocalFigureEntity): LocalFigureView {
  return {
    id: f.id,
    areaCode: f.areaCode,
    kind: f.kind,
    value: f.value,
    effectiveFrom: f.effectiveFrom,
    source: f.source,
    sourceUrl: f.sourceUrl,
    example: f.example,
    note: f.note,
    version: f.version,
    createdAt: f.createdAt.toISOString(),
    createdBy: f.createdBy,
  };
}

/**
 * The local figures (average and minimum wages, the double-wage look-back) as versions: read by
 * anyone for a place and a day, entered by a system admin. Rows are never changed; a correction
 * for the same area, kind and day is the next version, so a claim item that names the id it was
 * calculated with keeps meaning what it meant.
 */
export class LocalFigures {
  constructor(private readonly ds: DataSource) {}

  async all(): Promise<LocalFigureView[]> {
    const rows = await this.ds.getRepository(LocalFigureEntity).find({
      order: { kind: 'ASC', areaCode: 'ASC', effectiveFrom: 'DESC', version: 'DESC' },
    });
    return rows.map(toFigureView);
  }

  async inForce(areaCode: string, on?: string): Promise<FiguresInForce> {
    const day = on ?? chinaDate(new Date());
    const rows = await this.ds.getRepository(LocalFigureEntity).find();
    const byId = new Map(rows.map((r) => [r.id, r]));
    const chosen = figuresInForce(rows as LocalFigure[], areaCode, day);
    return { areaCode, on: day, figures: chosen.map((f) => toFigureView(byId.get(f.id)!)) };
  }

  /** The ids that exist, of those given (a claim item's `calculation.figureIds` is checked against them). */
  async existing(ids: readonly string[]): Promise<Set<string>> {
    if (!ids.length) return new Set();
    const rows = await this.ds
      .getRepository(LocalFigureEntity)
      .createQueryBuilder('f')
      .select('f.id', 'id')
      .where('f.id IN (:...ids)', { ids: [...new Set(ids)] })
      .getRawMany<{ id: string }>();
    return new Set(rows.map((r) => r.id));
  }

  async create(user: Principal, body: LocalFigureBody, requestId?: string): Promise<LocalFigureView> {
    const value = valueOf(body);
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.ds.transaction(async (em) => {
          const repo = em.getRepository(LocalFigureEntity);
          const key = { areaCode: body.areaCode, kind: body.kind, effectiveFrom: body.effectiveFrom };
          const last = await repo.findOne({ where: key, order: { version: 'DESC' } });
          const row = await repo.save(
            repo.create({
              ...key,
              value,
              source: body.source,
              sourceUrl: body.sourceUrl ?? null,
              example: body.example,
              note: body.note ?? null,
              version: (last?.version ?? 0) + 1,
              createdBy: user.id,
            }),
          );
          await audit(em, {
            actorType: 'staff',
            actorId: user.id,
            action: 'figure.created',
            targetType: 'local_figure',
            targetId: row.id,
            detail: { ...key, value, version: row.version, example: row.example },
            requestId: requestId ?? null,
          });
          return toFigureView(row);
        });
      } catch (err) {
        const code = (err as { driverError?: { code?: string } }).driverError?.code ?? '';
        // Two admins correcting the same figure at once: the loser takes the next version number.
        if (attempt >= 3 || !UNIQUE_VIOLATION.includes(code)) throw err;
      }
    }
  }
}

/** The value in the figure's unit: yuan to fen for the wages, whole months for the look-back. */
function valueOf(body: LocalFigureBody): number {
  if (FIGURE_UNIT[body.kind] === 'months') {
    if (body.amountYuan !== undefined)
      throw fieldError('/body/amountYuan', 'unit', 'this figure is a number of months: send months, not amountYuan');
    if (body.months === undefined) throw fieldError('/body/months', 'required', 'the number of months is required');
    return body.months;
  }
  if (body.months !== undefined)
    throw fieldError('/body/months', 'unit', 'this figure is an amount: send amountYuan, not months');
  if (body.amountYuan === undefined) throw fieldError('/body/amountYuan', 'required', 'the amount in yuan is required');
  const fen = yuanToFen(body.amountYuan);
  if (fen === null || fen <= 0 || fen > 100_000_000)
    throw new AppError('VALIDATION_FAILED', {
      fields: [{ path: '/body/amountYuan', rule: 'amount', message: 'must be above zero and at most 1,000,000 yuan' }],
    });
  return fen;
}
