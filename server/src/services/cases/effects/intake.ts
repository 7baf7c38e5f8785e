import { StationEntity } from '../../../entities';
import { fieldError } from '../../../errors';
import { isDispatchTarget, transferTargetProblem } from '@gig/shared';
import { nothing, type Effects } from './types';

const TRANSFER_WORDS = {
  exists: 'no such station',
  active: 'this station no longer takes cases',
  intake: 'cases go to an association or government station',
  different: 'the case is already at this station',
} as const;

/** Accepting, rejecting, moving between stations, and the employer's outlet. */
export const INTAKE_EFFECTS: Pick<
  Effects,
  'accept' | 'reject' | 'start_mediation' | 'transfer' | 'dispatch' | 'take_back'
> = {
  accept: nothing,
  reject: nothing,
  start_mediation: nothing,

  /** To another intake station: it must accept the case again. */
  async transfer({ c, body, ds }) {
    const to = await ds.getRepository(StationEntity).findOneBy({ id: body.toStationId });
    const problem = transferTargetProblem(to, c.stationId);
    if (problem || !to) throw fieldError('/body/toStationId', problem ?? 'exists', TRANSFER_WORDS[problem ?? 'exists']);
    return {
      set: { stationId: to.id, outletId: null },
      data: { fromStationId: c.stationId, toStationId: to.id, toStationCode: to.code },
    };
  },

  /** To one of the station's own active outlets (the worker's consent is a guard in the table). */
  async dispatch({ c, body, ds }) {
    const outlet = await ds.getRepository(StationEntity).findOneBy({ id: body.outletId });
    if (!outlet || !isDispatchTarget(outlet, c.stationId)) {
      throw fieldError('/body/outletId', 'own_outlet', "must be an active outlet under the case's station");
    }
    return { set: { outletId: outlet.id }, data: { outletId: outlet.id, outletCode: outlet.code } };
  },

  /** Back from the outlet, which could not settle. */
  async take_back({ c }) {
    return { set: { outletId: null }, data: { outletId: c.outletId } };
  },
};
