/**
 * Every route's method, path and whether it needs a token (a file answer, an upload): all a client
 * needs at run time, with no schemas, so the phone does not download the server's table. The
 * route table (routes.ts) adds the schemas and docs to each entry by name.
 */
export interface RouteBasics {
  method: 'GET' | 'POST' | 'PATCH';
  /** The full path with `:name` params, e.g. `/api/cases/:id`. */
  path: string;
  /** Sent with a bearer token. */
  auth: boolean;
  /** The answer is a file (PDF, PNG), not JSON. */
  file?: true;
  /** The body is a multipart form with one file (evidence). */
  upload?: true;
}

export const ROUTE_INDEX = {
  'auth.wechat': { method: 'POST', path: '/api/auth/wechat', auth: false },
  'auth.otpRequest': { method: 'POST', path: '/api/auth/otp/request', auth: false },
  'auth.otpVerify': { method: 'POST', path: '/api/auth/otp/verify', auth: false },
  'auth.respondentCode': { method: 'POST', path: '/api/auth/respondent/code', auth: false },
  'auth.respondentSession': { method: 'POST', path: '/api/auth/respondent/session', auth: false },
  'auth.staffLogin': { method: 'POST', path: '/api/auth/staff/login', auth: false },
  'auth.refresh': { method: 'POST', path: '/api/auth/refresh', auth: false },
  'auth.logout': { method: 'POST', path: '/api/auth/logout', auth: false },
  'auth.me': { method: 'GET', path: '/api/auth/me', auth: true },
  'auth.password': { method: 'POST', path: '/api/auth/staff/password', auth: true },
  'public.route': { method: 'POST', path: '/api/public/route', auth: false },
  'public.stations': { method: 'GET', path: '/api/public/stations', auth: false },
  'public.station': { method: 'GET', path: '/api/public/stations/:code', auth: false },
  'public.figures': { method: 'GET', path: '/api/public/figures', auth: false },
  'cases.file': { method: 'POST', path: '/api/cases', auth: true },
  'cases.mine': { method: 'GET', path: '/api/cases', auth: true },
  'cases.get': { method: 'GET', path: '/api/cases/:id', auth: true },
  'cases.messages': { method: 'GET', path: '/api/cases/:id/messages', auth: true },
  'cases.post': { method: 'POST', path: '/api/cases/:id/messages', auth: true },
  'cases.consentOutlet': { method: 'POST', path: '/api/cases/:id/consents/outlet', auth: true },
  'cases.agreementPdf': { method: 'GET', path: '/api/cases/:id/agreement.pdf', auth: true, file: true },
  'cases.arbitrationPdf': {
    method: 'GET',
    path: '/api/cases/:id/arbitration-application.pdf',
    auth: true,
    file: true,
  },
  'cases.confirmationPdf': {
    method: 'GET',
    path: '/api/cases/:id/confirmation-application.pdf',
    auth: true,
    file: true,
  },
  'cases.paymentOrderPdf': {
    method: 'GET',
    path: '/api/cases/:id/payment-order-application.pdf',
    auth: true,
    file: true,
  },
  'cases.enforcementPdf': {
    method: 'GET',
    path: '/api/cases/:id/enforcement-application.pdf',
    auth: true,
    file: true,
  },
  'cases.upload': { method: 'POST', path: '/api/cases/:id/evidence', auth: true, upload: true },
  'evidence.upload': { method: 'POST', path: '/api/evidence', auth: true, upload: true },
  'evidence.content': { method: 'GET', path: '/api/evidence/:id/content', auth: true, file: true },
  'inbox.list': { method: 'GET', path: '/api/inbox', auth: true },
  'inbox.read': { method: 'POST', path: '/api/inbox/:id/read', auth: true },
  'inbox.readAll': { method: 'POST', path: '/api/inbox/read-all', auth: true },
  'cases.act': { method: 'POST', path: '/api/cases/:id/actions/:action', auth: true },
  'admin.cases.act': { method: 'POST', path: '/api/admin/cases/:id/actions/:action', auth: true },
  'admin.cases.queue': { method: 'GET', path: '/api/admin/cases', auth: true },
  'admin.cases.get': { method: 'GET', path: '/api/admin/cases/:id', auth: true },
  'admin.cases.reveal': { method: 'POST', path: '/api/admin/cases/:id/reveal', auth: true },
  'admin.cases.agreementPdf': { method: 'GET', path: '/api/admin/cases/:id/agreement.pdf', auth: true, file: true },
  'admin.cases.arbitrationPdf': {
    method: 'GET',
    path: '/api/admin/cases/:id/arbitration-application.pdf',
    auth: true,
    file: true,
  },
  'admin.cases.confirmationPdf': {
    method: 'GET',
    path: '/api/admin/cases/:id/confirmation-application.pdf',
    auth: true,
    file: true,
  },
  'admin.cases.paymentOrderPdf': {
    method: 'GET',
    path: '/api/admin/cases/:id/payment-order-application.pdf',
    auth: true,
    file: true,
  },
  'admin.cases.enforcementPdf': {
    method: 'GET',
    path: '/api/admin/cases/:id/enforcement-application.pdf',
    auth: true,
    file: true,
  },
  'admin.cases.related': { method: 'GET', path: '/api/admin/cases/:id/related', auth: true },
  'admin.cases.notifications': { method: 'GET', path: '/api/admin/cases/:id/notifications', auth: true },
  'admin.cases.messages': { method: 'GET', path: '/api/admin/cases/:id/messages', auth: true },
  'admin.cases.post': { method: 'POST', path: '/api/admin/cases/:id/messages', auth: true },
  'admin.cases.upload': { method: 'POST', path: '/api/admin/cases/:id/evidence', auth: true, upload: true },
  'admin.workbench': { method: 'GET', path: '/api/admin/workbench', auth: true },
  'admin.warnings': { method: 'GET', path: '/api/admin/warnings', auth: true },
  'admin.audit': { method: 'GET', path: '/api/admin/audit', auth: true },
  'admin.notices': { method: 'GET', path: '/api/admin/notices', auth: true },
  'admin.notices.read': { method: 'POST', path: '/api/admin/notices/:id/read', auth: true },
  'admin.figures': { method: 'GET', path: '/api/admin/figures', auth: true },
  'admin.figures.create': { method: 'POST', path: '/api/admin/figures', auth: true },
  'admin.holidays': { method: 'GET', path: '/api/admin/holidays', auth: true },
  'admin.consultants': { method: 'GET', path: '/api/admin/consultants', auth: true },
  'admin.lawyers': { method: 'GET', path: '/api/admin/lawyers', auth: true },
  'admin.stations': { method: 'GET', path: '/api/admin/stations', auth: true },
  'admin.stations.create': { method: 'POST', path: '/api/admin/stations', auth: true },
  'admin.stations.get': { method: 'GET', path: '/api/admin/stations/:id', auth: true },
  'admin.stations.update': { method: 'PATCH', path: '/api/admin/stations/:id', auth: true },
  'admin.stations.qr': { method: 'GET', path: '/api/admin/stations/:id/qr', auth: true, file: true },
  'admin.stations.poster': { method: 'GET', path: '/api/admin/stations/:id/poster.pdf', auth: true, file: true },
  'admin.staff': { method: 'GET', path: '/api/admin/staff', auth: true },
  'admin.staff.create': { method: 'POST', path: '/api/admin/staff', auth: true },
  'admin.staff.update': { method: 'PATCH', path: '/api/admin/staff/:id', auth: true },
  'admin.staff.password': { method: 'POST', path: '/api/admin/staff/:id/password', auth: true },
} as const satisfies Record<string, RouteBasics>;
export type RouteName = keyof typeof ROUTE_INDEX;
