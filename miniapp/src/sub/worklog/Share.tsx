import Taro from '@tarojs/taro';
import { Button, Input, View } from '@tarojs/components';
import { useState } from 'react';
import type { CaseSummary } from '@gig/shared';
import { call } from '../../api';
import { showError } from '../../api/show-error';
import { DateField } from '../../platform/DateField';
import { openDocument } from '../../platform';
import { today } from '../../format';
import { tw } from '../../worklog-words';

/** A period of the record attached to one of the worker's cases, as a PDF of evidence. */
export function AttachCard(p: { cases: CaseSummary[]; firstDate: string | null }) {
  const [caseId, setCaseId] = useState<string | null>(p.cases[0]?.id ?? null);
  const [from, setFrom] = useState(p.firstDate ?? today());
  const [to, setTo] = useState(today());
  const [busy, setBusy] = useState(false);
  const attach = async () => {
    if (!caseId || busy) return;
    setBusy(true);
    try {
      await call('cases.attachWorkLog', { params: { id: caseId }, body: { from, to } });
      void Taro.showToast({ title: tw('attached'), icon: 'success' });
    } catch (e) {
      showError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <View className="card" data-testid="worklog-attach">
      <View className="subtitle">{tw('attach')}</View>
      <View className="muted">{tw('attachWhy')}</View>
      {p.cases.length === 0 ? (
        <View className="plain">{tw('noCases')}</View>
      ) : (
        <>
          <View className="chips">
            {p.cases.map((c) => (
              <View
                key={c.id}
                className={`chip${c.id === caseId ? ' chip-on' : ''}`}
                onClick={() => setCaseId(c.id)}
                data-testid={`worklog-case-${c.number}`}
              >
                {c.number}
              </View>
            ))}
          </View>
          <View className="label">{tw('from')}</View>
          <DateField className="input" value={from} max={to} onChange={setFrom} testid="worklog-from" placeholder="" />
          <View className="label">{tw('to')}</View>
          <DateField className="input" value={to} max={today()} onChange={setTo} testid="worklog-to" placeholder="" />
          <Button className="btn btn-primary" onClick={attach} disabled={busy} data-testid="worklog-attach-now">
            {tw('attachNow')}
          </Button>
        </>
      )}
    </View>
  );
}

/** The letter asking the platform for the worker's own data, downloaded as a PDF. */
export function LetterCard(p: { platform: string }) {
  const [platform, setPlatform] = useState(p.platform);
  const [opening, setOpening] = useState(false);
  const open = async () => {
    if (opening) return;
    setOpening(true);
    try {
      const name = platform.trim();
      const query = name.length >= 2 ? { platform: name } : {};
      const { path } = (await call('me.dataRequestLetter', { query })) as unknown as { path: string };
      await openDocument(path, 'data-request-letter.pdf');
    } catch (e) {
      showError(e);
    } finally {
      setOpening(false);
    }
  };
  return (
    <View className="card" data-testid="worklog-letter">
      <View className="subtitle">{tw('letter')}</View>
      <View className="muted">{tw('letterWhy')}</View>
      <View className="label">{tw('letterPlatform')}</View>
      <Input
        className="input"
        maxlength={100}
        value={platform}
        onInput={(e) => setPlatform(e.detail.value)}
        data-testid="worklog-letter-platform"
      />
      <Button className="btn btn-ghost" onClick={open} disabled={opening} data-testid="worklog-letter-get">
        {opening ? tw('opening') : `⤓ ${tw('letterGet')}`}
      </Button>
    </View>
  );
}
