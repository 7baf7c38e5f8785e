import { Value } from '@sinclair/typebox/value';
import { ACTIONS, type AgreementSignature, type AgreementView, type CaseView } from '@gig/shared';
import {
  agreementStage,
  compareItems,
  effectWindows,
  shortfall,
  signBody,
  signatureRows,
  signedEarlierText,
} from '../../miniapp/src/case/agreement';
import { registerFormats } from '../../miniapp/src/validation';

/**
 * The worker's agreement card reads who has signed the text as it is now, whether the worker still
 * has to, what was claimed next to what is agreed or offered, and the windows once it is in effect.
 */
const TEXT = 'a'.repeat(64);
const OLD = 'b'.repeat(64);
const signature = (side: AgreementSignature['side'], over: Partial<AgreementSignature> = {}): AgreementSignature => ({
  side,
  name: side === 'worker' ? '赵师傅' : side === 'respondent' ? '网点负责人' : '李调解',
  at: '2026-12-01T04:00:00.000Z',
  textSha256: TEXT,
  evidenceId: null,
  onPaper: false,
  ...over,
});
const agreement = (over: Partial<AgreementView> = {}): AgreementView => ({
  items: [{ type: 'unpaid_wages', amountFen: 320_000, payer: '温州某某快递服务有限公司', claimedFen: 350_000 }],
  totalFen: 320_000,
  facts: '九月份工资至今未发。',
  dueDate: '2026-12-11',
  paymentMethod: 'bank_transfer',
  draftedOn: '2026-12-01',
  effectiveOn: null,
  signedOnPaper: false,
  stationName: '温州市快递行业协会调解站',
  textSha256: TEXT,
  signatures: [],
  ...over,
});
const offered = (refusal: CaseView['actions'][number]['refusal'] = null): CaseView['actions'] => [
  { action: 'sign_agreement', refusal },
];

describe('who has signed the agreement', () => {
  test('a new agreement waits for all three, in the shared order, and the worker is to sign it', () => {
    const a = agreement();
    expect(signatureRows(a).map((r) => [r.side, r.state])).toEqual([
      ['worker', 'waiting'],
      ['respondent', 'waiting'],
      ['mediator', 'waiting'],
    ]);
    expect(agreementStage({ agreement: a, actions: offered() })).toBe('to_sign');
  });

  test('once the worker signed, they wait for the others; a paper signature is said to be on paper', () => {
    const a = agreement({ signatures: [signature('worker'), signature('respondent', { onPaper: true })] });
    expect(signatureRows(a).map((r) => r.state)).toEqual(['signed', 'paper', 'waiting']);
    expect(signatureRows(a)[0]).toMatchObject({ name: '赵师傅', at: '2026-12-01T04:00:00.000Z' });
    expect(agreementStage({ agreement: a, actions: offered() })).toBe('waiting_others');
  });

  test('a signature on an earlier text does not count: the worker reads the new text and signs again', () => {
    const a = agreement({ signatures: [signature('worker', { textSha256: OLD })] });
    expect(signatureRows(a)[0]!.state).toBe('waiting');
    expect(signedEarlierText(a)).toBe(true);
    expect(agreementStage({ agreement: a, actions: offered() })).toBe('to_sign');
    // Signed again on the new text: the earlier one stays in the record, the current one counts.
    const again = agreement({ signatures: [signature('worker', { textSha256: OLD }), signature('worker')] });
    expect(signedEarlierText(again)).toBe(false);
    expect(agreementStage({ agreement: again, actions: offered() })).toBe('waiting_others');
  });

  test('in effect once everyone signed; an agreement signed by everyone on paper shows each side on paper', () => {
    const signed = agreement({
      effectiveOn: '2026-12-01',
      signatures: [signature('worker'), signature('respondent'), signature('mediator')],
    });
    expect(agreementStage({ agreement: signed, actions: offered('AGREEMENT_IN_EFFECT') })).toBe('in_effect');
    const paper = agreement({ effectiveOn: '2026-11-30', signedOnPaper: true });
    expect(signatureRows(paper).map((r) => r.state)).toEqual(['paper', 'paper', 'paper']);
    expect(agreementStage({ agreement: paper, actions: offered('AGREEMENT_IN_EFFECT') })).toBe('in_effect');
  });

  test('no agreement, nothing to show; signing not offered, nothing to sign', () => {
    expect(agreementStage({ agreement: null, actions: [] })).toBe('none');
    expect(agreementStage({ agreement: agreement(), actions: [] })).toBe('waiting_others');
  });
});

describe('what the worker sends to sign', () => {
  beforeAll(registerFormats);
  test('the hash of the text they read, the drawn signature if any, and the status they saw: the schema accepts it', () => {
    const view = { agreement: agreement(), status: 'agreement' as const };
    const drawn = signBody(view, '00000000-0000-4000-8000-000000000001');
    expect(drawn).toEqual({
      textSha256: TEXT,
      signatureEvidenceId: '00000000-0000-4000-8000-000000000001',
      expectedStatus: 'agreement',
    });
    expect(Value.Check(ACTIONS.sign_agreement.body, drawn)).toBe(true);
    const plain = signBody(view);
    expect(plain).toEqual({ textSha256: TEXT, expectedStatus: 'agreement' });
    expect(Value.Check(ACTIONS.sign_agreement.body, plain)).toBe(true);
  });
});

describe('what was claimed next to what is offered', () => {
  test('each type once: the claim’s items of a type added up, a type on one side only has none on the other', () => {
    const rows = compareItems(
      [
        { type: 'unpaid_wages', amountFen: 200_000 },
        { type: 'platform_penalties', amountFen: 30_000 },
        { type: 'unpaid_wages', amountFen: 150_000 },
      ],
      [
        { type: 'unpaid_wages', amountFen: 280_000 },
        { type: 'termination_compensation', amountFen: 50_000 },
      ],
    );
    expect(rows).toEqual([
      { type: 'unpaid_wages', claimedFen: 350_000, offeredFen: 280_000 },
      { type: 'platform_penalties', claimedFen: 30_000, offeredFen: null },
      { type: 'termination_compensation', claimedFen: null, offeredFen: 50_000 },
    ]);
    expect(rows.map(shortfall)).toEqual([70_000, null, null]);
    expect(shortfall({ claimedFen: 100, offeredFen: 150 })).toBe(-50);
  });
});

describe('the windows that count from the day it took effect', () => {
  test('judicial confirmation and arbitration review, nothing else, in that order', () => {
    const basis = { law: { 'zh-CN': '', en: '' }, article: '33', rule: { 'zh-CN': '', en: '' } };
    const d = (kind: string, due: string) => ({ kind, from: '2026-12-01', due, basis });
    const windows = effectWindows({
      deadlines: [
        d('agreed_payment', '2026-12-11'),
        d('arbitration_review', '2026-12-16'),
        d('limitation', '2027-10-15'),
        d('judicial_confirmation', '2026-12-31'),
      ],
    } as Pick<CaseView, 'deadlines'>);
    expect(windows.map((w) => w.kind)).toEqual(['judicial_confirmation', 'arbitration_review']);
  });
});
