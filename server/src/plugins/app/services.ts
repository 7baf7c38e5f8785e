import fp from 'fastify-plugin';
import { AuthService } from '../../services/auth';
import { CurrentUsers } from '../../services/current-users';
import { CaseService } from '../../services/cases';
import { EvidenceService } from '../../services/evidence';
import { LocalFileStore, S3FileStore } from '../../adapters/files';
import { SealedFileStore } from '../../adapters/files-sealed';
import { resolveFromRoot } from '../../config';
import { DataProtector } from '../../adapters/crypto';
import { ConsoleSmsSender, HttpSmsSender, type SmsSender } from '../../adapters/sms';
import { StationService } from '../../services/stations';
import { TokenService } from '../../adapters/tokens';
import { WechatClient, WechatPhoneClient, WechatSubscribeSender } from '../../adapters/wechat';
import { WechatAccessToken } from '../../adapters/wechat-token';
import { NotificationService } from '../../services/notifications';
import { NotificationDispatcher } from '../../services/notification-dispatch';
import { ReminderService } from '../../services/cases/reminders';
import { ProfileService } from '../../services/profiles';
import { FollowUpService } from '../../services/cases/follow-ups';
import { StaffNotices } from '../../services/staff-notices';
import { LocalFigures } from '../../services/figures';
import { CourtDocuments } from '../../services/court-documents';
import { RespondentAccess } from '../../services/respondent-access';
import { BackgroundJobs } from '../../services/jobs';
import { DocumentService } from '../../services/documents';
import { StaffService } from '../../services/staff';
import { PatternService } from '../../services/patterns';
import { EarlyWarnings } from '../../services/warnings';
import { RetentionService } from '../../services/retention';
import { StatsService } from '../../services/stats';
import { KnowledgeService } from '../../services/knowledge';
import { WorkLogService } from '../../services/work-log';

export interface Services {
  protector: DataProtector;
  tokens: TokenService;
  auth: AuthService;
  users: CurrentUsers;
  stations: StationService;
  cases: CaseService;
  evidence: EvidenceService;
  notifications: NotificationService;
  dispatcher: NotificationDispatcher;
  reminders: ReminderService;
  followUps: FollowUpService;
  notices: StaffNotices;
  profiles: ProfileService;
  figures: LocalFigures;
  courtDocuments: CourtDocuments;
  respondents: RespondentAccess;
  patterns: PatternService;
  warnings: EarlyWarnings;
  stats: StatsService;
  retention: RetentionService;
  documents: DocumentService;
  staff: StaffService;
  knowledge: KnowledgeService;
  workLog: WorkLogService;
}

/** Builds the services once from config and the database; routes reach them as `fastify.services`. */
export default fp(
  async (fastify) => {
    const c = fastify.config;
    const protector = new DataProtector(c.DATA_KEY);
    const tokens = new TokenService(fastify.db, {
      secret: c.JWT_SECRET,
      accessTtl: c.ACCESS_TOKEN_TTL_SECONDS,
      refreshTtl: c.REFRESH_TOKEN_TTL_SECONDS,
      sessionCacheSeconds: c.SESSION_CHECK_CACHE_SECONDS,
    });
    const sms: SmsSender =
      c.SMS_PROVIDER === 'http'
        ? new HttpSmsSender({ url: c.SMS_HTTP_URL, token: c.SMS_HTTP_TOKEN, timeoutMs: 5000 })
        : new ConsoleSmsSender();
    const wechat = new WechatClient({
      base: c.WECHAT_API_BASE,
      appid: c.WECHAT_APPID,
      secret: c.WECHAT_SECRET,
      timeoutMs: c.WECHAT_TIMEOUT_MS,
    });
    const auth = new AuthService(fastify.db, tokens, protector, sms, wechat, {
      otpTtlSeconds: c.OTP_TTL_SECONDS,
      otpResendSeconds: c.OTP_RESEND_SECONDS,
      otpMaxPerPhonePerHour: c.OTP_MAX_PER_PHONE_PER_HOUR,
      otpMaxPerIpPerHour: c.OTP_MAX_PER_IP_PER_HOUR,
      otpMaxAttempts: c.OTP_MAX_ATTEMPTS,
      loginMaxFailures: c.LOGIN_MAX_FAILURES,
      loginLockMinutes: c.LOGIN_LOCK_MINUTES,
      loginAccountMaxFailures: c.LOGIN_ACCOUNT_MAX_FAILURES,
      loginAccountWindowMinutes: c.LOGIN_ACCOUNT_WINDOW_MINUTES,
      loginTrustedSourceDays: c.LOGIN_TRUSTED_SOURCE_DAYS,
    });
    const stations = new StationService(fastify.db, c.PUBLIC_BASE_URL, c.STATION_CACHE_SECONDS);
    // One access token for every WeChat server API that needs one.
    const wechatToken = new WechatAccessToken({
      base: c.WECHAT_API_BASE,
      appid: c.WECHAT_APPID,
      secret: c.WECHAT_SECRET,
      timeoutMs: c.WECHAT_TIMEOUT_MS,
    });
    const subscribe = new WechatSubscribeSender(
      {
        base: c.WECHAT_API_BASE,
        timeoutMs: c.WECHAT_TIMEOUT_MS,
        templateId: c.WECHAT_SUBSCRIBE_TEMPLATE_ID,
        state: c.WECHAT_MINIPROGRAM_STATE,
      },
      wechatToken,
    );
    const notifyOptions = {
      sms: c.NOTIFY_SMS,
      maxAttempts: c.NOTIFY_MAX_ATTEMPTS,
      retryBaseSeconds: c.NOTIFY_RETRY_BASE_SECONDS,
    };
    const notifications = new NotificationService(fastify.db, subscribe, notifyOptions);
    const dispatcher = new NotificationDispatcher(fastify.db, protector, subscribe, sms, notifyOptions);
    const reminders = new ReminderService(fastify.db, notifications, c.clockRules);
    const followUps = new FollowUpService(fastify.db, notifications, c.clockRules);
    const cases = new CaseService(fastify.db, protector, stations, c.clockRules, notifications, {
      claimsPerWorkerPerDay: c.CLAIMS_PER_WORKER_PER_DAY,
    });
    // Evidence is sealed at rest whichever store holds it (per-file keys wrapped by DATA_KEY).
    const rawStore =
      c.STORAGE === 's3'
        ? new S3FileStore({
            endpoint: c.S3_ENDPOINT,
            region: c.S3_REGION,
            bucket: c.S3_BUCKET,
            accessKeyId: c.S3_ACCESS_KEY_ID,
            secretAccessKey: c.S3_SECRET_ACCESS_KEY,
            forcePathStyle: c.S3_FORCE_PATH_STYLE,
          })
        : new LocalFileStore(resolveFromRoot(c.UPLOAD_DIR));
    const store = new SealedFileStore(rawStore, protector);
    const evidence = new EvidenceService(fastify.db, store, cases.reach, {
      draftMaxFiles: c.EVIDENCE_DRAFT_MAX_FILES,
      draftMaxBytes: c.EVIDENCE_DRAFT_MAX_MB * 1024 * 1024,
      hash: (v) => protector.lookupHash('evidence-id', v),
    });
    const patterns = new PatternService(fastify.db, cases);
    const warnings = new EarlyWarnings(
      fastify.db,
      cases,
      stations.directory,
      protector,
      sms,
      { days: c.EARLY_WARNING_DAYS, minCases: c.EARLY_WARNING_MIN_CASES },
      c.NOTIFY_MAX_ATTEMPTS,
    );
    const retention = new RetentionService(fastify.db, store, c.RETENTION_DAYS_AFTER_CLOSE);
    const respondents = new RespondentAccess(fastify.db, protector, auth, sms, {
      publicBaseUrl: c.PUBLIC_BASE_URL,
      maxAttempts: c.NOTIFY_MAX_ATTEMPTS,
    });
    const documents = new DocumentService(fastify.db, protector, store, stations, {
      path: c.PDF_FONT_PATH,
      name: c.PDF_FONT_NAME,
    });
    const stats = new StatsService(fastify.db, stations.directory, protector, documents);
    const wechatPhone = new WechatPhoneClient({ base: c.WECHAT_API_BASE, timeoutMs: c.WECHAT_TIMEOUT_MS }, wechatToken);
    const profiles = new ProfileService(fastify.db, protector, wechatPhone);
    const workLog = new WorkLogService(fastify.db, { documents, evidence, profiles, reach: cases.reach });
    fastify.decorate('services', {
      protector,
      tokens,
      auth,
      users: new CurrentUsers(fastify.db, tokens, auth, c.SESSION_CHECK_CACHE_SECONDS),
      stations,
      cases,
      evidence,
      notifications,
      dispatcher,
      reminders,
      followUps,
      patterns,
      warnings,
      stats,
      retention,
      documents,
      courtDocuments: new CourtDocuments(documents, protector),
      respondents,
      staff: new StaffService(fastify.db, tokens, auth.throttle, protector),
      notices: new StaffNotices(fastify.db),
      profiles,
      workLog,
      figures: new LocalFigures(fastify.db),
      knowledge: new KnowledgeService(
        fastify.db,
        protector,
        c.QA_LLM_BASE_URL
          ? {
              baseUrl: c.QA_LLM_BASE_URL,
              apiKey: c.QA_LLM_API_KEY,
              model: c.QA_LLM_MODEL,
              timeoutMs: c.QA_LLM_TIMEOUT_MS,
            }
          : null,
      ),
    });

    // Work on timers in this process (0 turns a job off): the outbox dispatcher, and the hourly
    // sweep for deadline reminders, outlets' time limits, the follow-up after closing and the retention
    // timer (also soon after boot).
    const sweepMs = c.MAINTENANCE_SWEEP_MINUTES * 60_000;
    const jobs = new BackgroundJobs((job, err) => fastify.log.error({ err, job }, 'background job round failed'))
      .every('notify', c.NOTIFY_DISPATCH_INTERVAL_MS, () => dispatcher.runOnce())
      .every('respondent-sms', c.NOTIFY_DISPATCH_INTERVAL_MS, () => respondents.sendPending())
      .every('reminders', sweepMs, () => reminders.sweep(), 5_000)
      .every('outlet-clock', sweepMs, () => cases.outletClock.sweep(), 7_500)
      .every('follow-ups', sweepMs, () => followUps.sweep(), 8_500)
      .every('retention', sweepMs, () => retention.purgeDue(), 10_000)
      .every('early-warnings', sweepMs, () => warnings.sweep(), 12_500);
    fastify.addHook('onReady', async () => {
      jobs.start();
      // The library's search index, loaded now rather than on the first worker's question.
      const knowledge = fastify.services.knowledge;
      void knowledge.index.warm().catch((err) => fastify.log.error({ err }, 'loading the knowledge index failed'));
    });
    fastify.addHook('preClose', async () => jobs.stop());
  },
  { name: 'services', dependencies: ['db'] },
);

declare module 'fastify' {
  interface FastifyInstance {
    services: Services;
  }
}
