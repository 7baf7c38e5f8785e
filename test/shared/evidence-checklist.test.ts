import {
  CLAIM_EVIDENCE,
  CLAIM_TYPE,
  EMPLOYMENT_COMMON,
  EMPLOYMENT_EVIDENCE,
  EVIDENCE_CATEGORY,
  INDUSTRY,
  SENSITIVE_EVIDENCE,
  WORK_MODE,
  evidenceChecklist,
  uploadCategoryFor,
  type ChecklistGroup,
  type EvidenceChecklist,
} from '@gig/shared';

/**
 * The evidence checklist per claim type and industry (LDMAL art 6; 劳社部发〔2005〕12号 art 2): what
 * proves the employment relationship and each claim, and what the files already provide.
 */
const groupOf = (c: EvidenceChecklist, key: ChecklistGroup['key']) => c.groups.find((g) => g.key === key)!;
const itemOf = (c: EvidenceChecklist, id: string) => c.groups.flatMap((g) => g.items).find((i) => i.id === id);

describe('evidence checklist', () => {
  it('a courier at an outlet claiming unpaid wages with a pay record uploaded sees the pay items provided and the order records missing', () => {
    const c = evidenceChecklist({ claimTypes: ['unpaid_wages'], industry: 'courier', workMode: 'outlet' }, [
      'pay_record',
    ]);
    expect(c.groups.map((g) => g.key)).toEqual(['employment', 'unpaid_wages']);
    expect(itemOf(c, 'employment.courier.pay')).toMatchObject({ provided: true, weight: 'key', employerHolds: true });
    expect(itemOf(c, 'unpaid_wages.paid_so_far')).toMatchObject({ provided: true });
    expect(itemOf(c, 'employment.courier.app_records')).toMatchObject({ provided: false, weight: 'key' });
    expect(itemOf(c, 'employment.courier.group_chat')).toMatchObject({ provided: false });
    expect(itemOf(c, 'unpaid_wages.work_done')).toMatchObject({ provided: false, employerHolds: true });
    // The employment group reads like a courier's: the app's records and the outlet's group chat.
    expect(groupOf(c, 'employment').items.map((i) => i.label['zh-CN'])).toEqual(
      expect.arrayContaining(['快递员App里的揽收、派件记录', '网点工作群里的通知', '工服、工牌照片']),
    );
    expect(c.keyProvided).toBe(2);
    expect(c.keyTotal).toBe(6);
  });

  it('an employment group names 12号 art 2 and the notice says filing goes ahead and the employer produces what it holds (LDMAL art 6)', () => {
    const c = evidenceChecklist({ claimTypes: ['overtime'], industry: 'food_delivery', workMode: 'platform_app' }, []);
    expect(groupOf(c, 'employment').basis?.['zh-CN']).toContain('劳社部发〔2005〕12号第二条');
    expect(c.notice['zh-CN']).toContain('材料不全也可以先提交申请');
    expect(c.notice['zh-CN']).toContain('《劳动争议调解仲裁法》第六条');
    expect(c.notice.en).toContain('Missing evidence does not stop you filing');
    expect(c.notice.en).toContain('LDMAL art 6');
  });

  it('a rider sees the platform account and the depot schedule; a ride-hailing driver the trip records and the platform agreement', () => {
    const rider = evidenceChecklist(
      { claimTypes: ['unpaid_wages'], industry: 'food_delivery', workMode: 'platform_app' },
      [],
    );
    expect(groupOf(rider, 'employment').items.map((i) => i.id)).toEqual(
      expect.arrayContaining(['employment.delivery.account', 'employment.delivery.schedule']),
    );
    const driver = evidenceChecklist(
      { claimTypes: ['platform_penalties'], industry: 'ride_hailing', workMode: 'platform_app' },
      ['contract'],
    );
    expect(itemOf(driver, 'employment.ride.trips')).toMatchObject({ provided: false, weight: 'key' });
    expect(itemOf(driver, 'employment.ride.agreement')).toMatchObject({ provided: true });
    // The penalty rule is a contract or rules document too.
    expect(itemOf(driver, 'platform_penalties.rule')).toMatchObject({ provided: true });
  });

  it('a domestic worker with a company sees the company contract and payments; one hired by a household sees what was agreed, with no employer burden', () => {
    const staff = evidenceChecklist(
      { claimTypes: ['unpaid_wages'], industry: 'domestic_service', workMode: 'direct' },
      [],
    );
    const ids = groupOf(staff, 'employment').items.map((i) => i.id);
    expect(ids).toEqual(
      expect.arrayContaining(['employment.domestic.company_contract', 'employment.domestic.payments']),
    );
    expect(ids).not.toContain('employment.domestic.household_terms');
    expect(itemOf(staff, 'employment.domestic.payments')?.employerHolds).toBe(true);

    const household = evidenceChecklist(
      { claimTypes: ['unpaid_wages'], industry: 'domestic_service', workMode: 'household' },
      [],
    );
    const hIds = groupOf(household, 'employment').items.map((i) => i.id);
    expect(hIds).toContain('employment.domestic.household_terms');
    expect(hIds).not.toContain('employment.domestic.company_contract');
    expect(hIds).not.toContain('employment.signup_form');
    expect(groupOf(household, 'employment').title['zh-CN']).toBe('证明您在为这户人家干活');
    // LDMAL art 6 binds an employer; a household hiring directly is a civil matter.
    expect(household.groups.flatMap((g) => g.items).some((i) => i.employerHolds)).toBe(false);
    expect(household.notice['zh-CN']).toContain('材料不全也可以先提交申请');
  });

  it('an agency worker sees the staffing company’s contract as key evidence', () => {
    const c = evidenceChecklist({ claimTypes: ['unpaid_wages'], industry: 'courier', workMode: 'agency' }, []);
    expect(itemOf(c, 'employment.agency_contract')).toMatchObject({ weight: 'key' });
    const outlet = evidenceChecklist({ claimTypes: ['unpaid_wages'], industry: 'courier', workMode: 'outlet' }, []);
    expect(itemOf(outlet, 'employment.agency_contract')).toBeUndefined();
  });

  it('claim types come after the employment group in the order claimed, once each; key items lead each group', () => {
    const c = evidenceChecklist(
      {
        claimTypes: ['work_injury', 'unpaid_wages', 'work_injury', 'double_wages'],
        industry: 'trucking',
        workMode: 'direct',
      },
      ['medical'],
    );
    expect(c.groups.map((g) => g.key)).toEqual(['employment', 'work_injury', 'unpaid_wages', 'double_wages']);
    for (const g of c.groups) {
      const weights = g.items.map((i) => i.weight);
      expect(weights).toEqual([...weights].sort((a, b) => (a === b ? 0 : a === 'key' ? -1 : 1)));
    }
    expect(itemOf(c, 'work_injury.medical')).toMatchObject({ provided: true, sensitive: true });
    expect(groupOf(c, 'double_wages').basis?.['zh-CN']).toContain('《劳动合同法》第八十二条');
    expect(groupOf(c, 'work_injury').title).toEqual(CLAIM_TYPE.labels.work_injury);
  });

  it('the social-insurance record is the social-insurance claim’s (a payslip does not tick it for every claim)', () => {
    const without = evidenceChecklist({ claimTypes: ['unpaid_wages'], industry: 'other', workMode: 'direct' }, [
      'pay_record',
    ]);
    expect(itemOf(without, 'social_insurance.record')).toBeUndefined();
    const withIt = evidenceChecklist({ claimTypes: ['social_insurance'], industry: 'other', workMode: 'direct' }, []);
    expect(groupOf(withIt, 'social_insurance').items[0]).toMatchObject({
      id: 'social_insurance.record',
      weight: 'key',
      employerHolds: true,
    });
  });

  it('an "other" or signature file proves nothing on the list', () => {
    const c = evidenceChecklist({ claimTypes: [...CLAIM_TYPE.values], industry: 'courier', workMode: 'outlet' }, [
      'other',
      'signature',
    ]);
    expect(c.keyProvided).toBe(0);
    expect(c.groups.flatMap((g) => g.items).some((i) => i.provided)).toBe(false);
  });

  it('the data: every industry, work mode and claim type has key items; ids are unique and stable; categories are real; short words in both languages', () => {
    const all = [
      ...Object.values(EMPLOYMENT_EVIDENCE).flat(),
      ...EMPLOYMENT_COMMON,
      ...Object.values(CLAIM_EVIDENCE).flatMap((g) => g.items),
    ];
    expect(new Set(all.map((i) => i.id)).size).toBe(all.length);
    for (const i of all) {
      expect(i.id).toMatch(/^[a-z_]+\.[a-z_.]+$/);
      expect(i.categories.length).toBeGreaterThan(0);
      for (const cat of i.categories) {
        expect(EVIDENCE_CATEGORY.values).toContain(cat);
        expect(['other', 'signature']).not.toContain(cat);
      }
      // What a photo upload is filed under must be a category a photo can be.
      expect(['audio', 'signature', 'other']).not.toContain(uploadCategoryFor(i));
      for (const w of [i.label, i.hint]) {
        expect(w['zh-CN']).toMatch(/[\u4e00-\u9fff]/);
        expect(w.en).toMatch(/^[A-Z]/);
        // ASCII punctuation in English: curly quotes fall back to a CJK font, full width, on the phone.
        expect(w.en).not.toMatch(/[’“”—]/);
        expect(w['zh-CN'].length).toBeLessThanOrEqual(40);
        expect(w.en.length).toBeLessThanOrEqual(110);
      }
    }
    for (const industry of INDUSTRY.values)
      for (const workMode of WORK_MODE.values)
        for (const t of CLAIM_TYPE.values) {
          const c = evidenceChecklist({ claimTypes: [t], industry, workMode }, []);
          for (const g of c.groups) expect(g.items.some((i) => i.weight === 'key')).toBe(true);
        }
  });

  it('an item only a sensitive file can provide is marked so (the upload asks for separate consent, PIPL art 29)', () => {
    const c = evidenceChecklist(
      { claimTypes: ['work_injury'], industry: 'food_delivery', workMode: 'platform_app' },
      [],
    );
    const sensitive = c.groups.flatMap((g) => g.items).filter((i) => i.sensitive);
    expect(sensitive.map((i) => i.id)).toEqual(['work_injury.medical']);
    expect(sensitive.every((i) => i.categories.every((cat) => SENSITIVE_EVIDENCE.includes(cat)))).toBe(true);
  });
});
