import { StationEntity } from '../../../entities';
import { fieldError } from '../../../errors';
import { transferTargetProblem } from '@gig/shared';
import { nothing, type Effects } from './types';

const TRANSFER_WORDS = {
  exists: 'no such station',
  active: 'this station no longer takes cases',
  intake: 'cases go to an association or government station',
  different: 'the case is already at this station',
} as const;

/** Accepting, rejecting, and moving between stations. */
export const INTAKE_EFFECTS: Pick<Effects, 'accept' | 'reject' | 'start_mediation' | 'transfer'> = {
  accept: nothing,
  reject: nothing,
  start_mediation: nothing,

  /** To another intake station: it must accept the case again. */
  async transfer({ c, body, ds }) {
    const to = await ds.getRepository(StationEntity).findOneBy({ id: body.toStationId });
    const problem = transferTargetProblem(to, c.stationId);
    if (problem || !to) throw fieldError('/body/toStationId', problem ?? 'exists', TRANSFER_WORDS[problem ?? 'exists']);
    return {
      set: { stationId: to.id, outletId: null, respondentOutletId: null, proposal: null },
      data: { fromStationId: c.stationId, toStationId: to.id, toStationCode: to.code },
    };
  },
};
