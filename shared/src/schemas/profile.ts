import { Type, type Static } from '@sinclair/typebox';
import { INDUSTRY, WORK_MODE } from '../enums';
import { AREA_CODE_PATTERN } from '../routing/area';
import { idNumberProblem } from '../validators';
import type { FieldError } from '../errors';
import { IsoDateTime, Name, StringEnum } from './common';
import { Nullable, Text } from './actions';

/**
 * What a worker fills in once and every claim starts from (issue 17): who they are, the work they
 * do and for whom. Name and ID number are sealed at rest; the phone is the one verified at
 * sign-in, not typed here. Every field may be empty (null) until the worker fills it in.
 */
const PROFILE_FIELDS = {
  name: Nullable(Name(50, 2)),
  idNumber: Nullable(Type.String({ pattern: '^[1-9][0-9]{16}[0-9Xx]$', description: 'Resident ID card number' })),
  industry: Nullable(StringEnum(INDUSTRY.values)),
  workMode: Nullable(StringEnum(WORK_MODE.values)),
  areaCode: Nullable(Type.String({ pattern: AREA_CODE_PATTERN, description: 'Where the work is usually done' })),
  /** The platform or company the worker works for (the claim's respondent by default). */
  employer: Nullable(Name(100, 2)),
  /** The usual outlet, station or depot, and its address. */
  outletName: Nullable(Name(100)),
  outletAddress: Nullable(Text(300)),
};

/** A change to the profile: only the fields sent change; null empties a field. */
export const ProfileUpdateBody = Type.Partial(Type.Object(PROFILE_FIELDS), {
  additionalProperties: false,
  minProperties: 1,
  examples: [{ name: '王小明', industry: 'courier', employer: '某某快递服务有限公司', outletName: '五马网点' }],
});
export type ProfileUpdateBody = Static<typeof ProfileUpdateBody>;

/** The worker's own profile, to the worker only (the ID number whole, to prefill a claim). */
export const WorkerProfile = Type.Object({
  ...PROFILE_FIELDS,
  /** The phone verified at sign-in (null for a WeChat sign-in without one). */
  phone: Nullable(Type.String()),
  updatedAt: Nullable(IsoDateTime),
});
export type WorkerProfile = Static<typeof WorkerProfile>;

/** The profile's checks beyond its schema (the ID card's checksum), for the server and the app. */
export function profileProblems(body: Partial<ProfileUpdateBody>): FieldError[] {
  const p = body.idNumber ? idNumberProblem(body.idNumber) : null;
  return p ? [{ path: '/idNumber', rule: p, message: `not a valid ID number (${p})` }] : [];
}
