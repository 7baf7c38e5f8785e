import Taro from '@tarojs/taro';
import { stationCodeFromQrUrl } from '@gig/shared';

/**
 * Every difference between WeChat and the phone browser lives here; pages never ask which one
 * they run in. `process.env.TARO_ENV` is replaced at build time, so the other branch is dropped.
 */
export const WEAPP = process.env.TARO_ENV === 'weapp';

/** The API's address: the same origin in the browser; the configured HTTPS host in WeChat. */
declare const API_BASE: string;
export const apiBase = WEAPP ? API_BASE : '';

export const canWechatLogin = WEAPP;
export const canScan = WEAPP;

/** The station a page was opened for: `code` (our links), `scene` (mini-program code), or `q` (an ordinary QR link). */
export function stationCodeFrom(params: Record<string, string | undefined>): string | null {
  if (params.code) return decodeURIComponent(params.code);
  if (params.scene) return decodeURIComponent(params.scene);
  if (params.q) return stationCodeFromQrUrl(decodeURIComponent(params.q));
  return null;
}

/** WeChat's login code, for /api/auth/wechat (WeChat only). */
export async function wechatCode(): Promise<string> {
  if (!WEAPP) throw new Error('WeChat login is only in WeChat');
  return (await Taro.login()).code;
}

/** Scans a station's QR code and returns its station code (WeChat only). */
export async function scanStation(): Promise<string | null> {
  if (!WEAPP) return null;
  const r = await Taro.scanCode({ onlyFromCamera: false });
  if (!r.path) return stationCodeFromQrUrl(r.result);
  // A mini-program code opens a path like pages/station/index?scene=WZ-COURIER.
  const query = (r.path.split('?')[1] ?? '').split('&').map((kv) => kv.split('=') as [string, string]);
  return stationCodeFrom(Object.fromEntries(query));
}

/** Asks for the case-update subscribe message at a moment it makes sense (after filing). */
export async function askForUpdates(templateId: string | undefined): Promise<void> {
  if (!WEAPP || !templateId) return;
  try {
    await Taro.requestSubscribeMessage({ tmplIds: [templateId], entityIds: [] } as never);
  } catch {
    /* the worker said no, or it is not available: the in-app inbox still has everything */
  }
}

/** A smaller JPEG of a photo before upload: WeChat's compressor, or a canvas in the browser. */
export async function compressImage(path: string): Promise<string> {
  if (WEAPP) {
    try {
      return (await Taro.compressImage({ src: path, quality: 70 })).tempFilePath;
    } catch {
      return path;
    }
  }
  return new Promise((resolve) => {
    const img = new Image();
    img.onload = () => {
      const scale = Math.min(1, 1600 / Math.max(img.width, img.height));
      if (scale === 1 && path.startsWith('blob:')) return resolve(path);
      const canvas = document.createElement('canvas');
      canvas.width = Math.round(img.width * scale);
      canvas.height = Math.round(img.height * scale);
      canvas.getContext('2d')!.drawImage(img, 0, 0, canvas.width, canvas.height);
      canvas.toBlob((b) => resolve(b ? URL.createObjectURL(b) : path), 'image/jpeg', 0.75);
    };
    img.onerror = () => resolve(path);
    img.src = path;
  });
}

/** Lets the worker pick or take photos; returns them compressed, with a file name each ([] if closed). */
export async function pickPhotos(): Promise<{ path: string; name: string }[]> {
  let r: Taro.chooseImage.SuccessCallbackResult;
  try {
    r = await Taro.chooseImage({ count: 9, sizeType: ['compressed'], sourceType: ['album', 'camera'] });
  } catch {
    return []; // the worker closed the chooser
  }
  const out: { path: string; name: string }[] = [];
  for (const [i, f] of r.tempFilePaths.entries()) {
    const name =
      (r.tempFiles[i] as { originalFileObj?: File } | undefined)?.originalFileObj?.name ??
      `photo-${Date.now()}-${i}.jpg`;
    out.push({ path: await compressImage(f), name });
  }
  return out;
}

/** Where the phone is, if the worker allows it (WeChat's location, or the browser's); null otherwise. */
export async function locate(): Promise<{ lat: number; lng: number } | null> {
  if (WEAPP) {
    try {
      const r = await Taro.getLocation({ type: 'gcj02' });
      return { lat: r.latitude, lng: r.longitude };
    } catch {
      return null;
    }
  }
  if (typeof navigator === 'undefined' || !navigator.geolocation) return null;
  return new Promise((resolve) =>
    navigator.geolocation.getCurrentPosition(
      (p) => resolve({ lat: p.coords.latitude, lng: p.coords.longitude }),
      () => resolve(null),
      { timeout: 10_000, maximumAge: 300_000 },
    ),
  );
}

/** Calls a station: the phone's dialler in both (a tel: link in the browser). */
export function callPhone(phone: string): void {
  void Taro.makePhoneCall({ phoneNumber: phone.replace(/[^\d+-]/g, '') }).catch(() => undefined);
}

/** Uploads one file as multipart `file` with extra fields; reports progress 0-100. */
export function upload(opts: {
  url: string;
  filePath: string;
  name: string;
  fields: Record<string, string>;
  token: string | null;
  onProgress: (p: number) => void;
}): Promise<{ status: number; body: unknown }> {
  return new Promise((resolve, reject) => {
    const task = Taro.uploadFile({
      url: opts.url,
      filePath: opts.filePath,
      name: 'file',
      fileName: opts.name,
      formData: opts.fields,
      timeout: 120_000,
      header: opts.token ? { authorization: `Bearer ${opts.token}` } : {},
      success: (r) => {
        let body: unknown = r.data;
        try {
          body = JSON.parse(r.data as string);
        } catch {
          /* not JSON */
        }
        resolve({ status: r.statusCode, body });
      },
      fail: (e) => reject(new Error(e.errMsg)),
    } as Taro.uploadFile.Option);
    task?.progress?.((p: { progress: number }) => opts.onProgress(p.progress));
  });
}

/**
 * Fetches a file the API serves behind the token (a PDF) with these headers. On success the body
 * is `{ path }`: WeChat's temporary file, or a blob: URL in the browser; otherwise the error
 * envelope the server sent, so the shared client core reads it like any other answer.
 */
export async function downloadFile(opts: {
  url: string;
  headers: Record<string, string>;
}): Promise<{ status: number; body: unknown }> {
  if (WEAPP) {
    const r = await Taro.downloadFile({
      url: opts.url,
      header: opts.headers,
      timeout: 60_000,
    } as Taro.downloadFile.Option);
    if (r.statusCode === 200) return { status: 200, body: { path: r.tempFilePath } };
    let body: unknown = null;
    try {
      body = JSON.parse(Taro.getFileSystemManager().readFileSync(r.tempFilePath, 'utf8') as string);
    } catch {
      /* not our envelope */
    }
    return { status: r.statusCode, body };
  }
  const res = await fetch(opts.url, { headers: opts.headers });
  if (res.ok) return { status: res.status, body: { path: URL.createObjectURL(await res.blob()) } };
  return { status: res.status, body: await res.json().catch(() => null) };
}

/**
 * Shows a downloaded PDF: WeChat's document viewer (its menu forwards or saves it), or the
 * browser's own download of the file under `name`.
 */
export async function openDocument(path: string, name: string): Promise<void> {
  if (WEAPP) {
    await Taro.openDocument({ filePath: path, fileType: 'pdf', showMenu: true } as Taro.openDocument.Option);
    return;
  }
  const a = document.createElement('a');
  a.href = path;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(path), 60_000);
}
