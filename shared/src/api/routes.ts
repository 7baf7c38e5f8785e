import { Type, type TObject, type TSchema } from '@sinclair/typebox';
import { CASE_ACTIONS } from '../case/status';
import * as S from '../schemas';
import { Id, StationCode, StringEnum } from '../schemas/common';

/**
 * The API as one table: every route's method, path, params, query, body, headers and answers,
 * built from the shared schemas. The server registers its routes' schemas from it; both front
 * ends call the API through a client typed from it (`ApiCore.call`), so a path, a field or an
 * answer's shape is written once.
 */
export interface RouteSpec {
  method: 'GET' | 'POST' | 'PATCH';
  /** The full path with `:name` params, e.g. `/api/cases/:id`. */
  path: string;
  params?: TObject;
  query?: TObject;
  body?: TSchema;
  headers?: TObject;
  /** The successful answers by status (errors are the shared ErrorResponse). */
  responses: Partial<Record<200 | 201 | 204 | 302, TSchema>>;
  /** The answer is a file (PDF, PNG), not JSON. */
  file?: true;
  /** The body is a multipart form with one file (evidence). */
  upload?: true;
  tags: string[];
  summary: string;
  /** Sent with a bearer token. */
  auth: boolean;
}

const route = <R extends RouteSpec>(r: R): R => r;
const IdParams = Type.Object({ id: Id });
const Items = <T extends TSchema>(item: T) => Type.Object({ items: Type.Array(item) });
const Ok = Type.Object({ ok: Type.Literal(true) });
const Binary = Type.Unsafe<unknown>({ type: 'string', format: 'binary' });
export const IdempotencyKey = Type.String({
  pattern: '^[A-Za-z0-9_-]{8,64}$',
  description: 'Made by the client once per intent (a claim, an action) and kept across its retries',
});
export const Lawyer = Type.Object({ id: Id, name: Type.String(), stationId: Type.Union([Id, Type.Null()]) });

const auth = {
  'auth.wechat': route({
    method: 'POST',
    path: '/api/auth/wechat',
    body: S.WechatLoginBody,
    responses: { 200: S.TokenPair },
    tags: ['auth'],
    summary: 'Worker sign-in with the code from wx.login()',
    auth: false,
  }),
  'auth.otpRequest': route({
    method: 'POST',
    path: '/api/auth/otp/request',
    body: S.OtpRequestBody,
    responses: { 200: S.OtpRequestResponse },
    tags: ['auth'],
    summary: 'Send a 6-digit sign-in code by SMS (valid 5 minutes; limited per phone and per IP)',
    auth: false,
  }),
  'auth.otpVerify': route({
    method: 'POST',
    path: '/api/auth/otp/verify',
    body: S.OtpVerifyBody,
    responses: { 200: S.TokenPair },
    tags: ['auth'],
    summary: 'Worker sign-in with phone and SMS code',
    auth: false,
  }),
  'auth.staffLogin': route({
    method: 'POST',
    path: '/api/auth/staff/login',
    body: S.StaffLoginBody,
    responses: { 200: S.TokenPair },
    tags: ['auth'],
    summary: 'Staff sign-in; 5 wrong passwords lock the account for 15 minutes',
    auth: false,
  }),
  'auth.refresh': route({
    method: 'POST',
    path: '/api/auth/refresh',
    body: S.RefreshBody,
    responses: { 200: S.TokenPair },
    tags: ['auth'],
    summary: 'Trade a refresh token for a new pair; each refresh token works once',
    auth: false,
  }),
  'auth.logout': route({
    method: 'POST',
    path: '/api/auth/logout',
    body: S.RefreshBody,
    responses: { 204: Type.Null() },
    tags: ['auth'],
    summary: 'End this session (revokes its refresh tokens)',
    auth: false,
  }),
  'auth.me': route({
    method: 'GET',
    path: '/api/auth/me',
    responses: { 200: S.Principal },
    tags: ['auth'],
    summary: 'The signed-in user',
    auth: true,
  }),
  'auth.password': route({
    method: 'POST',
    path: '/api/auth/staff/password',
    body: S.ChangePasswordBody,
    responses: { 204: Type.Null() },
    tags: ['auth'],
    summary: 'Change your own password; ends your other sessions',
    auth: true,
  }),
};

const pub = {
  'public.route': route({
    method: 'POST',
    path: '/api/public/route',
    body: S.RouteRequestBody,
    responses: { 200: S.RouteDecision },
    tags: ['public'],
    summary: 'Preview routing: the station a claim goes to and the reason',
    auth: false,
  }),
  'public.stations': route({
    method: 'GET',
    path: '/api/public/stations',
    query: S.StationListQuery,
    responses: { 200: Items(S.StationCard) },
    tags: ['public'],
    summary: 'Active stations that take claims, filterable by kind, industry and area',
    auth: false,
  }),
  'public.station': route({
    method: 'GET',
    path: '/api/public/stations/:code',
    params: Type.Object({ code: StationCode }),
    responses: { 200: S.StationCard },
    tags: ['public'],
    summary: 'A station card by its QR code (inactive stations are shown with active=false)',
    auth: false,
  }),
};

const worker = {
  'cases.file': route({
    method: 'POST',
    path: '/api/cases',
    headers: Type.Object({ 'idempotency-key': IdempotencyKey }),
    body: S.ClaimCreateBody,
    responses: { 200: S.FilingReceipt, 201: S.FilingReceipt },
    tags: ['cases'],
    summary:
      'File a claim. A retry with the same Idempotency-Key returns the same case (200) instead of filing again (201).',
    auth: true,
  }),
  'cases.mine': route({
    method: 'GET',
    path: '/api/cases',
    responses: { 200: Items(S.CaseSummary) },
    tags: ['cases'],
    summary: 'My cases, newest first',
    auth: true,
  }),
  'cases.get': route({
    method: 'GET',
    path: '/api/cases/:id',
    params: IdParams,
    responses: { 200: S.CaseView },
    tags: ['cases'],
    summary: 'One of my cases, with its timeline, deadlines and what I can do now',
    auth: true,
  }),
  'cases.messages': route({
    method: 'GET',
    path: '/api/cases/:id/messages',
    params: IdParams,
    responses: { 200: S.MessageList },
    tags: ['cases'],
    summary: 'The messages between me and the station on my case',
    auth: true,
  }),
  'cases.post': route({
    method: 'POST',
    path: '/api/cases/:id/messages',
    params: IdParams,
    body: S.MessageBody,
    responses: { 200: S.MessageList, 201: S.MessageList },
    tags: ['cases'],
    summary: 'Send the station a message (a retry with the same clientId sends nothing new)',
    auth: true,
  }),
  'cases.consentOutlet': route({
    method: 'POST',
    path: '/api/cases/:id/consents/outlet',
    params: IdParams,
    body: S.OutletConsentBody,
    responses: { 200: S.CaseView },
    tags: ['cases'],
    summary:
      "Agree (separately, PIPL art 23) that the station may hand my case to the employer's outlet to settle; send the version of the text I was shown",
    auth: true,
  }),
  'cases.upload': route({
    method: 'POST',
    path: '/api/cases/:id/evidence',
    params: IdParams,
    upload: true,
    responses: { 200: S.EvidenceView, 201: S.EvidenceView },
    tags: ['cases'],
    summary: 'Add a file to my case',
    auth: true,
  }),
  'evidence.upload': route({
    method: 'POST',
    path: '/api/evidence',
    upload: true,
    responses: { 200: S.EvidenceView, 201: S.EvidenceView },
    tags: ['cases'],
    summary:
      'Upload a file before filing (photo, screenshot, PDF, short audio); list its id in evidenceIds when filing. The same bytes again return the same file.',
    auth: true,
  }),
  'evidence.content': route({
    method: 'GET',
    path: '/api/evidence/:id/content',
    params: IdParams,
    file: true,
    responses: { 200: Binary },
    tags: ['cases'],
    summary: "A file's bytes, for its worker and the staff who may see its case; X-Content-SHA256 carries its hash",
    auth: true,
  }),
  'inbox.list': route({
    method: 'GET',
    path: '/api/inbox',
    query: S.InboxQuery,
    responses: { 200: S.InboxPage },
    tags: ['inbox'],
    summary: 'My notifications, newest first, in the Accept-Language language, with the unread count',
    auth: true,
  }),
  'inbox.read': route({
    method: 'POST',
    path: '/api/inbox/:id/read',
    params: IdParams,
    responses: { 200: Ok },
    tags: ['inbox'],
    summary: 'Mark one notification read (repeating it changes nothing)',
    auth: true,
  }),
  'inbox.readAll': route({
    method: 'POST',
    path: '/api/inbox/read-all',
    responses: { 200: Ok },
    tags: ['inbox'],
    summary: 'Mark every notification read',
    auth: true,
  }),
};

/** The action routes: one per action of the shared table, on the side whose users take it. */
const ActionParams = Type.Object({ id: Id, action: StringEnum(CASE_ACTIONS) });
const ActionHeaders = Type.Object({ 'idempotency-key': Type.Optional(IdempotencyKey) });
const actions = {
  'cases.act': route({
    method: 'POST',
    path: '/api/cases/:id/actions/:action',
    params: ActionParams,
    headers: ActionHeaders,
    body: S.CaseActionBody,
    responses: { 200: S.CaseView },
    tags: ['cases'],
    summary: 'Take an action on my case',
    auth: true,
  }),
  'admin.cases.act': route({
    method: 'POST',
    path: '/api/admin/cases/:id/actions/:action',
    params: ActionParams,
    headers: ActionHeaders,
    body: S.CaseActionBody,
    responses: { 200: S.CaseView },
    tags: ['admin'],
    summary: 'Take an action on a case',
    auth: true,
  }),
};

const adminCases = {
  'admin.cases.queue': route({
    method: 'GET',
    path: '/api/admin/cases',
    query: S.CaseQueueQuery,
    responses: { 200: S.CaseQueuePage },
    tags: ['admin'],
    summary: 'The queue: the cases I may see, filtered and searched, newest first or by due date, a page at a time',
    auth: true,
  }),
  'admin.cases.get': route({
    method: 'GET',
    path: '/api/admin/cases/:id',
    params: IdParams,
    responses: { 200: S.CaseView },
    tags: ['admin'],
    summary: 'One case I may see (others are 404)',
    auth: true,
  }),
  'admin.cases.reveal': route({
    method: 'POST',
    path: '/api/admin/cases/:id/reveal',
    params: IdParams,
    body: S.RevealBody,
    responses: { 200: S.RevealResponse },
    tags: ['admin'],
    summary: "Show the worker's full ID number or phone; the reason is recorded in the audit log",
    auth: true,
  }),
  'admin.cases.agreementPdf': route({
    method: 'GET',
    path: '/api/admin/cases/:id/agreement.pdf',
    params: IdParams,
    file: true,
    responses: { 200: Binary },
    tags: ['admin'],
    summary:
      'The mediation agreement as a PDF to print and sign (parties in full, so generating it is audited like a reveal); 409 NO_AGREEMENT before one is recorded',
    auth: true,
  }),
  'admin.cases.related': route({
    method: 'GET',
    path: '/api/admin/cases/:id/related',
    params: IdParams,
    responses: { 200: S.RelatedCases },
    tags: ['admin'],
    summary:
      'Other cases against the same respondent (same name, however written, or same credit code) that you may see',
    auth: true,
  }),
  'admin.cases.notifications': route({
    method: 'GET',
    path: '/api/admin/cases/:id/notifications',
    params: IdParams,
    responses: { 200: S.CaseNotificationList },
    tags: ['admin'],
    summary: 'What the worker was told about the case, and each delivery attempt by WeChat and SMS',
    auth: true,
  }),
  'admin.cases.messages': route({
    method: 'GET',
    path: '/api/admin/cases/:id/messages',
    params: IdParams,
    responses: { 200: S.MessageList },
    tags: ['admin'],
    summary: 'The thread on a case, with internal notes where you may read them',
    auth: true,
  }),
  'admin.cases.post': route({
    method: 'POST',
    path: '/api/admin/cases/:id/messages',
    params: IdParams,
    body: S.StaffMessageBody,
    responses: { 200: S.MessageList, 201: S.MessageList },
    tags: ['admin'],
    summary: 'Message the worker, or add an internal note (internal: true) the worker never sees',
    auth: true,
  }),
  'admin.cases.upload': route({
    method: 'POST',
    path: '/api/admin/cases/:id/evidence',
    params: IdParams,
    upload: true,
    responses: { 200: S.EvidenceView, 201: S.EvidenceView },
    tags: ['admin'],
    summary: 'Add a file to the case (e.g. the signed agreement, a payment record)',
    auth: true,
  }),
};

const admin = {
  'admin.workbench': route({
    method: 'GET',
    path: '/api/admin/workbench',
    responses: { 200: S.WorkbenchCounts },
    tags: ['admin'],
    summary:
      'Counts that matter now in your reach: new, due within 3 days, overdue, urgent, legal aid, awaiting the worker',
    auth: true,
  }),
  'admin.warnings': route({
    method: 'GET',
    path: '/api/admin/warnings',
    query: S.WarningQuery,
    responses: { 200: S.WarningList },
    tags: ['admin'],
    summary:
      'Respondents with at least minCases claims in the last days days (defaults EARLY_WARNING_MIN_CASES, EARLY_WARNING_DAYS), most first',
    auth: true,
  }),
  'admin.audit': route({
    method: 'GET',
    path: '/api/admin/audit',
    query: S.AuditQuery,
    responses: { 200: S.AuditPage },
    tags: ['admin'],
    summary: 'Audit entries, newest first; page with `before` = nextBefore',
    auth: true,
  }),
  'admin.lawyers': route({
    method: 'GET',
    path: '/api/admin/lawyers',
    responses: { 200: Items(Lawyer) },
    tags: ['admin'],
    summary: 'Active legal-aid lawyers, by name',
    auth: true,
  }),
  'admin.stations': route({
    method: 'GET',
    path: '/api/admin/stations',
    query: S.StationListQuery,
    responses: { 200: Items(S.Station) },
    tags: ['admin'],
    summary: 'All stations (filterable)',
    auth: true,
  }),
  'admin.stations.create': route({
    method: 'POST',
    path: '/api/admin/stations',
    body: S.StationCreateBody,
    responses: { 201: S.Station },
    tags: ['admin'],
    summary: 'Create a station',
    auth: true,
  }),
  'admin.stations.get': route({
    method: 'GET',
    path: '/api/admin/stations/:id',
    params: IdParams,
    responses: { 200: S.Station },
    tags: ['admin'],
    summary: 'One station',
    auth: true,
  }),
  'admin.stations.update': route({
    method: 'PATCH',
    path: '/api/admin/stations/:id',
    params: IdParams,
    body: S.StationUpdateBody,
    responses: { 200: S.Station },
    tags: ['admin'],
    summary: 'Edit a station (send only the fields that change; active=false takes it out of routing)',
    auth: true,
  }),
  'admin.stations.qr': route({
    method: 'GET',
    path: '/api/admin/stations/:id/qr',
    params: IdParams,
    query: S.QrQuery,
    file: true,
    responses: { 200: Binary },
    tags: ['admin'],
    summary: "The station's printable QR code (PNG or SVG) for PUBLIC_BASE_URL/s/<code>",
    auth: true,
  }),
  'admin.stations.poster': route({
    method: 'GET',
    path: '/api/admin/stations/:id/poster.pdf',
    params: IdParams,
    file: true,
    responses: { 200: Binary },
    tags: ['admin'],
    summary:
      "The station's A4 poster to print: its name, the QR code, one line of instructions, address, hours and phone",
    auth: true,
  }),
  'admin.staff': route({
    method: 'GET',
    path: '/api/admin/staff',
    query: S.StaffListQuery,
    responses: { 200: Items(S.StaffAccount) },
    tags: ['admin'],
    summary: 'Staff accounts in your reach',
    auth: true,
  }),
  'admin.staff.create': route({
    method: 'POST',
    path: '/api/admin/staff',
    body: S.StaffCreateBody,
    responses: { 201: S.StaffAccount },
    tags: ['admin'],
    summary: 'Create an account (a station admin: mediators and station admins of their station or its outlets)',
    auth: true,
  }),
  'admin.staff.update': route({
    method: 'PATCH',
    path: '/api/admin/staff/:id',
    params: IdParams,
    body: S.StaffUpdateBody,
    responses: { 200: S.StaffAccount },
    tags: ['admin'],
    summary: 'Change name, role or station, or disable / enable (ends the sessions of a disabled account)',
    auth: true,
  }),
  'admin.staff.password': route({
    method: 'POST',
    path: '/api/admin/staff/:id/password',
    params: IdParams,
    body: S.PasswordResetBody,
    responses: { 200: Ok },
    tags: ['admin'],
    summary: 'Set a new password (clears a lockout, ends the sessions)',
    auth: true,
  }),
};

export const ROUTES = { ...auth, ...pub, ...worker, ...actions, ...adminCases, ...admin };
export type Routes = typeof ROUTES;
export type RouteName = keyof Routes;
