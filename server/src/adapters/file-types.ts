export type EvidenceKind = 'image' | 'pdf' | 'audio';

/**
 * What a file is, from its first bytes (its name and declared type are not trusted): photos and
 * screenshots (JPEG, PNG, WebP, HEIC), PDF, and short audio (MP3, M4A/AAC, AMR — WeChat voice —, WAV, OGG).
 */
export function sniff(b: Buffer): { kind: EvidenceKind; mime: string; ext: string } | null {
  const at = (offset: number, sig: number[]) => sig.every((v, i) => b[offset + i] === v);
  const ascii = (offset: number, s: string) =>
    b.length >= offset + s.length && b.toString('latin1', offset, offset + s.length) === s;
  if (at(0, [0xff, 0xd8, 0xff])) return { kind: 'image', mime: 'image/jpeg', ext: 'jpg' };
  if (at(0, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return { kind: 'image', mime: 'image/png', ext: 'png' };
  if (ascii(0, 'RIFF') && ascii(8, 'WEBP')) return { kind: 'image', mime: 'image/webp', ext: 'webp' };
  if (ascii(4, 'ftypheic') || ascii(4, 'ftypheix') || ascii(4, 'ftypmif1'))
    return { kind: 'image', mime: 'image/heic', ext: 'heic' };
  if (ascii(0, '%PDF-')) return { kind: 'pdf', mime: 'application/pdf', ext: 'pdf' };
  if (ascii(0, 'ID3') || at(0, [0xff, 0xfb]) || at(0, [0xff, 0xf3]) || at(0, [0xff, 0xf2]))
    return { kind: 'audio', mime: 'audio/mpeg', ext: 'mp3' };
  if (ascii(4, 'ftypM4A') || ascii(4, 'ftypmp42') || ascii(4, 'ftypisom'))
    return { kind: 'audio', mime: 'audio/mp4', ext: 'm4a' };
  if (ascii(0, '#!AMR')) return { kind: 'audio', mime: 'audio/amr', ext: 'amr' };
  if (ascii(0, 'RIFF') && ascii(8, 'WAVE')) return { kind: 'audio', mime: 'audio/wav', ext: 'wav' };
  if (ascii(0, 'OggS')) return { kind: 'audio', mime: 'audio/ogg', ext: 'ogg' };
  // WebM (EBML): what a browser's MediaRecorder makes of a voice recording on Android and desktops.
  if (at(0, [0x1a, 0x45, 0xdf, 0xa3])) return { kind: 'audio', mime: 'audio/webm', ext: 'webm' };
  return null;
}

/** Per-kind size caps, in bytes. */
export const EVIDENCE_CAPS: Record<EvidenceKind, number> = {
  image: 10 * 1024 * 1024,
  pdf: 20 * 1024 * 1024,
  audio: 20 * 1024 * 1024,
};
