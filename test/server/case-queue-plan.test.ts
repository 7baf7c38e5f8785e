import { randomUUID } from 'node:crypto';
import { access, addDays, chinaDate, isTerminal, respondentKey, type CaseStatus } from '@gig/shared';
import { CaseEntity, WorkerEntity } from '@gig/server/entities';
import { partiesOf } from '@gig/server/services/cases/reach';
import { recordRespondentKey } from '@gig/server/services/cases/respondent-keys';
import { moveOpenCounts } from '@gig/server/services/cases/open-counts';
import { rebuildConsultantReach } from '@gig/server/services/cases/consultant-reach';
import { startApp, STAFF_PASSWORD, type LooseBody, type TestApp } from './helpers/app';

/**
 * The queue reads a union of index-sized branches and merges them (queue-plan.ts); the workbench
 * counts branch by branch. Whatever the plan, every page must hold the rows the plain meaning
 * gives (everything the user may read, filtered, in sort order), each once, across equal keys.
 */
describe('the queue plan gives the plain answer', () => {
  let t: TestApp;
  let rows: CaseEntity[];
  const users: Record<string, { token: string; actor: Parameters<typeof access>[0] }> = {};
  const today = chinaDate(new Date());
  const NAMES = [
    '温州甲（鹿城）快递有限公司',
    '温州甲(鹿城)快递有限公司',
    '温州 甲 鹿城快递有限公司',
    '温州乙配送有限公司',
  ];
  /** 25 employers whose names share 货运 in the middle: more than the 20 keys the search branches on. */
  const carrier = (i: number) => `瑞安${i % 25}号货运有限公司`;

  beforeAll(async () => {
    t = await startApp();
    const centre = await t.station({ code: 'WZ-TC', kind: 'government', areaCode: '330300' });
    const a = await t.station({ code: 'WZ-TA', kind: 'association', industries: ['courier'], parentId: centre.id });
    const o = await t.station({ code: 'WZ-TO', kind: 'outlet', industries: ['courier'], parentId: a.id });
    const b = await t.station({
      code: 'WZ-TB',
      kind: 'association',
      industries: ['food_delivery'],
      parentId: centre.id,
    });
    const aid = await t.station({ code: 'WZ-TL', kind: 'legal_aid' });
    const who = { mediator: a, outlet: o, other: b, lawyer: aid, supervisor: centre } as const;
    const roles = {
      mediator: 'mediator',
      outlet: 'outlet_manager',
      other: 'mediator',
      lawyer: 'legal_aid_lawyer',
      supervisor: 'supervisor',
    } as const;
    for (const [name, s] of Object.entries(who)) {
      const u = await t.staff(roles[name as keyof typeof roles], s);
      const token = (await t.signIn(u.username, STAFF_PASSWORD)).accessToken;
      users[name] = { token, actor: { id: u.id, role: u.role, stationId: s.id, stationKind: s.kind } };
    }
    const worker = await t.app.db.getRepository(WorkerEntity).save({ id: randomUUID(), displayName: '' });
    const stations = [a.id, a.id, b.id, a.id, centre.id];
    const statuses: CaseStatus[] = [
      'submitted',
      'accepted',
      'dispatched',
      'mediating',
      'agreement',
      'closed',
      'withdrawn',
    ];
    const dues = [addDays(today, -3), today, addDays(today, 1), addDays(today, 3), addDays(today, 9), null, null];
    rows = [];
    for (let i = 0; i < 200; i++) {
      const status = statuses[(i * 5) % statuses.length]!;
      const name = i < 140 ? NAMES[i % NAMES.length]! : carrier(i);
      const urgent = i % 9 === 0;
      rows.push(
        t.app.db.getRepository(CaseEntity).create({
          id: randomUUID(),
          number: `LD2025-${String(1000 + i).padStart(6, '0')}`,
          status,
          stationId: stations[i % stations.length]!,
          outletId: status === 'dispatched' && i % 2 ? o.id : null,
          respondentOutletId: i % 4 === 0 ? o.id : null,
          routeReason: 'industry_association',
          mediationType: null,
          labourDispute: true,
          workerId: worker.id,
          idempotencyKey: randomUUID(),
          requestHash: 'h',
          industry: 'courier',
          workMode: 'platform_app',
          areaCode: '330302',
          respondentName: name,
          respondentKey: respondentKey(name),
          claimantNameEnc: 'x',
          idNumberEnc: 'x',
          idNumberHash: 'x',
          phoneEnc: 'x',
          claim: { respondent: { name, creditCode: null, outletName: null, partnerName: null } } as CaseEntity['claim'],
          totalFen: 100,
          legalAid: i % 6 === 0,
          urgent,
          consultants: urgent && i % 2 ? [users.mediator!.actor.id] : null,
          lawyerId: i % 10 === 0 ? users.lawyer!.actor.id : null,
          deadlines: [],
          // Many equal due dates: the tie-breaker (case number) must carry the cursor.
          nextDue: isTerminal(status) ? null : dues[i % dues.length]!,
          claimTypes: ' unpaid_wages ',
          receivedAt: new Date(Date.UTC(2025, 0, 1) + i * 3600_000),
        }),
      );
    }
    await t.app.db.getRepository(CaseEntity).save(rows, { chunk: 20 });
    // As filing does for each case it writes: its respondent's key and the workbench's counts; and
    // the consultants' kept reach, as a bulk load makes it.
    await t.app.db.transaction(async (em) => {
      for (const c of rows) await recordRespondentKey(em, c.respondentKey);
      for (const c of rows) await moveOpenCounts(em, null, c);
      await rebuildConsultantReach(em);
    });
  });
  afterAll(() => t.close());

  const readable = (user: string) => rows.filter((c) => access(users[user]!.actor, partiesOf(c)).read);
  const newest = (a: CaseEntity, b: CaseEntity) => (a.number < b.number ? 1 : -1);
  const byDue = (a: CaseEntity, b: CaseEntity) =>
    (a.nextDue ?? '9999-12-31').localeCompare(b.nextDue ?? '9999-12-31') || a.number.localeCompare(b.number);

  /** Every page of the queue for this query, each after the previous page's cursor. */
  async function pages(user: string, query: string): Promise<string[]> {
    const out: string[] = [];
    let cursor: string | null = null;
    for (let i = 0; i < 100; i++) {
      const url: string = `/api/admin/cases?limit=7${query}${cursor ? `&cursor=${cursor}` : ''}`;
      const res: { status: number; body: LooseBody } = await t.api('GET', url, { token: users[user]!.token });
      if (res.status !== 200) throw new Error(`${url}: ${res.status} ${t.logs().slice(-1500)}`);
      out.push(...res.body.items.map((c: { number: string }) => c.number));
      cursor = res.body.nextCursor as string | null;
      if (!cursor) return out;
    }
    throw new Error('the cursor never ended');
  }

  const cases: [string, string, (c: CaseEntity) => boolean, 'newest' | 'due'][] = [
    ['a mediator: handling station, consultant', '', () => true, 'newest'],
    ['a mediator, by due date', '&sort=due', () => true, 'due'],
    ['an outlet: dispatched there or the respondent', '', () => true, 'newest'],
    ['the legal-aid lawyer', '', () => true, 'newest'],
    [
      'the supervisor, two statuses',
      '&status=accepted&status=mediating',
      (c) => ['accepted', 'mediating'].includes(c.status),
      'newest',
    ],
    [
      'the supervisor, due soon',
      '&due=soon',
      (c) => !!c.nextDue && c.nextDue >= today && c.nextDue <= addDays(today, 3),
      'newest',
    ],
    ['the supervisor, overdue by due date', '&due=overdue&sort=due', (c) => !!c.nextDue && c.nextDue < today, 'due'],
    ['the supervisor, by due date', '&sort=due', () => true, 'due'],
  ];
  const userOf = ['mediator', 'mediator', 'outlet', 'lawyer', 'supervisor', 'supervisor', 'supervisor', 'supervisor'];

  it.each(cases.map((c, i) => [...c, userOf[i]!] as const))(
    '%s: every case once, in order',
    async (_n, query, keep, sort, user) => {
      const expected = readable(user)
        .filter(keep)
        .sort(sort === 'due' ? byDue : newest)
        .map((c) => c.number);
      expect(expected.length).toBeGreaterThan(0);
      expect(await pages(user, query)).toEqual(expected);
    },
  );

  it('a mediator with two statuses pages through the merge of their relations', async () => {
    const keep = (c: CaseEntity) => ['dispatched', 'mediating'].includes(c.status);
    const expected = readable('mediator')
      .filter(keep)
      .sort(newest)
      .map((c) => c.number);
    expect(await pages('mediator', '&status=dispatched&status=mediating')).toEqual(expected);
  });

  it('finds the respondent whatever the width, brackets and spaces, and a case number in any case', async () => {
    const same = rows
      .filter((c) => c.respondentKey === respondentKey(NAMES[0]!))
      .sort(newest)
      .map((c) => c.number);
    expect(same.length).toBeGreaterThan(50);
    for (const q of ['温州甲(鹿城)快递', '温州甲（鹿城）快递有限公司', '温州 甲鹿城'])
      expect(await pages('supervisor', `&q=${encodeURIComponent(q)}`)).toEqual(same);
    const one = rows[77]!.number;
    expect(await pages('supervisor', `&q=${one.toLowerCase()}`)).toEqual([one]);
    expect(await pages('supervisor', `&q=LD2025-00110`)).toEqual(
      rows
        .filter((c) => c.number.startsWith('LD2025-00110'))
        .sort(newest)
        .map((c) => c.number),
    );
  });

  it('finds a fragment in the middle of the name, folded as respondentKey folds it', async () => {
    const of = (key: string) =>
      rows
        .filter((c) => c.respondentKey === key)
        .sort(newest)
        .map((c) => c.number);
    for (const q of ['（鹿城）快递', '甲(鹿城)', '甲 鹿城 快递有限', '鹿城快递'])
      expect(await pages('supervisor', `&q=${encodeURIComponent(q)}`)).toEqual(of(respondentKey(NAMES[0]!)));
    expect(await pages('supervisor', `&q=${encodeURIComponent('乙配送')}`)).toEqual(of(respondentKey(NAMES[3]!)));
  });

  it.each([
    ['more than 20 employers (one filtering branch)', '货运', 'supervisor', 'newest'],
    ['more than 20 employers by due date', '号货运有限', 'supervisor', 'due'],
    ['more than 20 employers within three station relations', '货运', 'mediator', 'newest'],
    ['11 employers (a branch each)', '安1', 'supervisor', 'newest'],
    ['11 employers, by due date, within three station relations', '安1', 'mediator', 'due'],
  ] as const)('%s: every matching case once, in order, across pages', async (_n, q, user, sort) => {
    const fragment = respondentKey(q);
    const expected = readable(user)
      .filter((c) => c.respondentKey.includes(fragment))
      .sort(sort === 'due' ? byDue : newest)
      .map((c) => c.number);
    expect(expected.length).toBeGreaterThan(7);
    expect(await pages(user, `&q=${encodeURIComponent(q)}${sort === 'due' ? '&sort=due' : ''}`)).toEqual(expected);
  });

  it.each(['mediator', 'outlet', 'lawyer', 'supervisor', 'other'])(
    'the workbench of %s equals a direct count',
    async (user) => {
      const open = readable(user).filter((c) => !isTerminal(c.status));
      const soon = addDays(today, 3);
      const res = await t.api('GET', '/api/admin/workbench', { token: users[user]!.token });
      expect(res.body).toEqual({
        submitted: open.filter((c) => c.status === 'submitted').length,
        dueSoon: open.filter((c) => !!c.nextDue && c.nextDue >= today && c.nextDue <= soon).length,
        overdue: open.filter((c) => !!c.nextDue && c.nextDue < today).length,
        urgent: open.filter((c) => c.urgent).length,
        legalAid: open.filter((c) => c.legalAid).length,
        awaitingWorker: open.filter((c) => c.status === 'agreement').length,
      });
    },
  );
});
