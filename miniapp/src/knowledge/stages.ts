import type { CaseStatus } from '@gig/shared';

/** An article named by its law (as the library writes it) and number. */
export type ArticleRef = readonly [law: string, article: number];

const LDMAL = '劳动争议调解仲裁法';
const MEDIATION: ArticleRef[] = [
  [LDMAL, 4],
  [LDMAL, 5],
  [LDMAL, 10],
  [LDMAL, 27],
];
const AGREEMENT: ArticleRef[] = [
  [LDMAL, 14],
  ['人民调解法', 33],
  [LDMAL, 16],
];
const ARBITRATION: ArticleRef[] = [
  [LDMAL, 27],
  [LDMAL, 29],
  [LDMAL, 53],
];
const AWARD: ArticleRef[] = [
  [LDMAL, 47],
  [LDMAL, 48],
  [LDMAL, 50],
];

/**
 * "What the law says at this stage" on the case page: the articles of the library's seed
 * (server/src/seed/knowledge-articles.ts) that govern where the case is. Only articles the
 * library holds are named here; the article page finds each by law and number.
 */
export const STAGE_ARTICLES: Record<CaseStatus, ArticleRef[]> = {
  submitted: MEDIATION,
  accepted: MEDIATION,
  rejected: [
    [LDMAL, 5],
    [LDMAL, 27],
  ],
  dispatched: MEDIATION,
  mediating: MEDIATION,
  agreement: AGREEMENT,
  mediation_failed: [
    [LDMAL, 5],
    [LDMAL, 27],
    [LDMAL, 53],
  ],
  performed: [[LDMAL, 14]],
  defaulted: [
    [LDMAL, 16],
    ['人民调解法', 33],
  ],
  confirmation_requested: [['人民调解法', 33]],
  payment_order: [[LDMAL, 16]],
  confirmed: [['人民调解法', 33]],
  enforcement: [['人民调解法', 33]],
  transferred_to_arbitration: ARBITRATION,
  arbitration_accepted: ARBITRATION,
  arbitration_refused: [
    [LDMAL, 29],
    [LDMAL, 27],
  ],
  hearing_scheduled: ARBITRATION,
  arbitration_mediated: [[LDMAL, 5]],
  awarded: AWARD,
  withdrawn: [[LDMAL, 27]],
  closed: [[LDMAL, 5]],
};
