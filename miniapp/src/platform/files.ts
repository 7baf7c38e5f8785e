import Taro from '@tarojs/taro';

/**
 * Photos and uploads, the heavier half of the platform (the browser's image chooser alone pulls
 * in Taro's media and device code): kept out of ./index so the station page, the first page a
 * worker sees, does not load them; the claim and case pages do.
 */

/** A smaller JPEG of a photo before upload: WeChat's compressor, or a canvas in the browser. */
export async function compressImage(path: string): Promise<string> {
  if (process.env.TARO_ENV === 'weapp') {
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

/** Whether the file picked earlier is still there (a browser's picked file dies with the page). */
export async function fileReadable(path: string): Promise<boolean> {
  if (process.env.TARO_ENV === 'weapp') {
    const fs = Taro.getFileSystemManager();
    // A temporary file lives as long as the mini-program; without accessSync, let the upload say so.
    if (typeof fs.accessSync !== 'function') return true;
    try {
      fs.accessSync(path);
      return true;
    } catch {
      return false;
    }
  }
  try {
    await (await fetch(path)).blob();
    return true;
  } catch {
    return false;
  }
}

/** The kinds of files the API takes besides photos: PDF documents and sound files. */
const FILE_EXTENSIONS = ['pdf', 'mp3', 'm4a', 'aac', 'wav', 'amr', 'ogg', 'webm'];

/**
 * Lets the worker pick PDF documents or sound files: in WeChat from a chat (chooseMessageFile,
 * where workers have what the platform or a colleague sent them), in the browser from the phone's
 * files. [] when closed.
 */
export async function pickFiles(): Promise<{ path: string; name: string }[]> {
  if (process.env.TARO_ENV === 'weapp') {
    try {
      const r = await Taro.chooseMessageFile({ count: 9, type: 'file', extension: FILE_EXTENSIONS });
      return r.tempFiles.map((f) => ({ path: f.path, name: f.name }));
    } catch {
      return [];
    }
  }
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.multiple = true;
    input.accept = ['application/pdf', 'audio/*', ...FILE_EXTENSIONS.map((e) => `.${e}`)].join(',');
    input.style.display = 'none';
    input.onchange = () => {
      const files = [...(input.files ?? [])];
      input.remove();
      resolve(files.map((f) => ({ path: URL.createObjectURL(f), name: f.name })));
    };
    input.oncancel = () => (input.remove(), resolve([]));
    document.body.appendChild(input);
    input.click();
  });
}
