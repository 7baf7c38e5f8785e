import { AuditEntryEntity } from './audit-entry.entity';
import { OtpChallengeEntity } from './otp-challenge.entity';
import { RefreshTokenEntity } from './refresh-token.entity';
import { StaffUserEntity } from './staff-user.entity';
import { StationEntity } from './station.entity';
import { WorkerEntity } from './worker.entity';

export { AuditEntryEntity, OtpChallengeEntity, RefreshTokenEntity, StaffUserEntity, StationEntity, WorkerEntity };
export const ENTITIES = [StationEntity, StaffUserEntity, WorkerEntity, OtpChallengeEntity, RefreshTokenEntity, AuditEntryEntity];
