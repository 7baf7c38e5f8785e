import type { Industry } from '@gig/shared';
import type { StationEntity } from '@gig/server/entities';
import type { TestApp } from '../server/helpers/app';

/** An industry association station under a parent (the city centre by default in these tests). */
export function association(
  t: TestApp,
  code: string,
  industry: Industry,
  parent: StationEntity,
  over: Parameters<TestApp['station']>[0] = {},
) {
  return t.station({
    code,
    kind: 'association',
    industries: [industry],
    areaCode: '330300',
    parentId: parent.id,
    ...over,
  });
}

/** The smallest city: the government centre (WZ-CENTRE) and the courier association station under it. */
export async function centreAndCourier(t: TestApp, courier: Parameters<TestApp['station']>[0] = {}) {
  const centre = await t.station({ code: 'WZ-CENTRE', kind: 'government', areaCode: '330300' });
  return { centre, courier: await association(t, 'WZ-COURIER', 'courier', centre, courier) };
}
