import { Type, type Static } from '@sinclair/typebox';
import { CLAIM_TYPE, PAYMENT_METHOD } from '../enums';
import { Id, IsoDateTime, Name, StringEnum } from './common';

/**
 * The mediation agreement as a document every party reads and signs (LDMAL art 14; 人民调解法
 * art 29): its terms, the hash of its text, and each signature with the hash of the text it signed.
 * It takes effect when the last required signature on the current text is in.
 */
const CalendarDate = Type.String({ format: 'date', description: 'Calendar date, YYYY-MM-DD' });
const Sha256 = Type.String({ pattern: '^[0-9a-f]{64}$', description: 'SHA-256 of the agreement text, hex' });

/** Who signs: both parties, and the mediator for the body (signature and seal). */
export const SIGNATURE_SIDES = ['worker', 'respondent', 'mediator'] as const;
export type SignatureSide = (typeof SIGNATURE_SIDES)[number];

export const AgreementSignature = Type.Object({
  side: StringEnum(SIGNATURE_SIDES),
  name: Type.String(),
  at: IsoDateTime,
  /** The text this signature is on; a signature on an earlier text no longer counts. */
  textSha256: Type.String(),
  /** The signature image, or the scan of a page signed on paper. */
  evidenceId: Type.Union([Id, Type.Null()]),
  /** Recorded by the station from a signature on paper. */
  onPaper: Type.Boolean(),
});
export type AgreementSignature = Static<typeof AgreementSignature>;

export const AgreementView = Type.Object({
  items: Type.Array(
    Type.Object({
      type: StringEnum(CLAIM_TYPE.values),
      amountFen: Type.Integer(),
      payer: Type.String(),
      /** What the worker claimed for this type of item, for the comparison. */
      claimedFen: Type.Union([Type.Integer(), Type.Null()]),
    }),
  ),
  totalFen: Type.Integer(),
  /** The facts in brief, as the agreement states them. */
  facts: Type.String(),
  dueDate: CalendarDate,
  paymentMethod: StringEnum(PAYMENT_METHOD.values),
  draftedOn: CalendarDate,
  /** Null until the last required signature (or the day all signed on paper). */
  effectiveOn: Type.Union([CalendarDate, Type.Null()]),
  /** Every party signed a paper copy on `effectiveOn`, recorded as one. */
  signedOnPaper: Type.Boolean(),
  /** The mediation body (the mediator signs for it; their name is on the signature). */
  stationName: Type.String(),
  textSha256: Type.String(),
  signatures: Type.Array(AgreementSignature),
});
export type AgreementView = Static<typeof AgreementView>;

export const AGREEMENT_FIELDS = {
  /** A party signs the text they read (its hash, from the case view). The worker may add a drawn signature. */
  signature: { textSha256: Sha256, signatureEvidenceId: Type.Optional(Id) },
  /** The mediator signs for the body and applies its seal. */
  confirmation: { textSha256: Sha256 },
  /** A party signed a paper copy: the station records it with the scan. */
  paperSignature: {
    side: StringEnum(['worker', 'respondent'] as const),
    name: Name(50),
    evidenceId: Id,
    textSha256: Sha256,
  },
} as const;

export const AGREEMENT_EVENT_DATA = {
  signature: Type.Object({ signature: AgreementSignature, effectiveOn: Type.Union([CalendarDate, Type.Null()]) }),
};
