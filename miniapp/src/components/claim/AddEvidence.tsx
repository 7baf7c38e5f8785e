import Taro from '@tarojs/taro';
import { Button, View } from '@tarojs/components';
import { useEffect, useRef, useState } from 'react';
import type { Label } from '@gig/shared';
import { pickFiles, pickPhotos } from '../../platform/files';
import { startRecording, type Recording } from '../../platform/recorder';
import { l, t } from '../../i18n';

/** Where a file came from: a recording is always filed as one (category `audio`). */
export type EvidenceSource = 'photo' | 'file' | 'recording';
export type PickedFile = { path: string; name: string };

const WORDS = {
  addFile: { 'zh-CN': '添加文件（PDF、录音文件）', en: 'Add a file (PDF, sound file)' },
  record: { 'zh-CN': '录音', en: 'Record' },
  recording: { 'zh-CN': '正在录音', en: 'Recording' },
  stopAndAdd: { 'zh-CN': '停止并添加', en: 'Stop and add' },
  noMicrophone: {
    'zh-CN': '无法使用麦克风：请在手机设置里允许录音，或先用手机自带的录音软件录好，再“添加文件”',
    en: 'The microphone cannot be used: allow it in the phone settings, or record with the phone’s own app and use “Add a file”',
  },
} satisfies Record<string, Label>;

const SOUND = /\.(mp3|m4a|aac|wav|amr|ogg|webm)$/i;
/** The category a picked file goes under: a recording or a sound file is one; the rest as chosen. */
export const categoryFor = <C extends string>(source: EvidenceSource, f: PickedFile, chosen: C): C | 'audio' =>
  source === 'recording' || (source === 'file' && SOUND.test(f.name)) ? 'audio' : chosen;

/** Picked files by the category each goes under (one consent question per category, not per file). */
export function byCategory<C extends string>(files: PickedFile[], source: EvidenceSource, chosen: C) {
  const groups = new Map<C | 'audio', PickedFile[]>();
  for (const f of files) {
    const c = categoryFor(source, f, chosen);
    groups.set(c, [...(groups.get(c) ?? []), f]);
  }
  return [...groups];
}

const clock = (s: number) => `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;

/**
 * Evidence as workers have it: photos and screenshots, PDF or sound files (in WeChat from a chat),
 * and a voice recording made here, with its running time and a way to stop or cancel it.
 */
export function AddEvidence({
  onPicked,
  askFirst,
  ids,
}: {
  /** `consent`: the separate consent given for a sensitive kind before picking (else null). */
  onPicked: (files: PickedFile[], source: EvidenceSource, consent: string | null) => void;
  /** Asked before the picker opens: the consent a sensitive kind needs (false: declined). */
  askFirst: () => Promise<string | null | false>;
  /** The buttons' test ids (the photo button keeps the one the pages had). */
  ids: { photos: string; file: string; record: string };
}) {
  const rec = useRef<Recording | null>(null);
  const [since, setSince] = useState<number | null>(null);
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    if (since === null) return;
    const timer = setInterval(() => setNow(Date.now()), 500);
    return () => clearInterval(timer);
  }, [since]);
  useEffect(() => () => rec.current?.cancel(), []);

  const from = async (source: 'photo' | 'file') => {
    const consent = await askFirst();
    if (consent === false) return;
    const files = await (source === 'photo' ? pickPhotos() : pickFiles());
    if (files.length) onPicked(files, source, consent);
  };
  const record = async () => {
    try {
      rec.current = await startRecording();
      setSince(Date.now());
      setNow(Date.now());
    } catch {
      void Taro.showModal({ title: l(WORDS.record), content: l(WORDS.noMicrophone), showCancel: false });
    }
  };
  const stop = async (keep: boolean) => {
    const r = rec.current;
    rec.current = null;
    setSince(null);
    if (!r) return;
    if (!keep) return r.cancel();
    const file = await r.stop();
    if (file) onPicked([file], 'recording', null);
  };

  if (since !== null)
    return (
      <View className="card" data-testid={`${ids.record}-running`}>
        <View className="label" style={{ marginTop: 0 }}>
          ● {l(WORDS.recording)} {clock(Math.round((now - since) / 1000))}
        </View>
        <View className="buttons">
          <Button className="btn btn-ghost" onClick={() => void stop(false)}>
            {t('cancel')}
          </Button>
          <Button className="btn btn-primary" onClick={() => void stop(true)} data-testid={`${ids.record}-stop`}>
            {l(WORDS.stopAndAdd)}
          </Button>
        </View>
      </View>
    );
  return (
    <View>
      <Button className="btn btn-ghost" onClick={() => void from('photo')} data-testid={ids.photos}>
        {t('addPhotos')}
      </Button>
      <Button className="btn btn-ghost" onClick={() => void from('file')} data-testid={ids.file}>
        {l(WORDS.addFile)}
      </Button>
      <Button className="btn btn-ghost" onClick={() => void record()} data-testid={ids.record}>
        {l(WORDS.record)}
      </Button>
    </View>
  );
}
