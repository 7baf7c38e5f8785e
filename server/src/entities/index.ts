import { AuditEntryEntity } from './audit-entry.entity';
import { CaseActionRequestEntity } from './case-action-request.entity';
import { CaseCounterEntity } from './case-counter.entity';
import { CaseEntity } from './case.entity';
import { CaseEventEntity } from './case-event.entity';
import { CaseMessageEntity } from './case-message.entity';
import { CaseOpenCountEntity } from './case-open-count.entity';
import { CaseConsultantReachEntity } from './case-consultant-reach.entity';
import { CaseStatsDayEntity, CaseStatsDurationEntity } from './case-stats.entity';
import { EarlyWarningEntity } from './early-warning.entity';
import { EvidenceFileEntity } from './evidence-file.entity';
import { LocalFigureEntity } from './local-figure.entity';
import { KnowledgeEntryEntity, KnowledgeTermEntity, KnowledgeVersionEntity } from './knowledge.entity';
import { NotificationAttemptEntity, NotificationDeliveryEntity, NotificationEntity } from './notification.entity';
import { OtpChallengeEntity } from './otp-challenge.entity';
import { RateLimitWindowEntity } from './rate-limit-window.entity';
import { RefreshTokenEntity } from './refresh-token.entity';
import { RespondentAliasEntity } from './respondent-alias.entity';
import { RespondentInviteEntity } from './respondent-invite.entity';
import { RespondentKeyEntity } from './respondent-key.entity';
import { SignInCounterEntity } from './signin-counter.entity';
import { StaffNoticeEntity } from './staff-notice.entity';
import { StaffUserEntity } from './staff-user.entity';
import { StationEntity } from './station.entity';
import { WorkerEntity } from './worker.entity';
import { WorkerProfileEntity } from './worker-profile.entity';
import { WorkLogEntryEntity } from './work-log-entry.entity';

export {
  AuditEntryEntity,
  CaseActionRequestEntity,
  CaseCounterEntity,
  CaseEntity,
  CaseEventEntity,
  CaseMessageEntity,
  CaseOpenCountEntity,
  CaseConsultantReachEntity,
  EarlyWarningEntity,
  CaseStatsDayEntity,
  CaseStatsDurationEntity,
  EvidenceFileEntity,
  KnowledgeEntryEntity,
  KnowledgeTermEntity,
  KnowledgeVersionEntity,
  RespondentAliasEntity,
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
  WorkerProfileEntity,
  WorkLogEntryEntity,
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
  WorkerProfileEntity,
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
  EarlyWarningEntity,
  RespondentAliasEntity,
  CaseStatsDayEntity,
  CaseStatsDurationEntity,
  CaseOpenCountEntity,
  CaseConsultantReachEntity,
  KnowledgeEntryEntity,
  KnowledgeVersionEntity,
  KnowledgeTermEntity,
  WorkLogEntryEntity,
];
