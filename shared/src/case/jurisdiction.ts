import type { StationKind } from '../enums';
import type { Label } from '../labels';
import type { JurisdictionBasis } from '../schemas/arbitration';
import type { LegalBasis } from './deadline-basis';

/**
 * Which arbitration institution may hear a case (LDMAL art 21; legal-rules.md §7 item 9): the one
 * where the contract is performed (for gig work, where the worker takes orders) or where the
 * employer is located; when both are seised, the place of performance wins, so it comes first.
 * An institution covers its own area code, and a city-level one (xxxx00) every district of its city.
 */
export interface InstitutionCandidate {
  id: string;
  kind: StationKind;
  active: boolean;
  areaCode: string;
}

const isCityLevel = (code: string) => code.endsWith('00') && !code.endsWith('0000');

/** 0: the institution of exactly this area; 1: the city-level one over it; null: it does not cover it. */
function coverage(institutionArea: string, area: string): 0 | 1 | null {
  if (institutionArea === area) return 0;
  if (isCityLevel(institutionArea) && area.slice(0, 4) === institutionArea.slice(0, 4)) return 1;
  return null;
}

/** The institutions with jurisdiction, best first, each with why it has it. */
export function arbitrationInstitutions<S extends InstitutionCandidate>(
  stations: readonly S[],
  places: { performanceArea: string; employerArea?: string | null },
): { station: S; basis: JurisdictionBasis }[] {
  const open = stations.filter((s) => s.kind === 'arbitration' && s.active);
  const out: { station: S; basis: JurisdictionBasis }[] = [];
  const add = (area: string | null | undefined, basis: JurisdictionBasis) => {
    if (!area) return;
    const ranked = open
      .map((station) => ({ station, rank: coverage(station.areaCode, area) }))
      .filter((x): x is { station: S; rank: 0 | 1 } => x.rank !== null)
      .sort((a, b) => a.rank - b.rank);
    for (const { station } of ranked) if (!out.some((o) => o.station.id === station.id)) out.push({ station, basis });
  };
  add(places.performanceArea, 'performance_place');
  add(places.employerArea, 'employer_location');
  return out;
}

export const JURISDICTION_BASIS: { readonly [B in JurisdictionBasis]: LegalBasis & { label: Label } } = {
  performance_place: {
    label: { 'zh-CN': '劳动合同履行地（接单所在地）', en: 'Where the work is done (where orders are taken)' },
    law: { 'zh-CN': '劳动争议调解仲裁法', en: 'Labour Dispute Mediation and Arbitration Law' },
    article: '21',
    rule: {
      'zh-CN': '劳动争议由劳动合同履行地或者用人单位所在地的劳动争议仲裁委员会管辖；双方分别申请的，由履行地管辖',
      en: 'The commission where the contract is performed or where the employer is located has jurisdiction; if both are seised, the place of performance',
    },
  },
  employer_location: {
    label: { 'zh-CN': '用人单位所在地', en: 'Where the employer is located' },
    law: { 'zh-CN': '劳动争议调解仲裁法', en: 'Labour Dispute Mediation and Arbitration Law' },
    article: '21',
    rule: {
      'zh-CN': '劳动争议由劳动合同履行地或者用人单位所在地的劳动争议仲裁委员会管辖',
      en: 'The commission where the contract is performed or where the employer is located has jurisdiction',
    },
  },
};
