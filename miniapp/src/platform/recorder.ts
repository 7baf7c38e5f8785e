import Taro from '@tarojs/taro';

/** A recording being made: stop it to get the file, or cancel it. */
export interface Recording {
  stop(): Promise<{ path: string; name: string } | null>;
  cancel(): void;
}

/** The longest recording the app makes (WeChat's recorder stops by itself at ten minutes). */
export const MAX_RECORDING_MS = 10 * 60_000;

const stamp = () => new Date().toISOString().slice(0, 19).replace(/[-:T]/g, '');

/**
 * A voice recording made in the app (a phone call on speaker, what the boss said): WeChat's
 * recorder (MP3), or the browser's MediaRecorder in a format the API takes (MP4/AAC on iPhones,
 * Ogg or WebM with Opus elsewhere). Rejects when the microphone is refused or missing.
 */
export async function startRecording(): Promise<Recording> {
  if (process.env.TARO_ENV === 'weapp') {
    const rec = Taro.getRecorderManager();
    let done: ((f: { path: string; name: string } | null) => void) | null = null;
    let cancelled = false;
    rec.onStop((r) => done?.(cancelled ? null : { path: r.tempFilePath, name: `录音-${stamp()}.mp3` }));
    await new Promise<void>((resolve, reject) => {
      rec.onStart(() => resolve());
      rec.onError((e) => reject(new Error(e.errMsg)));
      rec.start({
        format: 'mp3',
        duration: MAX_RECORDING_MS,
        sampleRate: 16000,
        numberOfChannels: 1,
        encodeBitRate: 48000,
      });
    });
    return {
      stop: () => new Promise((resolve) => ((done = resolve), rec.stop())),
      cancel: () => ((cancelled = true), rec.stop()),
    };
  }
  const stream = await navigator.mediaDevices.getUserMedia({ audio: true });
  const type = ['audio/mp4', 'audio/ogg;codecs=opus', 'audio/webm;codecs=opus', 'audio/webm'].find((t) =>
    MediaRecorder.isTypeSupported(t),
  );
  const rec = new MediaRecorder(stream, type ? { mimeType: type } : undefined);
  const parts: Blob[] = [];
  rec.ondataavailable = (e) => e.data.size && parts.push(e.data);
  rec.start(1000);
  const timer = setTimeout(() => rec.state === 'recording' && rec.stop(), MAX_RECORDING_MS);
  const end = () => (clearTimeout(timer), stream.getTracks().forEach((t) => t.stop()));
  return {
    stop: () =>
      new Promise((resolve) => {
        rec.onstop = () => {
          end();
          const mime = rec.mimeType || type || 'audio/webm';
          const ext = mime.includes('mp4') ? 'm4a' : mime.includes('ogg') ? 'ogg' : 'webm';
          const blob = new Blob(parts, { type: mime });
          resolve(blob.size ? { path: URL.createObjectURL(blob), name: `录音-${stamp()}.${ext}` } : null);
        };
        if (rec.state === 'inactive') rec.onstop(new Event('stop'));
        else rec.stop();
      }),
    cancel: () => {
      rec.onstop = null;
      if (rec.state !== 'inactive') rec.stop();
      end();
    },
  };
}
