import { In, type DataSource } from 'typeorm';
import type { ClaimCreateBody, FieldError } from '@gig/shared';
import { LocalFigureEntity } from '../../entities';

/**
 * A claim item calculated in the app names the local-figure versions it used; each must exist
 * (a version is never deleted), so the case records which figures stand behind the amount.
 */
export async function unknownFigureFields(ds: DataSource, body: ClaimCreateBody): Promise<FieldError[]> {
  const wanted = [...new Set(body.items.flatMap((i) => i.calculation?.figureIds ?? []))];
  if (!wanted.length) return [];
  const found = new Set(
    (await ds.getRepository(LocalFigureEntity).find({ select: { id: true }, where: { id: In(wanted) } })).map(
      (f) => f.id,
    ),
  );
  return body.items.flatMap((item, n) =>
    (item.calculation?.figureIds ?? []).flatMap((id, k) =>
      found.has(id)
        ? []
        : [
            {
              path: `/body/items/${n}/calculation/figureIds/${k}`,
              rule: 'figure',
              message: 'not a known local figure version',
            },
          ],
    ),
  );
}
