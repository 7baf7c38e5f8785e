import type { EntityManager } from 'typeorm';
import { maskPhone, type Principal } from '@gig/shared';
import { RespondentInviteEntity } from '../entities';
import type { DataProtector } from '../adapters/crypto';

/** The principal of a texted invite: its outlet's respondent, for its one case, while the invite holds. */
export async function respondentPrincipal(
  em: EntityManager,
  protector: DataProtector,
  id: string,
): Promise<Principal | null> {
  const row = await em.getRepository(RespondentInviteEntity).findOneBy({ id });
  if (!row || row.revokedAt || row.expiresAt.getTime() <= Date.now()) return null;
  const phoneMasked = maskPhone(protector.decrypt(row.phoneEnc));
  return {
    id: row.id,
    role: 'outlet_manager',
    displayName: `被申请人（${phoneMasked}）`,
    stationId: row.outletId,
    phoneMasked,
    caseId: row.caseId,
  };
}
