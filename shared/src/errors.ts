import type { Label } from './labels';
import { CASE_ERRORS } from './errors-case';

/**
 * Stable API error codes. Clients map a code to words through ERROR_MESSAGES and never show
 * the server's raw text. A code, once shipped, keeps its meaning.
 */
export const ERRORS = {
  VALIDATION_FAILED: { status: 400, 'zh-CN': '提交的内容有误，请检查标出的项目', en: 'Some fields are not valid' },
  UNKNOWN_FIELD: { status: 400, 'zh-CN': '提交了无法识别的内容', en: 'An unknown field was sent' },
  UNAUTHENTICATED: { status: 401, 'zh-CN': '请先登录', en: 'Please sign in' },
  TOKEN_EXPIRED: { status: 401, 'zh-CN': '登录已过期，请重新登录', en: 'Your session has expired' },
  INVALID_CREDENTIALS: { status: 401, 'zh-CN': '用户名或密码错误', en: 'Wrong username or password' },
  REFRESH_TOKEN_INVALID: { status: 401, 'zh-CN': '登录已失效，请重新登录', en: 'Your session is no longer valid' },
  REFRESH_TOKEN_REUSED: {
    status: 401,
    'zh-CN': '登录凭证已被使用，为安全起见请重新登录',
    en: 'This session was already used; please sign in again',
  },
  OTP_INVALID: { status: 401, 'zh-CN': '验证码错误', en: 'The code is wrong' },
  OTP_EXPIRED: { status: 401, 'zh-CN': '验证码已过期，请重新获取', en: 'The code has expired; ask for a new one' },
  ACCOUNT_LOCKED: {
    status: 423,
    'zh-CN': '密码错误次数过多，账号已临时锁定，请稍后再试',
    en: 'Too many failed attempts; the account is locked for a while',
  },
  SIGNIN_THROTTLED: {
    status: 429,
    'zh-CN': '登录失败次数过多，请稍后再试',
    en: 'Too many failed sign-ins; wait a few minutes and try again',
  },
  ACCOUNT_DISABLED: { status: 403, 'zh-CN': '账号已停用，请联系管理员', en: 'This account is disabled' },
  FORBIDDEN: { status: 403, 'zh-CN': '您没有权限进行此操作', en: 'You are not allowed to do this' },
  OUT_OF_SCOPE: { status: 403, 'zh-CN': '该内容不属于您所在站点', en: 'This belongs to another station' },
  NOT_FOUND: { status: 404, 'zh-CN': '未找到相关内容', en: 'Not found' },
  STATION_NOT_FOUND: { status: 404, 'zh-CN': '未找到该调解站点', en: 'No such station' },
  STATION_INACTIVE: { status: 410, 'zh-CN': '该调解站点已停止服务', en: 'This station no longer takes claims' },
  STATION_CODE_TAKEN: { status: 409, 'zh-CN': '站点编码已被使用', en: 'This station code is already in use' },
  STATION_PARENT_INVALID: { status: 422, 'zh-CN': '上级站点设置不正确', en: 'The parent station is not valid' },
  USERNAME_TAKEN: { status: 409, 'zh-CN': '用户名已被使用', en: 'This username is already in use' },
  WEAK_PASSWORD: {
    status: 400,
    'zh-CN': '密码强度不足：至少10位，且包含字母和数字',
    en: 'Password too weak: at least 10 characters with letters and digits',
  },
  INVALID_TRANSITION: {
    status: 409,
    'zh-CN': '案件当前状态不允许此操作，页面已过期，请刷新',
    en: 'This action is not allowed in the case’s current status',
  },
  IDEMPOTENCY_CONFLICT: { status: 409, 'zh-CN': '重复提交的内容不一致', en: 'A retry carried different content' },
  RATE_LIMITED: { status: 429, 'zh-CN': '操作太频繁，请稍后再试', en: 'Too many requests; try again later' },
  CLAIM_DAILY_LIMIT: {
    status: 429,
    'zh-CN': '您今天提交的申请已达上限，请明天再提交；如有紧急情况请直接联系调解站',
    en: 'You have filed as many claims today as one person may; file again tomorrow, or call the station if it is urgent',
  },
  OTP_RATE_LIMITED: {
    status: 429,
    'zh-CN': '验证码发送太频繁，请稍后再试',
    en: 'Too many codes requested; try again later',
  },
  WECHAT_LOGIN_FAILED: { status: 401, 'zh-CN': '微信登录失败，请重试', en: 'WeChat sign-in failed; try again' },
  WECHAT_PHONE_FAILED: {
    status: 400,
    'zh-CN': '没有拿到微信绑定的手机号，请再试一次，或用手机号和验证码登录',
    en: 'WeChat did not give us your phone number; try again, or sign in with your phone and a code',
  },
  PHONE_IN_USE: {
    status: 409,
    'zh-CN': '这个手机号已经用于另一个账号：请用手机号和验证码登录',
    en: 'This phone number already belongs to another account: sign in with the phone number and a code',
  },
  UPSTREAM_UNAVAILABLE: {
    status: 503,
    'zh-CN': '外部服务暂时不可用，请稍后再试',
    en: 'An outside service is unavailable; try again later',
  },
  OUTLET_CONSENT_REQUIRED: {
    status: 409,
    'zh-CN': '劳动者尚未同意把案件提供给单位网点，不能分派；可以直接调解，或请劳动者在手机上同意',
    en: "The worker has not agreed to share the case with the employer's outlet; mediate it directly, or ask the worker to agree in the app",
  },
  SENSITIVE_CONSENT_REQUIRED: {
    status: 400,
    'zh-CN': '上传病历、银行流水、轨迹或证件照片等敏感信息前，需要您单独同意',
    en: 'Sensitive evidence (medical, bank, location, ID photos) needs your separate consent first',
  },
  PERSONAL_DATA_PURGED: {
    status: 410,
    'zh-CN': '该案件的个人信息已按保存期限删除',
    en: 'This case’s personal data was erased at the end of its retention period',
  },
  ...CASE_ERRORS,
  INTERNAL_ERROR: { status: 500, 'zh-CN': '系统出现问题，请稍后再试', en: 'Something went wrong on our side' },
  SERVICE_UNAVAILABLE: { status: 503, 'zh-CN': '服务暂时不可用，请稍后再试', en: 'The service is unavailable' },
} as const satisfies Record<string, Label & { status: number }>;

export type ErrorCode = keyof typeof ERRORS;
export const ERROR_CODES = Object.keys(ERRORS) as ErrorCode[];

/** The reason a single field was refused, for a form to show next to that field. */
export interface FieldError {
  /** JSON pointer into the request part, e.g. `/body/phone`. */
  path: string;
  /** ajv keyword or a domain rule name: `required`, `pattern`, `additionalProperties`, `checksum`... */
  rule: string;
  message: string;
}

/** Body of every error response. */
export interface ErrorBody {
  statusCode: number;
  code: ErrorCode;
  message: string;
  fields?: FieldError[];
  requestId?: string;
  /** Extra facts a client can act on, e.g. the allowed actions after INVALID_TRANSITION. */
  details?: Record<string, unknown>;
}
