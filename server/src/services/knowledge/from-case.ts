import type { DataSource } from 'typeorm';
import {
  anonymise,
  CLAIM_TYPE,
  findPersonalData,
  type ClaimType,
  type KnowledgeCreateBody,
  type PersonalDataFinding,
  type Principal,
} from '@gig/shared';
import { CaseEntity, StationEntity } from '../../entities';
import type { DataProtector } from '../../adapters/crypto';
import { AppError } from '../../errors';
import type { KnowledgeEditor } from './editor';
import { personalDataIn } from './rules';

/** The respondent's names are replaced by these neutral words (a company is named as courts do: 某公司). */
function withoutRespondent(text: string, c: CaseEntity): string {
  const r = c.claim.respondent;
  const names: [string | null, string][] = [
    [r.partnerName, '某合作公司'],
    [r.outletName, '某网点'],
    [r.name, '某公司'],
    [c.respondentName, '某公司'],
  ];
  let out = text;
  for (const [name, word] of names) if (name && name.trim().length >= 2) out = out.split(name.trim()).join(word);
  return out;
}

/**
 * A typical-case draft from a closed case: its industry, claim types and the worker's story, with
 * the parties' names, phone and ID numbers, plate numbers and addresses removed. The automatic
 * check runs again on publishing; an editor completes the focus, outcome and reasoning.
 */
export class CaseToKnowledge {
  constructor(
    private readonly ds: DataSource,
    private readonly protector: DataProtector,
    private readonly editor: KnowledgeEditor,
  ) {}

  async draft(actor: Principal, caseId: string, requestId?: string) {
    const c = await this.ds.getRepository(CaseEntity).findOneBy({ id: caseId });
    if (!c) throw new AppError('NOT_FOUND');
    if (c.status !== 'closed') throw new AppError('CASE_NOT_ENDED', { details: { status: c.status } });
    const names = [
      c.purgedAt ? null : this.protector.decrypt(c.claimantNameEnc),
      c.claim.respondent.contactName,
    ].filter((n): n is string => !!n && n.trim().length >= 2);
    const replaced: PersonalDataFinding[] = [];
    const clean = (text: string) => {
      const neutral = withoutRespondent(text, c);
      replaced.push(...findPersonalData(neutral, names));
      return anonymise(neutral, names);
    };
    const claimTypes = [...new Set(c.claim.items.map((i) => i.type))].filter((t): t is ClaimType =>
      (CLAIM_TYPE.values as readonly string[]).includes(t),
    );
    const station = c.stationId ? await this.ds.getRepository(StationEntity).findOneBy({ id: c.stationId }) : null;
    const facts = clean(c.claim.description || '（案情待编辑补充）');
    const typesText = claimTypes.map((t) => CLAIM_TYPE.labels[t]['zh-CN']).join('、');
    const closedOn = c.updatedAt.toISOString().slice(0, 10);
    const body: KnowledgeCreateBody = {
      kind: 'case',
      title: `${typesText || '劳动争议'}纠纷调解案例（${c.number}）`.slice(0, 200),
      law: null,
      article: null,
      body: facts.slice(0, 200),
      summary: true,
      example: false,
      claimTypes,
      industries: [c.industry],
      keywords: [],
      source: {
        title: `${station?.name ?? '本平台调解站'}调解案件（已脱敏）`,
        issuer: station?.name ?? undefined,
        versionDate: closedOn,
      },
      media: [],
      case: {
        facts,
        disputeFocus: typesText ? `劳动者主张${typesText}，双方就此发生争议。` : '',
        outcome: c.agreement ? 'settled' : 'partly_upheld',
        reasoning: '',
        basisIds: [],
        decidedOn: closedOn,
      },
    };
    const entry = await this.editor.create(actor, body, requestId);
    return { entry, replaced, remaining: personalDataIn(entry, names) };
  }
}
