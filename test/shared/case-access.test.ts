import { access, type CaseAccess, type CaseActor, type CaseParties, type Relation } from '@gig/shared';

const parties = (over: Partial<CaseParties> = {}): CaseParties => ({
  workerId: 'w1',
  dispatched: false,
  stationId: 's-courier',
  outletId: null,
  respondentOutletId: null,
  respondentStage: false,
  legalAid: false,
  lawyerId: null,
  consultantIds: [],
  grants: { notesSharedWithLawyer: false },
  ...over,
});
const staff = (
  role: CaseActor['role'],
  stationId: string | null,
  stationKind: CaseActor['stationKind'] = 'association',
  id = 'u1',
): CaseActor => ({ id, role, stationId, stationKind });

type Row = [string, CaseActor, Partial<CaseParties>, Relation[], Omit<CaseAccess, 'relations'>];
const NONE = { read: false, contribute: false, reveal: false, internalNotes: false, sensitiveEvidence: false };
const ALL = { read: true, contribute: true, reveal: true, internalNotes: true, sensitiveEvidence: true };
const READ_ONLY = { read: true, contribute: false, reveal: false, internalNotes: false, sensitiveEvidence: false };

/** Who may do what with a case, row by row: actor, case, their relations, their access. */
const ROWS: Row[] = [
  [
    'the worker who filed it',
    { id: 'w1', role: 'worker', stationId: null, stationKind: null },
    {},
    ['claimant'],
    { read: true, contribute: true, reveal: false, internalNotes: false, sensitiveEvidence: true },
  ],
  ['another worker', { id: 'w2', role: 'worker', stationId: null, stationKind: null }, {}, [], NONE],
  ['a mediator of the handling station', staff('mediator', 's-courier'), {}, ['handling_station'], ALL],
  ['a mediator of another station', staff('mediator', 's-other'), {}, [], NONE],
  [
    'the manager of the respondent outlet it is dispatched to',
    staff('outlet_manager', 'o-sf', 'outlet'),
    { outletId: 'o-sf', dispatched: true, respondentOutletId: 'o-sf', respondentStage: true },
    ['dispatched_outlet', 'respondent_outlet'],
    READ_ONLY,
  ],
  [
    'the same manager once it is back at the station, to be mediated and signed',
    staff('outlet_manager', 'o-sf', 'outlet'),
    { outletId: null, dispatched: false, respondentOutletId: 'o-sf', respondentStage: true },
    ['respondent_outlet'],
    READ_ONLY,
  ],
  [
    'the same manager once the respondent has no part left (performed, closed, withdrawn, in arbitration)',
    staff('outlet_manager', 'o-sf', 'outlet'),
    { outletId: null, dispatched: false, respondentOutletId: 'o-sf', respondentStage: false },
    [],
    NONE,
  ],
  [
    'the manager of an outlet it was not dispatched to',
    staff('outlet_manager', 'o-zto', 'outlet'),
    { outletId: 'o-sf', dispatched: true, respondentOutletId: 'o-sf', respondentStage: true },
    [],
    NONE,
  ],
  ['the supervisor', staff('supervisor', 's-centre', 'government'), {}, ['citywide'], ALL],
  ['the system admin', staff('system_admin', null, null), {}, ['citywide'], ALL],
  ['a legal-aid lawyer, no legal aid asked', staff('legal_aid_lawyer', 's-aid', 'legal_aid'), {}, [], NONE],
  [
    'a legal-aid lawyer, legal aid asked',
    staff('legal_aid_lawyer', 's-aid', 'legal_aid'),
    { legalAid: true },
    ['legal_aid_desk'],
    READ_ONLY,
  ],
  [
    'legal-aid station staff, legal aid asked',
    staff('station_admin', 's-aid', 'legal_aid'),
    { legalAid: true },
    ['legal_aid_desk'],
    READ_ONLY,
  ],
  [
    'the assigned lawyer, notes not shared',
    staff('legal_aid_lawyer', 's-aid', 'legal_aid', 'l1'),
    { legalAid: true, lawyerId: 'l1' },
    ['legal_aid_desk', 'assigned_lawyer'],
    { read: true, contribute: true, reveal: true, internalNotes: false, sensitiveEvidence: true },
  ],
  [
    'the assigned lawyer, notes shared',
    staff('legal_aid_lawyer', 's-aid', 'legal_aid', 'l1'),
    { legalAid: true, lawyerId: 'l1', grants: { notesSharedWithLawyer: true } },
    ['legal_aid_desk', 'assigned_lawyer'],
    ALL,
  ],
  ['an arbitrator (not a party yet)', staff('arbitrator', 's-arb', 'arbitration'), {}, [], NONE],
];

describe('access to a case', () => {
  it.each(ROWS)('%s', (_name, actor, over, relations, expected) => {
    expect(access(actor, parties(over))).toEqual({ relations, ...expected });
  });
});
