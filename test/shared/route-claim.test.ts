import { areaCovers, routeClaim, type RoutableClaim, type RoutableStation } from '@gig/shared';

/** A small city like the demo's: a centre, east/west district centres, streets, associations, outlets. */
function world() {
  const stations: RoutableStation[] = [];
  const add = (s: Partial<RoutableStation> & Pick<RoutableStation, 'code' | 'kind' | 'areaCode'>, parent?: string) => {
    const st: RoutableStation = {
      id: `id-${s.code}`,
      industries: [],
      mediationTypes: [],
      active: true,
      parentId: parent ? `id-${parent}` : null,
      ...s,
    };
    stations.push(st);
    return st;
  };
  const ALL = ['union', 'people', 'pre_arbitration'] as const;
  add({ code: 'CENTRE', kind: 'government', areaCode: '330300', mediationTypes: [...ALL] });
  add({ code: 'EAST', kind: 'government', areaCode: '330303', mediationTypes: [...ALL] }, 'CENTRE');
  add({ code: 'WEST', kind: 'government', areaCode: '330304', mediationTypes: ['people', 'union'] }, 'CENTRE');
  add({ code: 'EAST-STREET', kind: 'government', areaCode: '330303', mediationTypes: ['people'] }, 'EAST');
  add(
    { code: 'LUCHENG-STREET', kind: 'government', areaCode: '330302', mediationTypes: ['people'], active: false },
    'CENTRE',
  );
  add({ code: 'COURIER', kind: 'association', areaCode: '330300', industries: ['courier'] }, 'CENTRE');
  add({ code: 'DELIVERY', kind: 'association', areaCode: '330300', industries: ['food_delivery'] }, 'CENTRE');
  add({ code: 'RIDE', kind: 'association', areaCode: '330300', industries: ['ride_hailing'] }, 'CENTRE');
  add({ code: 'DOMESTIC', kind: 'association', areaCode: '330300', industries: ['domestic_service'] }, 'CENTRE');
  add({ code: 'SF-OUTLET', kind: 'outlet', areaCode: '330302', industries: ['courier'] }, 'COURIER');
  add({ code: 'ARB', kind: 'arbitration', areaCode: '330300' });
  add(
    { code: 'OLD-RIDE', kind: 'association', areaCode: '330303', industries: ['ride_hailing'], active: false },
    'CENTRE',
  );
  return stations;
}

const claim = (over: Partial<RoutableClaim> = {}): RoutableClaim => ({
  industry: 'courier',
  workMode: 'platform_app',
  areaCode: '330303',
  ...over,
});
const route = (over: Partial<RoutableClaim> = {}, stations = world()) => {
  const r = routeClaim(claim(over), stations);
  return {
    code: r.station?.code ?? null,
    reason: r.reason,
    mediationType: r.mediationType,
    labourDispute: r.labourDispute,
    scannedStationSkipped: r.scannedStationSkipped,
  };
};

describe('routing a claim: industry first, region as the safety net', () => {
  it('a courier who scanned the courier station stays there', () => {
    expect(route({ scannedStationCode: 'COURIER' })).toEqual({
      code: 'COURIER',
      reason: 'scanned_station',
      mediationType: null,
      labourDispute: true,
      scannedStationSkipped: false,
    });
  });

  it("a rider's wage claim scanned at the courier station goes to the delivery association station", () => {
    expect(route({ industry: 'food_delivery', scannedStationCode: 'COURIER' })).toMatchObject({
      code: 'DELIVERY',
      reason: 'industry_association',
      scannedStationSkipped: true,
    });
  });

  it('a courier who scanned an outlet poster goes to the association station above the outlet', () => {
    expect(route({ scannedStationCode: 'SF-OUTLET' })).toMatchObject({
      code: 'COURIER',
      reason: 'scanned_outlet_parent',
      scannedStationSkipped: false,
    });
  });

  it('a driver who scanned a government station is taken there, whatever the industry', () => {
    expect(route({ industry: 'ride_hailing', scannedStationCode: 'EAST' })).toMatchObject({
      code: 'EAST',
      reason: 'scanned_station',
    });
  });

  it('a driver with no QR goes to the ride-hailing association', () => {
    expect(route({ industry: 'ride_hailing' })).toMatchObject({
      code: 'RIDE',
      reason: 'industry_association',
      scannedStationSkipped: false,
    });
  });

  it('an inactive association is passed over for an active one covering the area', () => {
    expect(route({ industry: 'ride_hailing', areaCode: '330303' }).code).toBe('RIDE');
  });

  it('a truck driver, with no association for trucking, goes to the government station of the district', () => {
    expect(route({ industry: 'trucking', areaCode: '330303' })).toMatchObject({
      code: 'EAST',
      reason: 'government_station',
    });
  });

  it('the district centre is chosen over a street station of the same district', () => {
    expect(route({ industry: 'other', areaCode: '330303' }).code).toBe('EAST');
  });

  it('a district whose only station is closed falls back up the tree to the city centre', () => {
    expect(route({ industry: 'trucking', areaCode: '330302' })).toMatchObject({
      code: 'CENTRE',
      reason: 'fallback_up_tree',
    });
  });

  it('a district with no station at all is served by the city centre covering it', () => {
    expect(route({ industry: 'trucking', areaCode: '330305' })).toMatchObject({
      code: 'CENTRE',
      reason: 'fallback_up_tree',
    });
  });

  it('a worker who prefers the government station and union mediation gets the district centre', () => {
    expect(route({ preferredChannel: 'government', mediationType: 'union', areaCode: '330303' })).toMatchObject({
      code: 'EAST',
      reason: 'worker_chose_government',
      mediationType: 'union',
    });
  });

  it('a mediation type the district does not offer is found up the tree', () => {
    expect(
      route({ preferredChannel: 'government', mediationType: 'pre_arbitration', areaCode: '330304' }),
    ).toMatchObject({
      code: 'CENTRE',
      reason: 'fallback_up_tree',
      mediationType: 'pre_arbitration',
    });
  });

  it('a worker who prefers the government station while standing at one is kept there', () => {
    expect(
      route({ preferredChannel: 'government', scannedStationCode: 'EAST-STREET', mediationType: 'people' }),
    ).toMatchObject({
      code: 'EAST-STREET',
      reason: 'worker_chose_government',
      scannedStationSkipped: false,
    });
  });

  describe('domestic workers (legal-rules.md §4)', () => {
    it('a nanny hired directly by a household is not in a labour dispute: people’s mediation, saying why', () => {
      expect(
        route({
          industry: 'domestic_service',
          workMode: 'household',
          areaCode: '330303',
          scannedStationCode: 'DOMESTIC',
        }),
      ).toEqual({
        code: 'EAST',
        reason: 'household_domestic_people_mediation',
        mediationType: 'people',
        labourDispute: false,
        scannedStationSkipped: true,
      });
    });

    it.each(['agency', 'outlet', 'direct', 'platform_app'] as const)(
      'a domestic worker employed through a company (%s) takes the labour route',
      (workMode) => {
        expect(route({ industry: 'domestic_service', workMode })).toMatchObject({
          code: 'DOMESTIC',
          reason: 'industry_association',
          labourDispute: true,
        });
      },
    );

    it('a household claim where nobody offers people’s mediation is an explicit no-match, still marked not a labour dispute', () => {
      const onlyAssociations = world().filter((s) => s.kind === 'association');
      expect(route({ industry: 'domestic_service', workMode: 'household' }, onlyAssociations)).toMatchObject({
        code: null,
        reason: 'no_station',
        labourDispute: false,
        mediationType: 'people',
      });
    });
  });

  describe('never fails silently', () => {
    it('an inactive scanned station is skipped and said so', () => {
      expect(route({ industry: 'ride_hailing', scannedStationCode: 'OLD-RIDE' })).toMatchObject({
        code: 'RIDE',
        scannedStationSkipped: true,
      });
    });

    it('an unknown scanned code still routes', () => {
      expect(route({ scannedStationCode: 'NOPE' })).toMatchObject({ code: 'COURIER', scannedStationSkipped: true });
    });

    it('a scanned arbitration institution does not take mediation claims', () => {
      expect(route({ scannedStationCode: 'ARB' })).toMatchObject({ code: 'COURIER', scannedStationSkipped: true });
    });

    it('no stations at all is the explicit no_station result', () => {
      expect(route({}, [])).toEqual({
        code: null,
        reason: 'no_station',
        mediationType: null,
        labourDispute: true,
        scannedStationSkipped: false,
      });
    });

    it('a claim from another province finds no station', () => {
      expect(route({ areaCode: '110105' })).toMatchObject({ code: null, reason: 'no_station' });
    });

    it('a parent loop in bad data does not hang routing', () => {
      const loop: RoutableStation[] = [
        {
          id: 'a',
          code: 'A',
          kind: 'government',
          industries: [],
          mediationTypes: [],
          areaCode: '330302',
          parentId: 'b',
          active: false,
        },
        {
          id: 'b',
          code: 'B',
          kind: 'government',
          industries: [],
          mediationTypes: [],
          areaCode: '330302',
          parentId: 'a',
          active: false,
        },
      ];
      expect(route({ industry: 'trucking', areaCode: '330302' }, loop)).toMatchObject({
        code: null,
        reason: 'no_station',
      });
    });
  });

  it('the same claim routes the same way whatever order the stations come in', () => {
    const base = world();
    const expected = route({ industry: 'trucking', areaCode: '330303' }, base);
    for (let i = 0; i < 20; i++) {
      const shuffled = [...base].sort(() => Math.random() - 0.5);
      expect(route({ industry: 'trucking', areaCode: '330303' }, shuffled)).toEqual(expected);
    }
  });
});

describe('area codes', () => {
  it.each([
    ['330000', '330302', true, 'a province covers its districts'],
    ['330300', '330302', true, 'a city covers its districts'],
    ['330302', '330302', true, 'a district covers itself'],
    ['330302', '330303', false, 'a district does not cover its neighbour'],
    ['330300', '330402', false, 'a city does not cover another city'],
    ['330000', '320102', false, 'a province does not cover another province'],
  ])('%s covers %s: %s (%s)', (station, claimArea, expected) => {
    expect(areaCovers(station, claimArea)).toBe(expected);
  });
});
