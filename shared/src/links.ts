/**
 * The addresses a printed QR code leads to. The QR holds PUBLIC_BASE_URL/s/<code>: a phone camera
 * opens it in the browser (the server redirects to the H5 page below), and WeChat opens the
 * mini-program from the same ordinary-link QR, passing the URL in the `q` launch parameter.
 */
export const QR_PATH_PREFIX = '/s/';

/** The H5 app's station entry page for a code (Taro's hash router under /app/). */
export function h5StationPath(code: string): string {
  return `/app/#/pages/station/index?code=${encodeURIComponent(code)}`;
}

/** The station code inside a scanned QR URL (or a WeChat `q` value, already decoded), or null. */
export function stationCodeFromQrUrl(url: string): string | null {
  const m = /\/s\/([A-Za-z0-9_-]{2,32})\/?(?:[?#].*)?$/.exec(url.trim());
  return m ? m[1]! : null;
}

/** The mini-program page a notification opens (WeChat subscribe message `page`): the case detail. */
export function miniappCasePage(caseId: string): string {
  return `pages/case/index?id=${encodeURIComponent(caseId)}`;
}

/**
 * The link texted to a respondent without an account: PUBLIC_BASE_URL/r/<token> redirects to the
 * staff page's respond screen, where a code sent to the same phone opens that one case.
 */
export const RESPONDENT_PATH_PREFIX = '/r/';
export function staffRespondPath(token: string): string {
  return `/admin/#/respond/${encodeURIComponent(token)}`;
}
