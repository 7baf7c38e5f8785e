import type { Recorder } from './wx';

/**
 * wx.request, wx.uploadFile and wx.downloadFile as WeChat runs them: only HTTPS addresses of the
 * request domains registered for the app (here: each mapped to a real test server, so the pages
 * talk to the real API), any HTTP answer is a success with `statusCode`, `data` and `header`, no
 * answer is a fail ("request:fail …"). Temporary files (downloads, photos, canvas exports) live
 * in `files` under wxfile:// paths.
 */
export interface NetCall {
  api: 'request' | 'uploadFile' | 'downloadFile';
  method: string;
  url: string;
  header: Record<string, string>;
  data?: unknown;
  status?: number;
  body?: unknown;
  error?: string;
}
export interface Net {
  /** Registered request domain (https origin) → the base it is served from in the test. */
  routes: Map<string, string>;
  calls: NetCall[];
  inflight: number;
  /** Decides for each call: send it, fail it before it leaves, or send it and lose the answer. */
  intercept?: (c: NetCall) => 'send' | 'fail' | 'lose-answer';
}
export type Files = Map<string, Buffer>;

type Opts = Record<string, unknown> & { success?: (r: unknown) => void; fail?: (r: unknown) => void };
type Reply = (name: string, o: Opts, r: Record<string, unknown> | Error) => void;

let tmp = 0;
export function tempFile(files: Files, bytes: Buffer, ext: string): string {
  const p = `wxfile://tmp_${++tmp}.${ext}`;
  files.set(p, bytes);
  return p;
}

function target(net: Net, url: string): string | Error {
  if (!/^https?:\/\//.test(url)) return new Error(`invalid url "${url}"`);
  const u = new URL(url);
  const base = net.routes.get(u.origin);
  if (u.protocol !== 'https:' || !base) return new Error(`url not in domain list: ${u.origin}`);
  return base + u.pathname + u.search;
}

function headers(res: Response): Record<string, string> {
  const out: Record<string, string> = {};
  res.headers.forEach((v, k) => (out[k] = v));
  return out;
}

export function netApis(rec: Recorder, reply: Reply): Record<string, unknown> {
  const net = rec.net;
  const send = (
    name: NetCall['api'],
    o: Opts,
    call: NetCall,
    init: () => RequestInit,
    read: (r: Response) => Promise<Record<string, unknown>>,
  ) => {
    net.calls.push(call);
    const to = target(net, call.url);
    const decision = net.intercept?.(call) ?? 'send';
    if (to instanceof Error || decision === 'fail') {
      call.error = to instanceof Error ? to.message : 'timeout';
      return reply(name, o, new Error(call.error));
    }
    net.inflight++;
    fetch(to, init())
      .then(async (res) => {
        const r = await read(res);
        call.status = res.status;
        call.body = r.data;
        if (decision === 'lose-answer') throw new Error('timeout');
        reply(name, o, { statusCode: res.status, header: headers(res), ...r });
      })
      .catch((e: Error) => ((call.error = e.message), reply(name, o, new Error(e.message))))
      .finally(() => setImmediate(() => net.inflight--));
  };
  const task = () => ({
    abort: () => undefined,
    onHeadersReceived: () => undefined,
    offHeadersReceived: () => undefined,
    onProgressUpdate: () => undefined,
    offProgressUpdate: () => undefined,
  });

  return {
    request: (o: Opts) => {
      const method = String(o.method ?? 'GET').toUpperCase();
      const header = { ...((o.header as Record<string, string>) ?? {}) };
      const type = Object.entries(header).find(([k]) => k.toLowerCase() === 'content-type')?.[1] ?? 'application/json';
      let url = String(o.url ?? '');
      let body: string | undefined;
      if (o.data !== undefined && o.data !== null) {
        const form = (d: object) => new URLSearchParams(Object.entries(d).map(([k, v]) => [k, String(v)])).toString();
        if (method === 'GET')
          url += typeof o.data === 'object' ? `${url.includes('?') ? '&' : '?'}${form(o.data)}` : '';
        else if (typeof o.data === 'string') body = o.data;
        else body = type.includes('x-www-form-urlencoded') ? form(o.data) : JSON.stringify(o.data);
      }
      const call: NetCall = {
        api: 'request',
        method,
        url,
        header,
        data: o.data === undefined ? undefined : JSON.parse(JSON.stringify(o.data)),
      };
      send(
        'request',
        o,
        call,
        () => ({ method, headers: body ? { 'content-type': type, ...header } : header, body }),
        async (res) => {
          const text = await res.text();
          if (o.dataType === 'json' || o.dataType === undefined) {
            try {
              return { data: JSON.parse(text) };
            } catch {
              /* WeChat hands over the text as it is */
            }
          }
          return { data: text };
        },
      );
      return task();
    },
    uploadFile: (o: Opts) => {
      const bytes = rec.files.get(String(o.filePath));
      const header = (o.header as Record<string, string>) ?? {};
      const fields = (o.formData as Record<string, string>) ?? {};
      const call: NetCall = {
        api: 'uploadFile',
        method: 'POST',
        url: String(o.url),
        header,
        data: { ...fields, filePath: o.filePath, name: o.name },
      };
      if (!bytes) return (reply('uploadFile', o, new Error(`file not found: ${String(o.filePath)}`)), task());
      send(
        'uploadFile',
        o,
        call,
        () => {
          const form = new FormData();
          for (const [k, v] of Object.entries(fields)) form.append(k, String(v));
          const name = String(o.filePath).split('/').pop();
          form.append(String(o.name ?? 'file'), new Blob([new Uint8Array(bytes)]), name);
          return { method: 'POST', headers: header, body: form };
        },
        async (res) => ({ data: await res.text() }),
      );
      return task();
    },
    downloadFile: (o: Opts) => {
      const header = (o.header as Record<string, string>) ?? {};
      const call: NetCall = { api: 'downloadFile', method: 'GET', url: String(o.url), header };
      send(
        'downloadFile',
        o,
        call,
        () => ({ headers: header }),
        async (res) => {
          const bytes = Buffer.from(await res.arrayBuffer());
          return {
            tempFilePath: tempFile(rec.files, bytes, res.headers.get('content-type')?.includes('pdf') ? 'pdf' : 'bin'),
          };
        },
      );
      return task();
    },
    getFileSystemManager: () => ({
      readFileSync: (p: string, encoding?: string) => {
        const b = rec.files.get(p);
        if (!b) throw new Error(`readFileSync:fail no such file or directory ${p}`);
        return encoding ? b.toString(encoding as BufferEncoding) : b;
      },
      accessSync: (p: string) => {
        if (!rec.files.has(p)) throw new Error(`accessSync:fail no such file or directory ${p}`);
      },
      getFileInfo: (o: Opts) => reply('getFileInfo', o, { size: rec.files.get(String(o.filePath))?.length ?? 0 }),
    }),
    chooseImage: (o: Opts) => {
      const photos = rec.answers.photos;
      if (!photos.length) return reply('chooseImage', o, new Error('cancel'));
      const paths = photos.map((b) => tempFile(rec.files, b, b[1] === 0x50 ? 'png' : 'jpg'));
      reply('chooseImage', o, {
        tempFilePaths: paths,
        tempFiles: paths.map((p) => ({ path: p, size: rec.files.get(p)!.length })),
      });
    },
    compressImage: (o: Opts) =>
      rec.files.has(String(o.src))
        ? reply('compressImage', o, { tempFilePath: o.src })
        : reply('compressImage', o, new Error('file not found')),
    openDocument: (o: Opts) =>
      reply('openDocument', o, rec.files.has(String(o.filePath)) ? {} : new Error('file not found')),
  };
}
