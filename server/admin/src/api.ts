import {
  ROUTE_INDEX,
  createApiCore,
  urlOf,
  type ApiInputs,
  type ApiOutputs,
  type EvidenceCategory,
  type EvidenceView,
  type Locale,
  type RouteName,
  type Session,
  type Transport,
} from '@gig/shared';

export { ApiError } from '@gig/shared';
export type { Session } from '@gig/shared';

/**
 * The staff page's API client: the shared client core (token, one silent refresh, the error
 * envelope as words from the shared table, calls typed from the shared route table) over fetch,
 * with the session in localStorage and a signal when it ends.
 */
const KEY = 'gig.admin.session';
let session: Session | null = read();
let locale: Locale = 'zh-CN';
const listeners = new Set<(s: Session | null) => void>();

function read(): Session | null {
  try {
    return JSON.parse(localStorage.getItem(KEY) ?? 'null');
  } catch {
    return null;
  }
}

export function getSession(): Session | null {
  return session;
}

/**
 * The session as the browser has it now: another tab may have refreshed it (refresh tokens are
 * single-use; presenting a replaced one would end every tab's session).
 */
function currentSession(): Session | null {
  const stored = read();
  if (JSON.stringify(stored) !== JSON.stringify(session)) {
    session = stored;
    for (const l of listeners) l(stored);
  }
  return session;
}
window.addEventListener('storage', (e) => {
  if (e.key === KEY) currentSession();
});

export function setSession(s: Session | null): void {
  session = s;
  if (s) localStorage.setItem(KEY, JSON.stringify(s));
  else localStorage.removeItem(KEY);
  for (const l of listeners) l(s);
}

export function onSession(l: (s: Session | null) => void): () => void {
  listeners.add(l);
  return () => listeners.delete(l);
}

export function setLocale(l: Locale): void {
  locale = l;
}

const transport: Transport = async ({ method, url, headers, body, expect }) => {
  // A file goes as multipart/form-data: the browser sets the content type with its boundary.
  const form = body instanceof FormData;
  const res = await fetch(url, {
    method,
    headers: form ? Object.fromEntries(Object.entries(headers).filter(([k]) => k !== 'content-type')) : headers,
    body: body === undefined ? undefined : form ? body : JSON.stringify(body),
  });
  if (expect === 'file' && res.ok) return { status: res.status, body: await res.blob() };
  let data: unknown = null;
  try {
    data = await res.json();
  } catch {
    /* no body (204), or not JSON: a proxy's page */
  }
  return { status: res.status, body: data };
};

const core = createApiCore({
  base: '',
  transport,
  store: { get: currentSession, set: setSession },
  locale: () => locale,
  networkWords: (l) =>
    l === 'en' ? 'Cannot reach the server; check the network and try again' : '无法连接服务器，请检查网络后重试',
});

/** Words for an error code in the page's language (the shared table); the server's own text is never shown. */
export const errorText = core.words;

export const api = {
  /** A call typed from the shared route table. */
  call<N extends RouteName>(name: N, input: ApiInputs[N]): Promise<ApiOutputs[N]> {
    return core.call(name, input);
  },
  /** A file the API serves behind the token (evidence, PDFs, QR codes), as a Blob. */
  async file<N extends RouteName>(name: N, input: ApiInputs[N]): Promise<Blob> {
    return (await core.call(name, input)) as unknown as Blob;
  },
  /** Adds a file to the case (a signed page's scan, a consent), under the session's rules. */
  async upload(caseId: string, file: File, category: EvidenceCategory): Promise<EvidenceView> {
    const form = new FormData();
    form.append('category', category); // before the file: the server reads the fields that precede it
    form.append('file', file, file.name);
    const url = urlOf(ROUTE_INDEX['admin.cases.upload'], { id: caseId });
    return (await core.send('POST', url, { body: form })) as EvidenceView;
  },
  async signIn(username: string, password: string): Promise<Session> {
    const pair = await core.call('auth.staffLogin', { body: { username, password } });
    const s = { accessToken: pair.accessToken, refreshToken: pair.refreshToken, user: pair.user };
    setSession(s);
    return s;
  },
  /** A texted respondent: the link's token and the code open a session for that one case. */
  async respondentSignIn(token: string, code: string): Promise<Session & { caseId: string }> {
    const pair = await core.call('auth.respondentSession', { body: { token, code } });
    const s = { accessToken: pair.accessToken, refreshToken: pair.refreshToken, user: pair.user };
    setSession(s);
    return { ...s, caseId: pair.caseId };
  },
  async signOut(): Promise<void> {
    const s = session;
    setSession(null);
    if (s) await core.call('auth.logout', { body: { refreshToken: s.refreshToken } }).catch(() => undefined);
  },
};

/**
 * A random id for an Idempotency-Key or a message's client id. `crypto.randomUUID` exists only in
 * secure contexts (not on a plain-http intranet address); `getRandomValues` everywhere.
 */
export function newKey(): string {
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** Saves a Blob under a file name (PDFs, posters). */
export function saveBlob(blob: Blob, name: string): void {
  const href = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = href;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(href), 10_000);
}
