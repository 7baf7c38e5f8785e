import type { RouteBasics } from './route-index';

/**
 * The routes the worker's mini-program calls (signing in, the public pages, their own cases, the
 * inbox and their details): the part of ROUTE_INDEX (route-index.ts) its client core carries, so a
 * phone does not download the staff page's routes.
 */
export const WORKER_ROUTE_INDEX = {
  'auth.wechat': { method: 'POST', path: '/api/auth/wechat', auth: false },
  'auth.otpRequest': { method: 'POST', path: '/api/auth/otp/request', auth: false },
  'auth.otpVerify': { method: 'POST', path: '/api/auth/otp/verify', auth: false },
  'auth.refresh': { method: 'POST', path: '/api/auth/refresh', auth: false },
  'auth.logout': { method: 'POST', path: '/api/auth/logout', auth: false },
  'auth.me': { method: 'GET', path: '/api/auth/me', auth: true },
  'public.route': { method: 'POST', path: '/api/public/route', auth: false },
  'public.stations': { method: 'GET', path: '/api/public/stations', auth: false },
  'public.station': { method: 'GET', path: '/api/public/stations/:code', auth: false },
  'public.figures': { method: 'GET', path: '/api/public/figures', auth: false },
  'public.knowledge.search': { method: 'GET', path: '/api/public/knowledge', auth: false },
  'public.knowledge.get': { method: 'GET', path: '/api/public/knowledge/:id', auth: false },
  'public.knowledge.similar': { method: 'POST', path: '/api/public/knowledge/similar', auth: false },
  'public.qa': { method: 'POST', path: '/api/public/qa', auth: false },
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
  'cases.applicationPdf': { method: 'GET', path: '/api/cases/:id/application.pdf', auth: true, file: true },
  'cases.upload': { method: 'POST', path: '/api/cases/:id/evidence', auth: true, upload: true },
  'evidence.upload': { method: 'POST', path: '/api/evidence', auth: true, upload: true },
  'evidence.content': { method: 'GET', path: '/api/evidence/:id/content', auth: true, file: true },
  'inbox.list': { method: 'GET', path: '/api/inbox', auth: true },
  'inbox.read': { method: 'POST', path: '/api/inbox/:id/read', auth: true },
  'inbox.readAll': { method: 'POST', path: '/api/inbox/read-all', auth: true },
  'me.profile': { method: 'GET', path: '/api/me/profile', auth: true },
  'me.profileUpdate': { method: 'PATCH', path: '/api/me/profile', auth: true },
  'me.phoneWechat': { method: 'POST', path: '/api/me/phone/wechat', auth: true },
  'me.workLog': { method: 'GET', path: '/api/me/work-log', auth: true },
  'me.workLogSave': { method: 'POST', path: '/api/me/work-log', auth: true },
  'me.workLogErase': { method: 'POST', path: '/api/me/work-log/erase', auth: true },
  'me.dataRequestLetter': { method: 'GET', path: '/api/me/data-request-letter.pdf', auth: true, file: true },
  'cases.attachWorkLog': { method: 'POST', path: '/api/cases/:id/work-log', auth: true },
  'cases.act': { method: 'POST', path: '/api/cases/:id/actions/:action', auth: true },
} as const satisfies Record<string, RouteBasics>;
export type WorkerRouteName = keyof typeof WORKER_ROUTE_INDEX;
