import {
  CASE_ACTION_LABELS,
  CASE_STATUS_LABELS,
  CHANNEL,
  CLAIM_TYPE,
  ERRORS,
  INDUSTRY,
  MEDIATION_TYPE,
  ROLE,
  ROUTE_REASON_LABELS,
  STATION_KIND,
  WORK_MODE,
  h5StationPath,
  maskIdNumber,
  maskPhone,
  passwordProblems,
  stationCodeFromQrUrl,
} from '@gig/shared';

describe('every word the UIs show exists in Chinese and English', () => {
  const tables = {
    industry: INDUSTRY.labels,
    claimType: CLAIM_TYPE.labels,
    stationKind: STATION_KIND.labels,
    mediationType: MEDIATION_TYPE.labels,
    workMode: WORK_MODE.labels,
    channel: CHANNEL.labels,
    role: ROLE.labels,
    caseStatus: CASE_STATUS_LABELS,
    caseAction: CASE_ACTION_LABELS,
    routeReason: ROUTE_REASON_LABELS,
    error: ERRORS,
  };
  const rows = Object.entries(tables).flatMap(([table, t]) =>
    Object.entries(t).map(([key, l]) => ({ table, key, zh: l['zh-CN'], en: l.en })),
  );

  it.each(rows)('$table.$key', ({ zh, en }) => {
    expect(zh.trim()).not.toBe('');
    expect(en.trim()).not.toBe('');
    expect(zh).toMatch(/[\u4e00-\u9fff]/);
  });

  it('the enums hold what the product needs', () => {
    expect(INDUSTRY.values).toEqual([
      'courier',
      'food_delivery',
      'ride_hailing',
      'domestic_service',
      'trucking',
      'other',
    ]);
    expect(STATION_KIND.values).toEqual(['association', 'government', 'outlet', 'arbitration', 'legal_aid']);
    expect(MEDIATION_TYPE.values).toEqual(['union', 'people', 'pre_arbitration']);
    expect(ROLE.values).toEqual([
      'worker',
      'mediator',
      'station_admin',
      'arbitrator',
      'legal_aid_lawyer',
      'outlet_manager',
      'supervisor',
      'system_admin',
    ]);
  });

  it('every error code carries a 4xx or 5xx status', () => {
    for (const [code, e] of Object.entries(ERRORS))
      expect({ code, ok: e.status >= 400 && e.status < 600 }).toEqual({ code, ok: true });
  });
});

describe('masking personal data for display and logs', () => {
  it('a phone keeps its first 3 and last 4 digits', () => {
    expect(maskPhone('13812345678')).toBe('138****5678');
  });

  it('an ID number keeps its first 4 and last 4 characters', () => {
    expect(maskIdNumber('33030219900101123X')).toBe('3303**********123X');
  });

  it('short values are masked whole', () => {
    expect(maskPhone('123')).toBe('***');
    expect(maskIdNumber('1234')).toBe('****');
  });
});

describe('staff password rules', () => {
  it.each([
    ['Demo2026pass', []],
    ['short1', ['min_length']],
    ['onlylettersherexx', ['digit']],
    ['12345678901', ['letter']],
    ['courier.admin2026', ['contains_username']],
  ])('%s → %j', (pw, problems) => {
    expect(passwordProblems(pw, 'courier.admin')).toEqual(problems);
  });
});

describe('the QR code address', () => {
  it.each([
    ['https://mediate.example.cn/s/WZ-COURIER', 'WZ-COURIER'],
    ['https://mediate.example.cn/s/WZ-COURIER/', 'WZ-COURIER'],
    ['https://mediate.example.cn/s/WZ-COURIER?from=poster', 'WZ-COURIER'],
    [' http://localhost:3000/s/wz_east-1 ', 'wz_east-1'],
    ['https://mediate.example.cn/app/', null],
    ['https://mediate.example.cn/s/has space', null],
    ['not a url', null],
  ])('%s → %s', (url, code) => {
    expect(stationCodeFromQrUrl(url)).toBe(code);
  });

  it('the H5 entry page carries the station code', () => {
    expect(h5StationPath('WZ-COURIER')).toBe('/app/#/pages/station/index?code=WZ-COURIER');
  });
});
