import { Type } from '@sinclair/typebox';
import { CASE_ACTIONS } from '../case/status';
import * as S from '../schemas';
import { Body, Id, StationCode, StringEnum } from '../schemas/common';
import { Binary, IdParams, IdempotencyKey, Items, Ok, route } from './route-spec';

/** Sign-in, what anyone may read, and the worker's own API. */
export const AUTH_ROUTES = {
  'auth.wechat': route('auth.wechat', {
    body: S.WechatLoginBody,
    responses: { 200: S.TokenPair },
    tags: ['auth'],
    summary: 'Worker sign-in with the code from wx.login()',
  }),
  'auth.otpRequest': route('auth.otpRequest', {
    body: S.OtpRequestBody,
    responses: { 200: S.OtpRequestResponse },
    tags: ['auth'],
    summary: 'Send a 6-digit sign-in code by SMS (valid 5 minutes; limited per phone and per IP)',
  }),
  'auth.otpVerify': route('auth.otpVerify', {
    body: S.OtpVerifyBody,
    responses: { 200: S.TokenPair },
    tags: ['auth'],
    summary: 'Worker sign-in with phone and SMS code',
  }),
  'auth.respondentCode': route('auth.respondentCode', {
    body: S.RespondentCodeBody,
    responses: { 200: S.RespondentCodeResponse },
    tags: ['auth'],
    summary:
      'A respondent without an account opened the texted link: send a code to the phone it was texted to (limited as sign-in codes are)',
  }),
  'auth.respondentSession': route('auth.respondentSession', {
    body: S.RespondentSessionBody,
    responses: { 200: S.RespondentSession },
    tags: ['auth'],
    summary:
      "With the link's token and the code: a session for that one case as its outlet's respondent (the staff API, that case only)",
  }),
  'auth.staffLogin': route('auth.staffLogin', {
    body: S.StaffLoginBody,
    responses: { 200: S.TokenPair },
    tags: ['auth'],
    summary: 'Staff sign-in; 5 wrong passwords lock the account for 15 minutes',
  }),
  'auth.refresh': route('auth.refresh', {
    body: S.RefreshBody,
    responses: { 200: S.TokenPair },
    tags: ['auth'],
    summary: 'Trade a refresh token for a new pair; each refresh token works once',
  }),
  'auth.logout': route('auth.logout', {
    body: S.RefreshBody,
    responses: { 204: Type.Null() },
    tags: ['auth'],
    summary: 'End this session (revokes its refresh tokens)',
  }),
  'auth.me': route('auth.me', {
    responses: { 200: S.Principal },
    tags: ['auth'],
    summary: 'The signed-in user',
  }),
  'auth.password': route('auth.password', {
    body: S.ChangePasswordBody,
    responses: { 204: Type.Null() },
    tags: ['auth'],
    summary: 'Change your own password; ends your other sessions',
  }),
};

export const PUBLIC_ROUTES = {
  'public.route': route('public.route', {
    body: S.RouteRequestBody,
    responses: { 200: S.RouteDecision },
    tags: ['public'],
    summary: 'Preview routing: the station a claim goes to and the reason',
  }),
  'public.stations': route('public.stations', {
    query: S.StationListQuery,
    responses: { 200: Items(S.StationCard) },
    tags: ['public'],
    summary: 'Active stations that take claims, filterable by kind, industry and area',
  }),
  'public.station': route('public.station', {
    params: Type.Object({ code: StationCode }),
    responses: { 200: S.StationCard },
    tags: ['public'],
    summary: 'A station card by its QR code (inactive stations are shown with active=false)',
  }),
  'public.figures': route('public.figures', {
    query: S.FiguresQuery,
    responses: { 200: S.FiguresInForce },
    tags: ['public'],
    summary:
      'The local figures in force for a place on a day (default today in China): average and minimum wages, the double-wage look-back; the calculators read them',
  }),
};

export const WORKER_ROUTES = {
  'cases.file': route('cases.file', {
    headers: Type.Object({ 'idempotency-key': IdempotencyKey }),
    body: S.ClaimCreateBody,
    responses: { 200: S.FilingReceipt, 201: S.FilingReceipt },
    tags: ['cases'],
    summary:
      'File a claim. A retry with the same Idempotency-Key returns the same case (200) instead of filing again (201).',
  }),
  'cases.mine': route('cases.mine', {
    responses: { 200: Items(S.CaseSummary) },
    tags: ['cases'],
    summary: 'My cases, newest first',
  }),
  'cases.get': route('cases.get', {
    params: IdParams,
    responses: { 200: S.CaseView },
    tags: ['cases'],
    summary: 'One of my cases, with its timeline, deadlines and what I can do now',
  }),
  'cases.messages': route('cases.messages', {
    params: IdParams,
    responses: { 200: S.MessageList },
    tags: ['cases'],
    summary: 'The messages between me and the station on my case',
  }),
  'cases.post': route('cases.post', {
    params: IdParams,
    body: S.MessageBody,
    responses: { 200: S.MessageList, 201: S.MessageList },
    tags: ['cases'],
    summary: 'Send the station a message (a retry with the same clientId sends nothing new)',
  }),
  'cases.consentOutlet': route('cases.consentOutlet', {
    params: IdParams,
    body: S.OutletConsentBody,
    responses: { 200: S.CaseView },
    tags: ['cases'],
    summary:
      "Agree (separately, PIPL art 23) that the station may hand my case to the employer's outlet to settle; send the version of the text I was shown",
  }),
  'cases.agreementPdf': route('cases.agreementPdf', {
    params: IdParams,
    responses: { 200: Binary },
    tags: ['cases'],
    summary: 'The mediation agreement of my case as a PDF, to read in full before signing; 409 NO_AGREEMENT before one',
  }),
  'cases.arbitrationPdf': route('cases.arbitrationPdf', {
    params: IdParams,
    responses: { 200: Binary },
    tags: ['cases'],
    summary:
      'The arbitration application (仲裁申请书) generated from my claim, to check and sign; 409 NO_ARBITRATION before I applied',
  }),
  'cases.confirmationPdf': route('cases.confirmationPdf', {
    params: IdParams,
    responses: { 200: Binary },
    tags: ['cases'],
    summary:
      'The joint application to confirm my agreement (司法确认 or 仲裁审查确认), with both consents; 409 NO_CONFIRMATION before I applied',
  }),
  'cases.paymentOrderPdf': route('cases.paymentOrderPdf', {
    params: IdParams,
    responses: { 200: Binary },
    tags: ['cases'],
    summary:
      'The payment-order application (支付令申请书) on the unpaid agreed items; 409 NO_PAYMENT_ORDER before I applied',
  }),
  'cases.enforcementPdf': route('cases.enforcementPdf', {
    params: IdParams,
    responses: { 200: Binary },
    tags: ['cases'],
    summary:
      'The enforcement application (强制执行申请书) on the ruling confirming my agreement or a payment order in force; 409 NOTHING_TO_ENFORCE before either',
  }),
  'cases.applicationPdf': route('cases.applicationPdf', {
    params: IdParams,
    responses: { 200: Binary },
    tags: ['cases'],
    summary:
      'My mediation application (劳动争议调解申请书) as filed, to keep: the claim, the evidence with its hashes, my ID number and phone masked; 410 PERSONAL_DATA_PURGED after retention',
  }),
  'cases.upload': route('cases.upload', {
    params: IdParams,
    responses: { 200: S.EvidenceView, 201: S.EvidenceView },
    tags: ['cases'],
    summary: 'Add a file to my case',
  }),
  'evidence.upload': route('evidence.upload', {
    responses: { 200: S.EvidenceView, 201: S.EvidenceView },
    tags: ['cases'],
    summary:
      'Upload a file before filing (photo, screenshot, PDF, short audio); list its id in evidenceIds when filing. The same bytes again return the same file.',
  }),
  'evidence.content': route('evidence.content', {
    params: IdParams,
    responses: { 200: Binary },
    tags: ['cases'],
    summary: "A file's bytes, for its worker and the staff who may see its case; X-Content-SHA256 carries its hash",
  }),
  'inbox.list': route('inbox.list', {
    query: S.InboxQuery,
    responses: { 200: S.InboxPage },
    tags: ['inbox'],
    summary: 'My notifications, newest first, in the Accept-Language language, with the unread count',
  }),
  'inbox.read': route('inbox.read', {
    params: IdParams,
    responses: { 200: Ok },
    tags: ['inbox'],
    summary: 'Mark one notification read (repeating it changes nothing)',
  }),
  'inbox.readAll': route('inbox.readAll', {
    responses: { 200: Ok },
    tags: ['inbox'],
    summary: 'Mark every notification read',
  }),
  'me.profile': route('me.profile', {
    responses: { 200: S.WorkerProfile },
    tags: ['me'],
    summary: 'My profile, which every new claim starts from (the ID number whole: only to me)',
  }),
  'me.profileUpdate': route('me.profileUpdate', {
    body: S.ProfileUpdateBody,
    responses: { 200: S.WorkerProfile },
    tags: ['me'],
    summary: 'Change my profile: only the fields sent change, null empties one; the ID number is checked (GB 11643)',
  }),
  'me.phoneWechat': route('me.phoneWechat', {
    body: Body({
      code: Type.String({ minLength: 1, maxLength: 128, description: 'e.detail.code from the getPhoneNumber button' }),
    }),
    responses: { 200: S.WorkerProfile },
    tags: ['me'],
    summary:
      "Set my phone to the one I have bound to WeChat (the getPhoneNumber button's code, exchanged with WeChat); 409 PHONE_IN_USE when another account has it",
  }),
  'me.workLog': route('me.workLog', {
    query: S.WorkLogQuery,
    responses: { 200: S.WorkLogPage },
    tags: ['me'],
    summary:
      'My work record in a date range (all when none): entries oldest first with their hashes, summaries by ISO week and month (hourly pay after deductions), and whether the whole chain is intact',
  }),
  'me.workLogSave': route('me.workLogSave', {
    headers: Type.Object({ 'idempotency-key': IdempotencyKey }),
    body: S.WorkLogEntryBody,
    responses: { 200: S.WorkLogSaved, 201: S.WorkLogSaved },
    tags: ['me'],
    summary:
      'Add an entry to my work record, hash-stamped by the server (SHA-256 over the canonical form, chained to my previous entry); a retry with the same Idempotency-Key returns the same entry (200). Entries are never edited: a correction names the entry it corrects',
  }),
  'me.workLogErase': route('me.workLogErase', {
    body: S.WorkLogEraseBody,
    responses: { 200: S.WorkLogErased },
    tags: ['me'],
    summary:
      'Erase my whole work record (PIPL art 47) with its screenshots not attached to a claim; what a claim holds as evidence stays with that case. A new record starts a new chain',
  }),
  'me.dataRequestLetter': route('me.dataRequestLetter', {
    query: S.DataRequestQuery,
    responses: { 200: Binary },
    tags: ['me'],
    summary:
      'A letter to the platform asking for my own data (orders, income, deductions, penalties, account suspension reasons) under PIPL arts 45 and 24, filled in from my profile',
  }),
  'cases.attachWorkLog': route('cases.attachWorkLog', {
    params: IdParams,
    body: S.WorkLogAttachBody,
    responses: { 200: S.EvidenceView, 201: S.EvidenceView },
    tags: ['cases'],
    summary:
      'Attach a date range of my work record to my case: a PDF listing each entry with its hash and the chain, kept as evidence of category work_record (the same range unchanged again returns the same file)',
  }),
};

/** The action routes: one per action of the shared table, on the side whose users take it. */
const ActionParams = Type.Object({ id: Id, action: StringEnum(CASE_ACTIONS) });
const ActionHeaders = Type.Object({ 'idempotency-key': Type.Optional(IdempotencyKey) });
export const ACTION_ROUTES = {
  'cases.act': route('cases.act', {
    params: ActionParams,
    headers: ActionHeaders,
    body: S.CaseActionBody,
    responses: { 200: S.CaseView },
    tags: ['cases'],
    summary: 'Take an action on my case',
  }),
  'admin.cases.act': route('admin.cases.act', {
    params: ActionParams,
    headers: ActionHeaders,
    body: S.CaseActionBody,
    responses: { 200: S.CaseView },
    tags: ['admin'],
    summary: 'Take an action on a case',
  }),
};
