import { Type, type Static } from '@sinclair/typebox';
import { ROLE } from '../enums';
import { Body, Id, Phone, StringEnum } from './common';

export const WechatLoginBody = Body({
  code: Type.String({ minLength: 1, maxLength: 128, description: 'The code from wx.login()' }),
});
export type WechatLoginBody = Static<typeof WechatLoginBody>;

export const OtpRequestBody = Body({ phone: Phone });
export type OtpRequestBody = Static<typeof OtpRequestBody>;

export const OtpRequestResponse = Type.Object({
  expiresInSeconds: Type.Integer(),
  resendAfterSeconds: Type.Integer(),
});

export const OtpVerifyBody = Body({
  phone: Phone,
  code: Type.String({ pattern: '^[0-9]{6}$', description: 'The 6-digit code sent by SMS' }),
});
export type OtpVerifyBody = Static<typeof OtpVerifyBody>;

export const StaffLoginBody = Body({
  username: Type.String({ minLength: 1, maxLength: 64 }),
  password: Type.String({ minLength: 1, maxLength: 256 }),
});
export type StaffLoginBody = Static<typeof StaffLoginBody>;

export const RefreshBody = Body({ refreshToken: Type.String({ minLength: 20, maxLength: 512 }) });
export type RefreshBody = Static<typeof RefreshBody>;

export const ChangePasswordBody = Body({
  currentPassword: Type.String({ minLength: 1, maxLength: 256 }),
  newPassword: Type.String({ minLength: 1, maxLength: 256 }),
});
export type ChangePasswordBody = Static<typeof ChangePasswordBody>;

export const Principal = Type.Object({
  id: Id,
  role: StringEnum(ROLE.values),
  displayName: Type.String(),
  stationId: Type.Union([Id, Type.Null()]),
  /** Masked phone for workers, null for staff. */
  phoneMasked: Type.Union([Type.String(), Type.Null()]),
  /** A respondent reached by SMS (no account): this one case only. */
  caseId: Type.Optional(Id),
});
export type Principal = Static<typeof Principal>;

export const TokenPair = Type.Object({
  accessToken: Type.String(),
  accessTokenExpiresIn: Type.Integer({ description: 'Seconds' }),
  refreshToken: Type.String(),
  refreshTokenExpiresIn: Type.Integer({ description: 'Seconds' }),
  tokenType: Type.Literal('Bearer'),
  user: Principal,
});
export type TokenPair = Static<typeof TokenPair>;

/** Minimum password rule for staff: ≥ 10 characters, at least one letter and one digit. */
export function passwordProblems(password: string, username?: string): string[] {
  const problems: string[] = [];
  if (password.length < 10) problems.push('min_length');
  if (!/[A-Za-z]/.test(password)) problems.push('letter');
  if (!/[0-9]/.test(password)) problems.push('digit');
  if (username && password.toLowerCase().includes(username.toLowerCase())) problems.push('contains_username');
  return problems;
}

/** A respondent without an account opens the texted link: the link's token, then the code sent to that phone. */
const InviteToken = Type.String({ pattern: '^[A-Za-z0-9_-]{20,64}$', description: 'The token in the texted link' });
export const RespondentCodeBody = Body({ token: InviteToken });
export const RespondentCodeResponse = Type.Object({
  expiresInSeconds: Type.Integer(),
  resendAfterSeconds: Type.Integer(),
  /** The phone the code went to, masked, so the respondent knows which one. */
  phoneMasked: Type.String(),
  caseNumber: Type.String(),
});
export const RespondentSessionBody = Body({
  token: InviteToken,
  code: Type.String({ pattern: '^[0-9]{6}$', description: 'The 6-digit code sent by SMS' }),
});
export const RespondentSession = Type.Composite([TokenPair, Type.Object({ caseId: Id })]);
