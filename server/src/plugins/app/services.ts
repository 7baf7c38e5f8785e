import fp from 'fastify-plugin';
import { AuthService } from '../../services/auth';
import { CaseService } from '../../services/cases';
import { EvidenceService } from '../../services/evidence';
import { LocalFileStore } from '../../services/files';
import { resolveFromRoot } from '../../config';
import { DataProtector } from '../../services/crypto';
import { ConsoleSmsSender, HttpSmsSender, type SmsSender } from '../../services/sms';
import { StationService } from '../../services/stations';
import { TokenService } from '../../services/tokens';
import { WechatClient } from '../../services/wechat';

export interface Services {
  protector: DataProtector;
  tokens: TokenService;
  auth: AuthService;
  stations: StationService;
  cases: CaseService;
  evidence: EvidenceService;
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
    const cases = new CaseService(fastify.db, protector, stations, c.clockRules);
    const evidence = new EvidenceService(fastify.db, new LocalFileStore(resolveFromRoot(c.UPLOAD_DIR)), cases);
    fastify.decorate('services', { protector, tokens, auth, stations, cases, evidence });
  },
  { name: 'services', dependencies: ['db'] },
);

declare module 'fastify' {
  interface FastifyInstance {
    services: Services;
  }
}
