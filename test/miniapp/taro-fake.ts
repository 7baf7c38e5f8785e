/**
 * What the mini-program's logic modules use of @tarojs/taro, in memory, for unit tests: storage,
 * the page stack, navigation, `request` (WeChat's; the browser's `fetch` below; both answered by a
 * handler each test sets) and WeChat's file download and document viewer (answered from `files`,
 * shown documents kept in `opened`).
 */
export interface FakeRequest {
  url: string;
  method: string;
  data?: unknown;
  header: Record<string, string>;
}
export type Handler = (
  r: FakeRequest,
) => { statusCode: number; data: unknown } | Promise<{ statusCode: number; data: unknown }>;

export const fake = {
  storage: new Map<string, unknown>(),
  pages: [{ route: 'pages/claim/index', options: {} as Record<string, string> }],
  navigations: [] as string[],
  requests: [] as FakeRequest[],
  handler: (() => ({ statusCode: 404, data: {} })) as Handler,
  /** Temporary files WeChat wrote, by path, and the documents opened from them. */
  files: new Map<string, string>(),
  opened: [] as { filePath: string; fileType?: string }[],
  reset() {
    this.files.clear();
    this.opened = [];
    this.storage.clear();
    this.pages = [{ route: 'pages/claim/index', options: {} }];
    this.navigations = [];
    this.requests = [];
  },
};

const clone = <T>(v: T): T => (v === undefined ? v : JSON.parse(JSON.stringify(v)));

export const Taro = {
  getStorageSync: (k: string) => clone(fake.storage.get(k)) ?? '',
  setStorageSync: (k: string, v: unknown) => void fake.storage.set(k, clone(v)),
  removeStorageSync: (k: string) => void fake.storage.delete(k),
  getCurrentPages: () => fake.pages,
  navigateTo: async ({ url }: { url: string }) => void fake.navigations.push(url),
  showToast: async () => undefined,
  request: async (o: FakeRequest) => {
    const r = { url: o.url, method: o.method, data: o.data, header: { ...o.header } };
    fake.requests.push(r);
    return fake.handler(r);
  },
  /** WeChat writes the answer to a temporary file whatever its status; the handler's data is its content. */
  downloadFile: async (o: { url: string; header: Record<string, string> }) => {
    const r = { url: o.url, method: 'GET', header: { ...o.header } };
    fake.requests.push(r);
    const answer = await fake.handler(r);
    const tempFilePath = `wxfile://tmp/${fake.files.size + 1}`;
    fake.files.set(tempFilePath, typeof answer.data === 'string' ? answer.data : JSON.stringify(answer.data));
    return { statusCode: answer.statusCode, tempFilePath };
  },
  getFileSystemManager: () => ({ readFileSync: (path: string) => fake.files.get(path) ?? '' }),
  openDocument: async (o: { filePath: string; fileType?: string }) => void fake.opened.push(o),
};
export default Taro;

/**
 * The browser's fetch, answered by the same handler and recorded the same way: the H5 build sends
 * its API calls with fetch (Taro.request is WeChat's). Installed for every test file that loads
 * this fake; a test may put its own in place.
 */
export async function fakeFetch(url: string, init: RequestInit = {}): Promise<Response> {
  const r: FakeRequest = {
    url,
    method: init.method ?? 'GET',
    data: typeof init.body === 'string' ? JSON.parse(init.body) : undefined,
    header: { ...(init.headers as Record<string, string> | undefined) },
  };
  fake.requests.push(r);
  const answer = await fake.handler(r);
  const body = typeof answer.data === 'string' ? answer.data : JSON.stringify(answer.data);
  return new Response(answer.statusCode === 204 ? null : body, { status: answer.statusCode });
}
globalThis.fetch = fakeFetch as typeof fetch;
