import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { Type, type Static } from '@sinclair/typebox';
import { envSchema } from 'env-schema';
import { DEFAULT_CLOCK_RULES, type ClockRules } from '@gig/shared';

/** Repository root: relative paths in configuration (the SQLite file, uploads) resolve from here. */
export const PROJECT_ROOT = path.resolve(__dirname, '..', '..');

/**
 * Every configuration key, validated at boot. `.env.example` documents each one; keep them in step.
 */
export const ConfigSchema = Type.Object({
  NODE_ENV: Type.Union([Type.Literal('development'), Type.Literal('production'), Type.Literal('test')], {
    default: 'development',
  }),
  HOST: Type.String({ default: '127.0.0.1' }),
  PORT: Type.Integer({ minimum: 0, maximum: 65535, default: 3000 }),
  DATABASE_URL: Type.String({ pattern: '^(sqlite:|mysql://|mariadb://)', default: 'sqlite:data/app.sqlite' }),
  DB_MIGRATIONS_RUN: Type.Boolean({ default: true }),
  DEMO_SEED: Type.Boolean({ default: true }),
  PUBLIC_BASE_URL: Type.Optional(Type.String({ pattern: '^https?://[^/]+(/.*)?$' })),
  TRUST_PROXY: Type.Boolean({ default: false }),
  LOG_LEVEL: Type.Union(
    ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'].map((l) => Type.Literal(l)),
    { default: 'info' },
  ),
  JWT_SECRET: Type.Optional(Type.String({ minLength: 32 })),
  DATA_KEY: Type.Optional(Type.String({ pattern: '^[A-Za-z0-9+/]{43}=$', description: '32 bytes, base64' })),
  ACCESS_TOKEN_TTL_SECONDS: Type.Integer({ minimum: 60, maximum: 86400, default: 900 }),
  REFRESH_TOKEN_TTL_SECONDS: Type.Integer({ minimum: 3600, default: 30 * 86400 }),
  WECHAT_APPID: Type.String({ default: '' }),
  WECHAT_SECRET: Type.String({ default: '' }),
  WECHAT_API_BASE: Type.String({ pattern: '^https?://', default: 'https://api.weixin.qq.com' }),
  WECHAT_TIMEOUT_MS: Type.Integer({ minimum: 100, default: 5000 }),
  SMS_PROVIDER: Type.Union([Type.Literal('log'), Type.Literal('http')], { default: 'log' }),
  SMS_HTTP_URL: Type.String({ default: '' }),
  SMS_HTTP_TOKEN: Type.String({ default: '' }),
  OTP_TTL_SECONDS: Type.Integer({ minimum: 60, maximum: 900, default: 300 }),
  OTP_RESEND_SECONDS: Type.Integer({ minimum: 0, default: 60 }),
  OTP_MAX_PER_PHONE_PER_HOUR: Type.Integer({ minimum: 1, default: 5 }),
  OTP_MAX_PER_IP_PER_HOUR: Type.Integer({ minimum: 1, default: 30 }),
  OTP_MAX_ATTEMPTS: Type.Integer({ minimum: 1, default: 5 }),
  SIGNIN_RATE_LIMIT_PER_MINUTE: Type.Integer({
    minimum: 1,
    default: 10,
    description: 'Per IP and sign-in route; code verification and WeChat get twice this',
  }),
  LOGIN_MAX_FAILURES: Type.Integer({
    minimum: 1,
    default: 5,
    description: 'Wrong passwords one source address may send for one username per LOGIN_LOCK_MINUTES',
  }),
  LOGIN_LOCK_MINUTES: Type.Integer({ minimum: 1, default: 5 }),
  LOGIN_ACCOUNT_MAX_FAILURES: Type.Integer({
    minimum: 1,
    default: 50,
    description: "A username's ceiling of wrong passwords from sources it has not signed in from",
  }),
  LOGIN_ACCOUNT_WINDOW_MINUTES: Type.Integer({ minimum: 1, default: 60 }),
  LOGIN_TRUSTED_SOURCE_DAYS: Type.Integer({ minimum: 1, default: 30 }),
  SESSION_CHECK_CACHE_SECONDS: Type.Integer({
    minimum: 0,
    maximum: 10,
    default: 2,
    description:
      'How long a process may reuse "this session is live" (and who its user is) before asking the database again',
  }),
  STATION_CACHE_SECONDS: Type.Integer({
    minimum: 0,
    maximum: 3600,
    default: 30,
    description:
      'How long a process keeps its copy of the station list (routing, case pages); a change made in it ends the copy at once',
  }),
  CLOCK_RULES_JSON: Type.String({
    default: '',
    description: 'JSON object overriding fields of the legal clock rules (shared ClockRules)',
  }),
  UPLOAD_DIR: Type.String({
    default: 'data/uploads',
    description: 'Where evidence files are kept (relative to the project root)',
  }),
  STORAGE: Type.Union([Type.Literal('local'), Type.Literal('s3')], {
    default: 'local',
    description: 'Where evidence files go: UPLOAD_DIR or an S3-compatible bucket',
  }),
  S3_ENDPOINT: Type.String({
    default: '',
    description: 'S3-compatible endpoint, e.g. https://cos.ap-shanghai.myqcloud.com or http://minio:9000',
  }),
  S3_REGION: Type.String({ default: 'us-east-1' }),
  S3_BUCKET: Type.String({ default: '' }),
  S3_ACCESS_KEY_ID: Type.String({ default: '' }),
  S3_SECRET_ACCESS_KEY: Type.String({ default: '' }),
  S3_FORCE_PATH_STYLE: Type.Boolean({
    default: true,
    description: 'endpoint/bucket/key (MinIO, most self-hosted stores) instead of bucket.endpoint/key',
  }),
  CLAIMS_PER_WORKER_PER_DAY: Type.Integer({
    minimum: 1,
    default: 10,
    description: 'Claims one worker may file in one China calendar day (a retry of the same claim does not count)',
  }),
  EVIDENCE_DRAFT_MAX_FILES: Type.Integer({
    minimum: 1,
    default: 60,
    description: 'Files a worker may keep uploaded but not yet filed with a claim',
  }),
  EVIDENCE_DRAFT_MAX_MB: Type.Integer({
    minimum: 1,
    default: 200,
    description: 'Their total size, in MiB',
  }),
  NOTIFY_DISPATCH_INTERVAL_MS: Type.Integer({
    minimum: 0,
    default: 2000,
    description: 'How often the outbox dispatcher looks for due deliveries; 0 turns it off in this process',
  }),
  NOTIFY_MAX_ATTEMPTS: Type.Integer({ minimum: 1, maximum: 20, default: 6 }),
  NOTIFY_RETRY_BASE_SECONDS: Type.Integer({
    minimum: 1,
    default: 30,
    description: 'Wait before the 2nd attempt; doubles each time, at most 6 hours',
  }),
  NOTIFY_SMS: Type.Boolean({ default: true, description: 'Also send case notifications by SMS' }),
  MAINTENANCE_SWEEP_MINUTES: Type.Integer({
    minimum: 0,
    default: 60,
    description: 'How often deadline reminders and the retention timer run; 0 turns the sweep off in this process',
  }),
  RETENTION_DAYS_AFTER_CLOSE: Type.Integer({
    minimum: 0,
    default: 1095,
    description: 'Personal data and files of a closed case are erased this many days after it closed; 0 keeps them',
  }),
  EARLY_WARNING_DAYS: Type.Integer({ minimum: 1, maximum: 366, default: 30 }),
  QA_LLM_BASE_URL: Type.String({
    default: '',
    pattern: '^(https?://.*)?$',
    description:
      'Optional OpenAI-compatible API base for the legal Q&A (POST {base}/chat/completions); empty: answers are built from the library only',
  }),
  QA_LLM_API_KEY: Type.String({ default: '', description: 'Bearer key for QA_LLM_BASE_URL' }),
  QA_LLM_MODEL: Type.String({ default: '', description: 'Model name sent to QA_LLM_BASE_URL' }),
  QA_LLM_TIMEOUT_MS: Type.Integer({
    minimum: 100,
    default: 8000,
    description: 'How long the Q&A waits for the model before answering from the library alone',
  }),
  QA_RATE_LIMIT_PER_MINUTE: Type.Integer({
    minimum: 1,
    default: 20,
    description:
      'Questions one address may ask the public Q&A (POST /api/public/qa) per minute; "cases like mine" allows three times as many',
  }),
  EARLY_WARNING_MIN_CASES: Type.Integer({ minimum: 2, default: 3 }),
  WECHAT_SUBSCRIBE_TEMPLATE_ID: Type.String({
    default: '',
    description: 'Subscribe-message template for case updates; empty turns WeChat notifications off',
  }),
  WECHAT_MINIPROGRAM_STATE: Type.Union([Type.Literal('formal'), Type.Literal('trial'), Type.Literal('developer')], {
    default: 'formal',
  }),
  PDF_FONT_PATH: Type.String({
    default: '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc',
    description: 'A Chinese font for PDFs (TTF, OTF or TTC)',
  }),
  PDF_FONT_NAME: Type.String({
    default: 'NotoSansCJKsc-Regular',
    description: 'The face to use when PDF_FONT_PATH is a collection (.ttc)',
  }),
  ADMIN_DIST: Type.String({ default: 'server/admin/dist' }),
  H5_DIST: Type.String({ default: 'miniapp/dist/h5' }),
});
type RawConfig = Static<typeof ConfigSchema>;

export interface Config extends Omit<RawConfig, 'JWT_SECRET' | 'DATA_KEY' | 'PUBLIC_BASE_URL'> {
  /** The legal clock: the defaults from legal-rules.md with CLOCK_RULES_JSON applied. */
  clockRules: ClockRules;
  JWT_SECRET: string;
  DATA_KEY: Buffer;
  PUBLIC_BASE_URL: string;
  /** Problems that do not stop a development boot but are worth a log line. */
  warnings: string[];
}

/** Reads and validates configuration from `env` (process.env by default) and a `.env` file when present. */
export function loadConfig(
  env: Record<string, string | undefined> = process.env,
  opts: { dotenv?: boolean } = {},
): Config {
  const raw = envSchema<RawConfig>({
    schema: ConfigSchema,
    data: { ...env },
    env: false,
    dotenv: opts.dotenv ? { path: path.join(PROJECT_ROOT, '.env') } : false,
  });
  const warnings: string[] = [];
  const production = raw.NODE_ENV === 'production';
  if (production && !raw.JWT_SECRET) throw new Error('Configuration: JWT_SECRET is required when NODE_ENV=production');
  if (production && !raw.DATA_KEY) throw new Error('Configuration: DATA_KEY is required when NODE_ENV=production');
  const dev = !raw.JWT_SECRET || !raw.DATA_KEY ? developmentSecrets(warnings) : undefined;
  if (production && raw.SMS_PROVIDER === 'log')
    throw new Error('Configuration: SMS_PROVIDER=log prints codes and is refused when NODE_ENV=production');
  if (raw.QA_LLM_BASE_URL && !raw.QA_LLM_MODEL)
    throw new Error('Configuration: QA_LLM_MODEL is required when QA_LLM_BASE_URL is set');
  if (raw.SMS_PROVIDER === 'http' && !raw.SMS_HTTP_URL)
    throw new Error('Configuration: SMS_HTTP_URL is required when SMS_PROVIDER=http');
  if (
    raw.STORAGE === 's3' &&
    (!raw.S3_ENDPOINT || !raw.S3_BUCKET || !raw.S3_ACCESS_KEY_ID || !raw.S3_SECRET_ACCESS_KEY)
  ) {
    throw new Error(
      'Configuration: STORAGE=s3 needs S3_ENDPOINT, S3_BUCKET, S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY',
    );
  }
  if (production && (!raw.WECHAT_APPID || !raw.WECHAT_SECRET))
    warnings.push('WECHAT_APPID/WECHAT_SECRET are not set: WeChat sign-in is off');
  const clockRules = parseClockRules(raw.CLOCK_RULES_JSON);
  if (raw.RETENTION_DAYS_AFTER_CLOSE > 0 && raw.RETENTION_DAYS_AFTER_CLOSE < clockRules.reopenDays)
    warnings.push(
      `RETENTION_DAYS_AFTER_CLOSE (${raw.RETENTION_DAYS_AFTER_CLOSE}) is shorter than the reopen window (CLOCK_RULES_JSON.reopenDays ${clockRules.reopenDays}): a case erased first can no longer be reopened`,
    );
  return {
    ...raw,
    JWT_SECRET: raw.JWT_SECRET ?? dev!.JWT_SECRET,
    DATA_KEY: Buffer.from(raw.DATA_KEY ?? dev!.DATA_KEY, 'base64'),
    clockRules,
    PUBLIC_BASE_URL: (raw.PUBLIC_BASE_URL ?? `http://localhost:${raw.PORT}`).replace(/\/+$/, ''),
    warnings,
  };
}

export function resolveFromRoot(p: string): string {
  return path.isAbsolute(p) ? p : path.join(PROJECT_ROOT, p);
}

/**
 * Outside production, secrets that are not configured are made once and kept in
 * data/dev-secrets.json (git-ignored), so sessions and encrypted phones survive a restart.
 */
function developmentSecrets(warnings: string[]): { JWT_SECRET: string; DATA_KEY: string } {
  const file = path.join(PROJECT_ROOT, 'data', 'dev-secrets.json');
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    const secrets = { JWT_SECRET: randomBytes(32).toString('hex'), DATA_KEY: randomBytes(32).toString('base64') };
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
    warnings.push(`JWT_SECRET/DATA_KEY not set: generated development secrets in ${path.relative(PROJECT_ROOT, file)}`);
    return secrets;
  }
}

/**
 * CLOCK_RULES_JSON overrides fields of the legal clock, e.g. next year's holidays:
 * {"holidays": ["2027-01-01", ...], "makeUpWorkdays": [...]} or {"excludeFirstDay": false}.
 */
function parseClockRules(json: string): ClockRules {
  if (!json.trim()) return DEFAULT_CLOCK_RULES;
  let over: Record<string, unknown>;
  try {
    over = JSON.parse(json);
  } catch {
    throw new Error('Configuration: CLOCK_RULES_JSON is not valid JSON');
  }
  const rules = { ...DEFAULT_CLOCK_RULES } as Record<string, unknown>;
  for (const [key, value] of Object.entries(over)) {
    const def = (DEFAULT_CLOCK_RULES as unknown as Record<string, unknown>)[key];
    if (def === undefined) throw new Error(`Configuration: CLOCK_RULES_JSON has an unknown rule "${key}"`);
    const ok = Array.isArray(def)
      ? Array.isArray(value) &&
        value.every((v) =>
          typeof def[0] === 'number'
            ? Number.isInteger(v) && v > 0
            : typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v),
        )
      : typeof value === typeof def && (typeof value !== 'number' || (Number.isInteger(value) && value > 0));
    if (!ok) throw new Error(`Configuration: CLOCK_RULES_JSON.${key} must be like ${JSON.stringify(def).slice(0, 40)}`);
    rules[key] = value;
  }
  return rules as unknown as ClockRules;
}
