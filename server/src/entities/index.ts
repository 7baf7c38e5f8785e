import { AuditEntryEntity } from './audit-entry.entity';
import { CaseActionRequestEntity } from './case-action-request.entity';
import { CaseCounterEntity } from './case-counter.entity';
import { CaseEntity } from './case.entity';
import { CaseEventEntity } from './case-event.entity';
import { CaseMessageEntity } from './case-message.entity';
import { EvidenceFileEntity } from './evidence-file.entity';
import { LocalFigureEntity } from './local-figure.entity';
import { NotificationAttemptEntity, NotificationDeliveryEntity, NotificationEntity } from './notification.entity';
import { OtpChallengeEntity } from './otp-challenge.entity';
import { RateLimitWindowEntity } from './rate-limit-window.entity';
import { RefreshTokenEntity } from './refresh-token.entity';
import { RespondentInviteEntity } from './respondent-invite.entity';
import { RespondentKeyEntity } from './respondent-key.entity';
import { SignInCounterEntity } from './signin-counter.entity';
import { StaffNoticeEntity } from './staff-notice.entity';
import { StaffUserEntity } from './staff-user.entity';
import { StationEntity } from './station.entity';
import { WorkerEntity } from './worker.entity';

export {
  AuditEntryEntity,
  CaseActionRequestEntity,
  CaseCounterEntity,
  CaseEntity,
  CaseEventEntity,
  CaseMessageEntity,
  EvidenceFileEntity,
  LocalFigureEntity,
  NotificationAttemptEntity,
  NotificationDeliveryEntity,
  NotificationEntity,
  OtpChallengeEntity,
  RateLimitWindowEntity,
  RefreshTokenEntity,
  RespondentInviteEntity,
  RespondentKeyEntity,
  SignInCounterEntity,
  StaffNoticeEntity,
  StaffUserEntity,
  StationEntity,
  WorkerEntity,
};
export const ENTITIES = [
  CaseEntity,
  CaseEventEntity,
  CaseMessageEntity,
  EvidenceFileEntity,
  CaseCounterEntity,
  StationEntity,
  StaffUserEntity,
  WorkerEntity,
  OtpChallengeEntity,
  RefreshTokenEntity,
  AuditEntryEntity,
  NotificationEntity,
  NotificationDeliveryEntity,
  NotificationAttemptEntity,
  CaseActionRequestEntity,
  StaffNoticeEntity,
  RespondentInviteEntity,
  LocalFigureEntity,
  SignInCounterEntity,
  RateLimitWindowEntity,
  RespondentKeyEntity,
];
