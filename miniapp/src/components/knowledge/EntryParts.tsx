import Taro from '@tarojs/taro';
import { Button, View } from '@tarojs/components';
import { CLAIM_TYPE, MEDIA_KIND, type KnowledgeEntryView } from '@gig/shared';
import { l, t, toggleLanguage } from '../../i18n';
import { tn } from '../../knowledge-words';
import { goNext } from '../../knowledge/next';
import './knowledge.css';

/** The language switch at the top right of an entry's page, with room below it. */
export function Top() {
  return (
    <>
      <View className="lang" onClick={toggleLanguage}>
        {t('language')}
      </View>
      <View style={{ height: '36px' }} />
    </>
  );
}

/** Where an entry's text comes from: the publication, its issuer and number, the version's date. */
export function Source({ e }: { e: KnowledgeEntryView }) {
  const s = e.source;
  if (!s) return null;
  const date = s.versionDate ?? e.case?.decidedOn;
  return (
    <View className="card" data-testid="entry-source">
      <View className="label" style={{ marginTop: 0 }}>
        {tn('source')}
      </View>
      <View>{s.title}</View>
      {(s.issuer || s.documentNumber) && (
        <View className="muted">{[s.issuer, s.documentNumber].filter(Boolean).join(' ')}</View>
      )}
      {date && (
        <View className="muted">
          {tn('pair', { name: s.versionDate ? tn('version') : tn('decided'), value: date })}
        </View>
      )}
    </View>
  );
}

/**
 * A legal class's audio and video, by kind and title. The browser opens the link; WeChat opens
 * no outside address from a mini-program, so there the link is copied for the phone's browser.
 */
export function Media({ e }: { e: KnowledgeEntryView }) {
  if (!e.media.length) return null;
  const open = (url: string) => {
    if (process.env.TARO_ENV === 'h5') window.open(url, '_blank', 'noopener');
    else
      void Taro.setClipboardData({ data: url }).then(() =>
        Taro.showToast({ title: tn('mediaCopied'), icon: 'none', duration: 3000 }),
      );
  };
  return (
    <View className="card" data-testid="entry-media">
      <View className="label" style={{ marginTop: 0 }}>
        {tn('media')}
      </View>
      {e.media.map((m) => (
        <View key={m.url} className="kn-media">
          <View style={{ flex: 1 }}>
            {l(MEDIA_KIND.labels[m.kind])}
            {m.title ? `：${m.title}` : ''}
          </View>
          <Button className="btn btn-ghost kn-media-open" onClick={() => open(m.url)} data-testid="entry-media-open">
            {tn('mediaOpen')}
          </Button>
        </View>
      ))}
    </View>
  );
}

/** The claim types an entry concerns, each opening the law for it. */
export function Concerns({ e }: { e: KnowledgeEntryView }) {
  const types = e.claimTypes.filter((c) => c !== 'other');
  if (!types.length) return null;
  return (
    <View className="card">
      <View className="label" style={{ marginTop: 0 }}>
        {tn('concerns')}
      </View>
      <View className="chips">
        {types.map((c) => (
          <View
            key={c}
            className="chip chip-small"
            onClick={() => void Taro.navigateTo({ url: `/rights/law/index?claimType=${c}` })}
          >
            {l(CLAIM_TYPE.labels[c])}
          </View>
        ))}
      </View>
    </View>
  );
}

/** The ways on from reading: work out what one may claim, or talk to a mediator. */
export function WaysOn() {
  return (
    <>
      <Button
        className="btn btn-ghost"
        onClick={() => goNext({ kind: 'calculator', page: null })}
        data-testid="entry-calculator"
      >
        {t('calcEntry')}
      </Button>
      <Button
        className="btn btn-primary"
        onClick={() => goNext({ kind: 'mediator', page: null })}
        data-testid="entry-mediator"
      >
        {tn('mediator')}
      </Button>
    </>
  );
}
