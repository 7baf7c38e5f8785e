import { Type, type Static } from '@sinclair/typebox';
import {
  CHANNEL,
  CLAIM_TYPE,
  EVIDENCE_CATEGORY,
  INDUSTRY,
  MEDIATION_TYPE,
  OUTLET_SHARING_CONSENT,
  WORK_MODE,
} from '../enums';
import { CASE_ACTIONS, CASE_STATUSES } from '../case/status';
import { AREA_CODE_PATTERN } from '../routing/area';
import { Body, ContactPhone, Id, IsoDateTime, Name, Phone, StationCode, StringEnum } from './common';
import { RouteDecision } from './routing';
import { CalendarDate, ScheduledSession, Text } from './actions';
import { AgreementView } from './agreement';
import { StationCard } from './station';
import { ArbitrationView } from './arbitration';
import { OutletReplyView, ProposalView, SessionAnswerView } from './outlet';
import { ConfirmationView, PaymentOrderView } from './court';
import { ERROR_CODES } from '../errors';
import { ItemCalculation } from './figures';
import { LimitationEvent } from './limitation';

/** For /docs: an ID number with a valid check character (GB 11643) and a real birth date. */
export const EXAMPLE_ID_NUMBER = '330302199003071231';
/** For /docs: a unified social credit code with a valid check character (GB 32100). */
export const EXAMPLE_CREDIT_CODE = '91330302MA2AB3CD4J';
/** For /docs: a claim the server accepts as it is (no uploaded files: evidenceIds left out). */
const CLAIM_EXAMPLE = {
  claimant: { name: '赵师傅', idNumber: EXAMPLE_ID_NUMBER, phone: '13957712345' },
  industry: 'courier',
  workMode: 'outlet',
  areaCode: '330302',
  respondent: { name: '温州某某快递服务有限公司', creditCode: EXAMPLE_CREDIT_CODE, outletName: '鹿城网点' },
  items: [{ type: 'unpaid_wages', amountYuan: '3500' }],
  incidentDate: '2026-10-15',
  description: '九月份工资至今未发，网点负责人以罚款为由拒付，多次催要无果。',
  stationCode: 'WZ-COURIER',
  legalAid: false,
};

/** A claim as the worker files it. Unknown fields are refused at every level. */
export const ClaimCreateBody = Body({
  claimant: Body({
    name: Name(50, 2),
    idNumber: Type.String({
      pattern: '^[1-9][0-9]{16}[0-9Xx]$',
      description: 'Resident ID card number, 18 characters (GB 11643 check character)',
      examples: [EXAMPLE_ID_NUMBER],
    }),
    phone: Phone,
  }),
  industry: StringEnum(INDUSTRY.values),
  workMode: StringEnum(WORK_MODE.values),
  areaCode: Type.String({
    pattern: AREA_CODE_PATTERN,
    description: 'Where the work is done (administrative area code, 6 digits)',
  }),
  respondent: Body({
    name: Name(100, 2, 'Company or platform name'),
    creditCode: Type.Optional(
      Type.String({
        pattern: '^[0-9A-Za-z]{18}$',
        description: 'Unified social credit code, 18 characters (GB 32100 check character)',
        examples: [EXAMPLE_CREDIT_CODE],
      }),
    ),
    outletName: Type.Optional(Name(100)),
    outletAddress: Type.Optional(Text(300)),
    contactName: Type.Optional(Name(50)),
    contactPhone: Type.Optional(ContactPhone),
    /** The partner company a platform works through (a delivery station operator, an agency). */
    partnerName: Type.Optional(Name(100)),
    partnerCreditCode: Type.Optional(Type.String({ pattern: '^[0-9A-Za-z]{18}$', examples: [EXAMPLE_CREDIT_CODE] })),
  }),
  items: Type.Array(
    Body({
      type: StringEnum(CLAIM_TYPE.values),
      amountYuan: Type.String({
        pattern: '^[0-9][0-9,]{0,12}(\\.[0-9]{1,2})?$',
        description: 'Amount in yuan as typed, e.g. 3500 or 3,500.50',
      }),
      periodFrom: Type.Optional(CalendarDate),
      periodTo: Type.Optional(CalendarDate),
      note: Type.Optional(Text(500)),
      /** The amount came from a calculator: which one, and the local-figure versions it used. */
      calculation: Type.Optional(ItemCalculation),
    }),
    { minItems: 1, maxItems: 20 },
  ),
  incidentDate: CalendarDate,
  /** When the worker knew of the infringement (starts the limitation); the incident date when absent. */
  knownOn: Type.Optional(CalendarDate),
  employmentOngoing: Type.Optional(Type.Boolean()),
  employmentEndedOn: Type.Optional(CalendarDate),
  /** Demands, complaints or suspensions before filing that move the time limit (LDMAL art 27). */
  limitationEvents: Type.Optional(Type.Array(LimitationEvent, { maxItems: 10 })),
  description: Text(5000, 10),
  stationCode: Type.Optional(Type.Union([StationCode, Type.Null()])),
  preferredChannel: Type.Optional(Type.Union([StringEnum(CHANNEL.values), Type.Null()])),
  mediationType: Type.Optional(Type.Union([StringEnum(MEDIATION_TYPE.values), Type.Null()])),
  legalAid: Type.Boolean({ description: 'The worker asks for legal aid' }),
  /** Files uploaded before filing (POST /api/evidence), attached to the case now. */
  evidenceIds: Type.Optional(Type.Array(Id, { maxItems: 30, uniqueItems: true })),
  /** The worker's separate consent to the case going to the employer's outlet (OUTLET_SHARING_CONSENT's version). */
  outletConsent: Type.Optional(Type.Literal(OUTLET_SHARING_CONSENT.version)),
});
// The /docs page's example body: valid as it is.
Object.assign(ClaimCreateBody, { examples: [CLAIM_EXAMPLE] });
export type ClaimCreateBody = Static<typeof ClaimCreateBody>;

export const DeadlineView = Type.Object({
  kind: Type.String(),
  from: CalendarDate,
  due: CalendarDate,
  basis: Type.Object({
    law: Type.Object({ 'zh-CN': Type.String(), en: Type.String() }),
    article: Type.String(),
    rule: Type.Object({ 'zh-CN': Type.String(), en: Type.String() }),
  }),
});

export const UrgentConsultationView = Type.Object({
  participants: Type.Array(
    Type.Object({ role: Type.String(), name: Type.String(), staffId: Type.Union([Id, Type.Null()]) }),
  ),
  plan: Type.String(),
  meetingAt: Type.Union([IsoDateTime, Type.Null()]),
  place: Type.Union([Type.String(), Type.Null()]),
  reason: Type.String(),
  flaggedAt: IsoDateTime,
});

/** A mediation session, with who came once attendance is recorded. */
export const SessionView = Type.Composite([
  ScheduledSession,
  Type.Object({
    present: Type.Union([Type.Array(Type.Object({ side: Type.String(), name: Type.String() })), Type.Null()]),
    /** The respondent's answer to the time: coming or not. */
    respondentAnswer: Type.Union([SessionAnswerView, Type.Null()]),
  }),
]);

export const EvidenceView = Type.Object({
  id: Id,
  kind: StringEnum(['image', 'pdf', 'audio'] as const),
  mime: Type.String(),
  size: Type.Integer(),
  sha256: Type.String({ description: 'SHA-256 of the bytes, hex: both sides can check the file was not changed' }),
  name: Type.String(),
  uploadedBy: StringEnum(['worker', 'staff'] as const),
  category: StringEnum(EVIDENCE_CATEGORY.values),
  sensitive: Type.Boolean({
    description: 'Sensitive personal information (PIPL art 28), uploaded with separate consent',
  }),
  at: IsoDateTime,
});
export type EvidenceView = Static<typeof EvidenceView>;

export const CaseEventView = Type.Object({
  seq: Type.Integer(),
  action: Type.String(),
  fromStatus: Type.Union([StringEnum(CASE_STATUSES), Type.Null()]),
  toStatus: StringEnum(CASE_STATUSES),
  actorRole: Type.String(),
  reason: Type.Union([Type.String(), Type.Null()]),
  at: IsoDateTime,
});

/** A case as its worker or its station sees it: personal data masked. */
export const CaseView = Type.Object({
  id: Id,
  number: Type.String(),
  status: StringEnum(CASE_STATUSES),
  station: Type.Union([StationCard, Type.Null()]),
  /** The employer outlet handling it while dispatched. */
  outlet: Type.Union([StationCard, Type.Null()]),
  routing: Type.Omit(RouteDecision, ['station']),
  claimant: Type.Object({ name: Type.String(), idNumberMasked: Type.String(), phoneMasked: Type.String() }),
  industry: StringEnum(INDUSTRY.values),
  workMode: StringEnum(WORK_MODE.values),
  areaCode: Type.String(),
  respondent: Type.Object({
    name: Type.String(),
    creditCode: Type.Union([Type.String(), Type.Null()]),
    outletName: Type.Union([Type.String(), Type.Null()]),
    partnerName: Type.Union([Type.String(), Type.Null()]),
  }),
  items: Type.Array(
    Type.Object({
      type: StringEnum(CLAIM_TYPE.values),
      amountFen: Type.Integer(),
      amountYuan: Type.String(),
      periodFrom: Type.Union([CalendarDate, Type.Null()]),
      periodTo: Type.Union([CalendarDate, Type.Null()]),
      calculation: Type.Optional(Type.Union([ItemCalculation, Type.Null()])),
    }),
  ),
  totalFen: Type.Integer(),
  incidentDate: CalendarDate,
  /** What the worker said moved the time limit before filing (demands, suspensions). */
  limitationEvents: Type.Optional(Type.Array(LimitationEvent)),
  description: Type.String(),
  legalAid: Type.Boolean(),
  /** The legal-aid lawyer assigned, if any. */
  lawyer: Type.Union([Type.Object({ id: Id, name: Type.String() }), Type.Null()]),
  /** The handling station lets the assigned lawyer read its internal notes. */
  notesSharedWithLawyer: Type.Boolean(),
  urgent: Type.Boolean(),
  evidence: Type.Array(EvidenceView),
  /** The worker's signature on the agreement, once given (an image among the evidence). */
  workerSignature: Type.Union([Type.Object({ evidenceId: Id, sha256: Type.String(), at: IsoDateTime }), Type.Null()]),
  /** The worker's consent to sharing the case with the employer's outlet; without it there is no dispatch. */
  outletConsent: Type.Union([Type.Object({ version: Type.String(), at: IsoDateTime }), Type.Null()]),
  /** Mediation sessions, with who came once attendance is recorded. */
  sessions: Type.Array(SessionView),
  agreement: Type.Union([AgreementView, Type.Null()]),
  /** The agreement's whole text, paragraph by paragraph: what each party reads and signs. */
  agreementText: Type.Union([Type.Array(Type.String()), Type.Null()]),
  /** The respondent outlet's account of the facts, once it answered. */
  outletReply: Type.Union([OutletReplyView, Type.Null()]),
  /** The outlet's settlement offer the worker has not decided on yet. */
  proposal: Type.Union([ProposalView, Type.Null()]),
  /** The joint application to confirm the agreement, once the worker made it. */
  confirmation: Type.Union([ConfirmationView, Type.Null()]),
  /** The payment order the worker applied for on default, and the court's decision. */
  paymentOrder: Type.Union([PaymentOrderView, Type.Null()]),
  /** The arbitration stage, once the worker applied for arbitration. */
  arbitration: Type.Union([ArbitrationView, Type.Null()]),
  /** The current urgent joint consultation, when the case is flagged. */
  consultation: Type.Union([UrgentConsultationView, Type.Null()]),
  deadlines: Type.Array(DeadlineView),
  /** The actions this user may take now (from the shared actions table). */
  allowedActions: Type.Array(StringEnum(CASE_ACTIONS)),
  /** The same, with the actions this user could take in this status but a guard refuses for now, and its code. */
  actions: Type.Array(
    Type.Object({ action: StringEnum(CASE_ACTIONS), refusal: Type.Union([StringEnum(ERROR_CODES), Type.Null()]) }),
  ),
  events: Type.Array(CaseEventView),
  submittedAt: IsoDateTime,
  updatedAt: IsoDateTime,
});
export type CaseView = Static<typeof CaseView>;

export const CaseSummary = Type.Pick(CaseView, [
  'id',
  'number',
  'status',
  'station',
  'respondent',
  'totalFen',
  'urgent',
  'legalAid',
  'submittedAt',
  'updatedAt',
]);
export type CaseSummary = Static<typeof CaseSummary>;

/** What the worker is told right after filing. */
export const FilingReceipt = Type.Object({
  case: CaseView,
  nextStep: Type.Object({ 'zh-CN': Type.String(), en: Type.String() }),
  /** True when this answer repeats an earlier filing with the same Idempotency-Key. */
  replayed: Type.Boolean(),
});
export type FilingReceipt = Static<typeof FilingReceipt>;

/** The worker agrees, after filing, to the case going to the employer's outlet. */
export const OutletConsentBody = Body({ version: Type.Literal(OUTLET_SHARING_CONSENT.version) });
export type OutletConsentBody = Static<typeof OutletConsentBody>;
