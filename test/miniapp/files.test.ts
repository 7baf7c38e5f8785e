import type { fake as Fake } from './taro-fake';

jest.mock('@tarojs/taro', () => require('./taro-fake'));

type Api = typeof import('../../miniapp/src/api');
/** The app's API module and the Taro fake it sees, loaded afresh (WEAPP is read when the platform loads). */
function load(): { api: Api; fake: typeof Fake } {
  let out!: { api: Api; fake: typeof Fake };
  jest.isolateModules(() => {
    out = { fake: require('./taro-fake').fake, api: require('../../miniapp/src/api') };
  });
  return out;
}

/**
 * The worker's case documents (the agreement, the arbitration application) as PDFs behind the
 * token: in WeChat downloaded to a temporary file and shown in its document viewer, in the phone
 * browser fetched and saved; an expired session refreshed once; a refusal said in words.
 */
const pair = (n: number) => ({
  accessToken: `access-${n}`,
  refreshToken: `refresh-${n}`,
  user: { id: 'w1', role: 'worker' as const, displayName: '', stationId: null, phoneMasked: '139****1111' },
});
const PDF = '%PDF-1.7 the application';
const id = '00000000-0000-4000-8000-000000000001';

/** A server whose first access token has expired; it serves the application once the case went to arbitration. */
function server(applied: boolean) {
  return (r: { url: string; header: Record<string, string>; data?: unknown }) => {
    if (r.url.endsWith('/api/auth/refresh')) return { statusCode: 200, data: pair(2) };
    if (r.header.authorization !== 'Bearer access-2')
      return { statusCode: 401, data: { statusCode: 401, code: 'TOKEN_EXPIRED', message: 'x' } };
    if (!applied) return { statusCode: 409, data: { statusCode: 409, code: 'NO_ARBITRATION', message: 'raw' } };
    return { statusCode: 200, data: PDF };
  };
}

describe('in WeChat', () => {
  let api: Api;
  let fake: typeof Fake;
  beforeAll(() => {
    process.env.TARO_ENV = 'weapp';
    (globalThis as { API_BASE?: string }).API_BASE = 'https://api.example.cn';
    ({ api, fake } = load());
  });
  afterAll(() => {
    Reflect.deleteProperty(process.env, 'TARO_ENV');
  });
  beforeEach(() => {
    fake.reset();
    api.setSession(pair(1));
  });

  test('the arbitration application is downloaded with the token, refreshed once, and opened as a PDF', async () => {
    fake.handler = server(true);
    await api.openPdf('cases.arbitrationPdf', id, 'application.pdf');
    const urls = fake.requests.map((r) => r.url);
    expect(urls).toEqual([
      `https://api.example.cn/api/cases/${id}/arbitration-application.pdf`,
      'https://api.example.cn/api/auth/refresh',
      `https://api.example.cn/api/cases/${id}/arbitration-application.pdf`,
    ]);
    expect(fake.opened).toHaveLength(1);
    expect(fake.opened[0]).toMatchObject({ fileType: 'pdf' });
    expect(fake.files.get(fake.opened[0]!.filePath)).toBe(PDF);
  });

  test('a refusal written to the temporary file is read as the error envelope, in words', async () => {
    fake.handler = server(false);
    const err = (await api.openPdf('cases.arbitrationPdf', id, 'a.pdf').catch((e: unknown) => e)) as InstanceType<
      typeof api.ApiError
    >;
    expect(err.code).toBe('NO_ARBITRATION');
    expect(err.message).toBe('该案件尚未申请仲裁');
    expect(fake.opened).toEqual([]);
  });
});

describe('in the phone browser', () => {
  let api: Api;
  let fake: typeof Fake;
  const realFetch = globalThis.fetch;
  beforeAll(() => {
    ({ api, fake } = load());
  });
  afterAll(() => {
    globalThis.fetch = realFetch;
  });
  beforeEach(() => {
    fake.reset();
    api.setSession(pair(1));
    // The browser fetches files (and, like every H5 call, the refresh) itself.
    globalThis.fetch = (async (url: string, init: { headers: Record<string, string> }) => {
      const answer = await server(true)({ url, header: init.headers });
      fake.requests.push({ url, method: 'GET', header: init.headers });
      const body = typeof answer.data === 'string' ? answer.data : JSON.stringify(answer.data);
      return new Response(body, { status: answer.statusCode });
    }) as typeof fetch;
  });

  test('the agreement is fetched with the token (refreshed once) and handed over as a blob: URL', async () => {
    fake.handler = server(true);
    const file = (await api.call('cases.agreementPdf', { params: { id } })) as unknown as { path: string };
    expect(file.path).toMatch(/^blob:/);
    expect(fake.requests.map((r) => r.url)).toEqual([
      `/api/cases/${id}/agreement.pdf`,
      '/api/auth/refresh',
      `/api/cases/${id}/agreement.pdf`,
    ]);
    expect(fake.requests[2]!.header.authorization).toBe('Bearer access-2');
    URL.revokeObjectURL(file.path);
  });
});
