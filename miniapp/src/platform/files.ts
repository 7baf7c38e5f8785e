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
