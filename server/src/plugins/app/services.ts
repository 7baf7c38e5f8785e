import fp from 'fastify-plugin';
import { AuthService } from '../../services/auth';
import { CaseService } from '../../services/cases';
import { EvidenceService } from '../../services/evidence';
import { LocalFileStore, S3FileStore } from '../../services/files';
import { resolveFromRoot } from '../../config';
import { DataProtector } from '../../services/crypto';
import { ConsoleSmsSender, HttpSmsSender, type SmsSender } from '../../services/sms';
import { StationService } from '../../services/stations';
import { TokenService } from '../../services/tokens';
import { WechatClient, WechatSubscribeSender } from '../../services/wechat';
import { NotificationService, NotificationWorker } from '../../services/notifications';

export interface Services {
  protector: DataProtector;
  tokens: TokenService;
  auth: AuthService;
  stations: StationService;
  cases: CaseService;
  evidence: EvidenceService;
  notifications: NotificationService;
}

/** Builds the services once from config and the database; routes reach them as `fastify.services`. */
export default fp(
  async (fastify) => {
    const c = fastify.config;
    const protector = new DataProtector(c.DATA_KEY);
    const tokens = new TokenService(fastify.db, { secret: c.JWT_SECRET, accessTtl: c.ACCESS_TOKEN_TTL_SECONDS, refreshTtl: c.REFRESH_TOKEN_TTL_SECONDS });
    const sms: SmsSender =
      c.SMS_PROVIDER === 'http' ? new HttpSmsSender({ url: c.SMS_HTTP_URL, token: c.SMS_HTTP_TOKEN, timeoutMs: 5000 }) : new ConsoleSmsSender();
    const wechat = new WechatClient({ base: c.WECHAT_API_BASE, appid: c.WECHAT_APPID, secret: c.WECHAT_SECRET, timeoutMs: c.WECHAT_TIMEOUT_MS });
    const auth = new AuthService(fastify.db, tokens, protector, sms, wechat, {
      otpTtlSeconds: c.OTP_TTL_SECONDS,
      otpResendSeconds: c.OTP_RESEND_SECONDS,
      otpMaxPerPhonePerHour: c.OTP_MAX_PER_PHONE_PER_HOUR,
      otpMaxPerIpPerHour: c.OTP_MAX_PER_IP_PER_HOUR,
      otpMaxAttempts: c.OTP_MAX_ATTEMPTS,
      loginMaxFailures: c.LOGIN_MAX_FAILURES,
      loginLockMinutes: c.LOGIN_LOCK_MINUTES,
    });
    const stations = new StationService(fastify.db, c.PUBLIC_BASE_URL);
    const subscribe = new WechatSubscribeSender({
      base: c.WECHAT_API_BASE,
      appid: c.WECHAT_APPID,
      secret: c.WECHAT_SECRET,
      timeoutMs: c.WECHAT_TIMEOUT_MS,
      templateId: c.WECHAT_SUBSCRIBE_TEMPLATE_ID,
      state: c.WECHAT_MINIPROGRAM_STATE,
    });
    const notifications = new NotificationService(fastify.db, protector, subscribe, sms, c.clockRules, {
      sms: c.NOTIFY_SMS,
      maxAttempts: c.NOTIFY_MAX_ATTEMPTS,
      retryBaseSeconds: c.NOTIFY_RETRY_BASE_SECONDS,
    });
    const cases = new CaseService(fastify.db, protector, stations, c.clockRules, notifications);
    const store =
      c.STORAGE === 's3'
        ? new S3FileStore({ endpoint: c.S3_ENDPOINT, region: c.S3_REGION, bucket: c.S3_BUCKET, accessKeyId: c.S3_ACCESS_KEY_ID, secretAccessKey: c.S3_SECRET_ACCESS_KEY, forcePathStyle: c.S3_FORCE_PATH_STYLE })
        : new LocalFileStore(resolveFromRoot(c.UPLOAD_DIR));
    const evidence = new EvidenceService(fastify.db, store, cases);
    fastify.decorate('services', { protector, tokens, auth, stations, cases, evidence, notifications });

    // The outbox dispatcher and the reminder sweep run on timers in this process (0 turns either off).
    const worker = new NotificationWorker(notifications, {
      dispatchMs: c.NOTIFY_DISPATCH_INTERVAL_MS,
      sweepMinutes: c.REMINDER_SWEEP_MINUTES,
      onError: (err) => fastify.log.error({ err }, 'notification dispatcher round failed'),
    });
    fastify.addHook('onReady', async () => worker.start());
    fastify.addHook('preClose', async () => worker.stop());
  },
  { name: 'services', dependencies: ['db'] },
);

declare module 'fastify' {
  interface FastifyInstance {
    services: Services;
  }
}
