import { StationEntity } from '../../../entities';
import { fieldError } from '../../../errors';
import { nothing, type Effects } from './types';

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
    const bad = (rule: string, message: string) => fieldError('/body/toStationId', rule, message);
    if (!to) throw bad('exists', 'no such station');
    if (!to.active) throw bad('active', 'this station no longer takes cases');
    if (to.kind !== 'association' && to.kind !== 'government')
      throw bad('intake', 'cases go to an association or government station');
    if (to.id === c.stationId) throw bad('different', 'the case is already at this station');
    return {
      set: { stationId: to.id, outletId: null },
      data: { fromStationId: c.stationId, toStationId: to.id, toStationCode: to.code },
    };
  },

  /** To one of the station's own active outlets (the worker's consent is a guard in the table). */
  async dispatch({ c, body, ds }) {
    const outlet = await ds.getRepository(StationEntity).findOneBy({ id: body.outletId });
    if (!outlet || outlet.kind !== 'outlet' || outlet.parentId !== c.stationId || !outlet.active) {
      throw fieldError('/body/outletId', 'own_outlet', "must be an active outlet under the case's station");
    }
    return { set: { outletId: outlet.id }, data: { outletId: outlet.id, outletCode: outlet.code } };
  },

  /** Back from the outlet, which could not settle. */
  async take_back({ c }) {
    return { set: { outletId: null }, data: { outletId: c.outletId } };
  },
};
