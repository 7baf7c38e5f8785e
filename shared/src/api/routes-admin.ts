import * as S from '../schemas';
import { statsDefinitionsText } from '../case/statistics';
import { Binary, Consultant, IdParams, Items, Lawyer, Ok, route } from './route-spec';

/** The staff API: cases, and the network, accounts and oversight. */
export const ADMIN_CASE_ROUTES = {
  'admin.cases.queue': route('admin.cases.queue', {
    query: S.CaseQueueQuery,
    responses: { 200: S.CaseQueuePage },
    tags: ['admin'],
    summary: 'The queue: the cases I may see, filtered and searched, newest first or by due date, a page at a time',
  }),
  'admin.cases.get': route('admin.cases.get', {
    params: IdParams,
    responses: { 200: S.CaseView },
    tags: ['admin'],
    summary: 'One case I may see (others are 404)',
  }),
  'admin.cases.reveal': route('admin.cases.reveal', {
    params: IdParams,
    body: S.RevealBody,
    responses: { 200: S.RevealResponse },
    tags: ['admin'],
    summary: "Show the worker's full ID number or phone; the reason is recorded in the audit log",
  }),
  'admin.cases.agreementPdf': route('admin.cases.agreementPdf', {
    params: IdParams,
    responses: { 200: Binary },
    tags: ['admin'],
    summary:
      'The mediation agreement as a PDF to print and sign (parties in full, so generating it is audited like a reveal); 409 NO_AGREEMENT before one is recorded',
  }),
  'admin.cases.arbitrationPdf': route('admin.cases.arbitrationPdf', {
    params: IdParams,
    responses: { 200: Binary },
    tags: ['admin'],
    summary:
      'The arbitration application generated from the claim (parties in full, audited like a reveal); 409 NO_ARBITRATION before the worker applied',
  }),
  'admin.cases.confirmationPdf': route('admin.cases.confirmationPdf', {
    params: IdParams,
    responses: { 200: Binary },
    tags: ['admin'],
    summary: 'The joint application to confirm the agreement (parties in full, audited like a reveal)',
  }),
  'admin.cases.paymentOrderPdf': route('admin.cases.paymentOrderPdf', {
    params: IdParams,
    responses: { 200: Binary },
    tags: ['admin'],
    summary: 'The payment-order application (parties in full, audited like a reveal)',
  }),
  'admin.cases.enforcementPdf': route('admin.cases.enforcementPdf', {
    params: IdParams,
    responses: { 200: Binary },
    tags: ['admin'],
    summary: 'The enforcement application (parties in full, audited like a reveal)',
  }),
  'admin.cases.applicationPdf': route('admin.cases.applicationPdf', {
    params: IdParams,
    responses: { 200: Binary },
    tags: ['admin'],
    summary:
      "The worker's mediation application as filed (the same copy the worker keeps: ID number and phone masked); 410 PERSONAL_DATA_PURGED after retention",
  }),
  'admin.cases.related': route('admin.cases.related', {
    params: IdParams,
    responses: { 200: S.RelatedCases },
    tags: ['admin'],
    summary:
      'Other cases against the same respondent (same name, however written, or same credit code) that you may see',
  }),
  'admin.cases.notifications': route('admin.cases.notifications', {
    params: IdParams,
    responses: { 200: S.CaseNotificationList },
    tags: ['admin'],
    summary: 'What the worker was told about the case, and each delivery attempt by WeChat and SMS',
  }),
  'admin.cases.messages': route('admin.cases.messages', {
    params: IdParams,
    responses: { 200: S.MessageList },
    tags: ['admin'],
    summary: 'The thread on a case, with internal notes where you may read them',
  }),
  'admin.cases.post': route('admin.cases.post', {
    params: IdParams,
    body: S.StaffMessageBody,
    responses: { 200: S.MessageList, 201: S.MessageList },
    tags: ['admin'],
    summary: 'Message the worker, or add an internal note (internal: true) the worker never sees',
  }),
  'admin.cases.upload': route('admin.cases.upload', {
    params: IdParams,
    responses: { 200: S.EvidenceView, 201: S.EvidenceView },
    tags: ['admin'],
    summary: 'Add a file to the case (e.g. the signed agreement, a payment record)',
  }),
};

export const ADMIN_ROUTES = {
  'admin.workbench': route('admin.workbench', {
    responses: { 200: S.WorkbenchCounts },
    tags: ['admin'],
    summary:
      'Counts that matter now in your reach: new, due within 3 days, overdue, urgent, legal aid, awaiting the worker',
  }),
  'admin.warnings': route('admin.warnings', {
    query: S.WarningQuery,
    responses: { 200: S.WarningList },
    tags: ['admin'],
    summary:
      'Respondents (one across spellings: credit code, else the name without legal form, outlet or branch) with claims from at least minCases different workers in the last days days (defaults EARLY_WARNING_MIN_CASES, EARLY_WARNING_DAYS), most workers first (the first limit), each with its latest 10 cases, the totals and whether the supervisors were told',
  }),
  'admin.respondents.get': route('admin.respondents.get', {
    params: S.RespondentParams,
    query: S.RespondentQuery,
    responses: { 200: S.RespondentView },
    tags: ['admin'],
    summary:
      'One respondent across spellings: every claim against it that you may see (paged, newest first), outcomes, amounts claimed, agreed and paid, defaults, and its early warnings',
  }),
  'admin.stats': route('admin.stats', {
    query: S.StatsQuery,
    responses: { 200: S.StatsReport },
    tags: ['admin'],
    summary: 'Statistics of a period in your reach: the figures, by station, industry, claim type or month',
    description: statsDefinitionsText(),
  }),
  'admin.stats.export': route('admin.stats.export', {
    query: S.StatsExportQuery,
    responses: { 200: Binary },
    tags: ['admin'],
    summary:
      "The same statistics as an Excel workbook (.xlsx): the figures, a sheet per grouping and the case list behind them; the workers' names and phones only with reveal=true and a reason (audited)",
    description: statsDefinitionsText(),
  }),
  'admin.stats.report': route('admin.stats.report', {
    query: S.StatsReportQuery,
    responses: { 200: Binary },
    tags: ['admin'],
    summary:
      "The month's printable report for the bureau (PDF): the figures, per station and per industry, and the definitions",
    description: statsDefinitionsText(),
  }),
  'admin.audit': route('admin.audit', {
    query: S.AuditQuery,
    responses: { 200: S.AuditPage },
    tags: ['admin'],
    summary: 'Audit entries, newest first; page with `before` = nextBefore',
  }),
  'admin.notices': route('admin.notices', {
    responses: { 200: S.StaffNoticeList },
    tags: ['admin'],
    summary: 'What I am told about cases that concern me (a case dispatched to my outlet, a consultation I sit on)',
  }),
  'admin.notices.read': route('admin.notices.read', {
    params: IdParams,
    responses: { 200: Ok },
    tags: ['admin'],
    summary: 'Mark one of my notices read',
  }),
  'admin.figures': route('admin.figures', {
    responses: { 200: Items(S.LocalFigureView) },
    tags: ['admin'],
    summary: 'Every version of every local figure (any staff account reads them), newest first',
  }),
  'admin.figures.create': route('admin.figures.create', {
    body: S.LocalFigureBody,
    responses: { 201: S.LocalFigureView },
    tags: ['admin'],
    summary:
      'Enter a local figure (system admin): a new version; the same area, kind and day again is a correction with the next version number',
  }),
  'admin.holidays': route('admin.holidays', {
    responses: { 200: S.HolidayYears },
    tags: ['admin'],
    summary:
      "This year and the next two: whether the clock has each year's holidays (the fixed and lunar dates, and the State Council's notice)",
  }),
  'admin.consultants': route('admin.consultants', {
    responses: { 200: Items(Consultant) },
    tags: ['admin'],
    summary:
      'Active accounts that may sit on an urgent consultation (arbitrators, mediators, legal-aid lawyers, supervisors), by name',
  }),
  'admin.lawyers': route('admin.lawyers', {
    responses: { 200: Items(Lawyer) },
    tags: ['admin'],
    summary: 'Active legal-aid lawyers, by name',
  }),
  'admin.stations': route('admin.stations', {
    query: S.StationListQuery,
    responses: { 200: Items(S.Station) },
    tags: ['admin'],
    summary: 'All stations (filterable)',
  }),
  'admin.stations.create': route('admin.stations.create', {
    body: S.StationCreateBody,
    responses: { 201: S.Station },
    tags: ['admin'],
    summary: 'Create a station',
  }),
  'admin.stations.get': route('admin.stations.get', {
    params: IdParams,
    responses: { 200: S.Station },
    tags: ['admin'],
    summary: 'One station',
  }),
  'admin.stations.update': route('admin.stations.update', {
    params: IdParams,
    body: S.StationUpdateBody,
    responses: { 200: S.Station },
    tags: ['admin'],
    summary: 'Edit a station (send only the fields that change; active=false takes it out of routing)',
  }),
  'admin.stations.qr': route('admin.stations.qr', {
    params: IdParams,
    query: S.QrQuery,
    responses: { 200: Binary },
    tags: ['admin'],
    summary: "The station's printable QR code (PNG or SVG) for PUBLIC_BASE_URL/s/<code>",
  }),
  'admin.stations.poster': route('admin.stations.poster', {
    params: IdParams,
    responses: { 200: Binary },
    tags: ['admin'],
    summary:
      "The station's A4 poster to print: its name, the QR code, one line of instructions, address, hours and phone",
  }),
  'admin.staff': route('admin.staff', {
    query: S.StaffListQuery,
    responses: { 200: Items(S.StaffAccount) },
    tags: ['admin'],
    summary: 'Staff accounts in your reach',
  }),
  'admin.staff.create': route('admin.staff.create', {
    body: S.StaffCreateBody,
    responses: { 201: S.StaffAccount },
    tags: ['admin'],
    summary: 'Create an account (a station admin: mediators and station admins of their station or its outlets)',
  }),
  'admin.staff.update': route('admin.staff.update', {
    params: IdParams,
    body: S.StaffUpdateBody,
    responses: { 200: S.StaffAccount },
    tags: ['admin'],
    summary: 'Change name, role or station, or disable / enable (ends the sessions of a disabled account)',
  }),
  'admin.staff.password': route('admin.staff.password', {
    params: IdParams,
    body: S.PasswordResetBody,
    responses: { 200: Ok },
    tags: ['admin'],
    summary: 'Set a new password (clears a lockout, ends the sessions)',
  }),
};
