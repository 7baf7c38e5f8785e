import Taro from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import { CLAIM_TYPE } from '@gig/shared';
import { l, t, toggleLanguage, useLocale } from '../../i18n';
import { useTabIcons } from '../../tab-icons';
import { tn } from '../../knowledge-words';
import { LAW_PAGE } from '../../knowledge/links';
import { goNext } from '../../knowledge/next';
import { AskBox } from '../../components/knowledge/AskBox';
import { CaseSearch } from '../../components/knowledge/CaseSearch';

/**
 * Know your rights (知法懂法), a tab, no sign-in: ask in one's own words (the answer cites the
 * articles and cases it comes from, with the next steps), the law for one's claim type, and the
 * typical cases by words and filters. The articles and cases open in the `rights` subpackage.
 */
export default function Rights() {
  useLocale('rights');
  useTabIcons();
  return (
    <View className="page">
      <Text className="lang" onClick={toggleLanguage} data-testid="lang">
        {t('language')}
      </Text>
      {/* The title bar names the tab: the page starts with what it is for. */}
      <View className="subtitle" style={{ margin: '40px 0 12px' }}>
        {tn('intro')}
      </View>
      <AskBox />
      <View className="card">
        <View className="label" style={{ marginTop: 0 }}>
          {tn('lawTitle')}
        </View>
        <View className="hint" style={{ marginBottom: '8px' }}>
          {tn('lawHint')}
        </View>
        <View className="chips">
          {CLAIM_TYPE.values
            .filter((v) => v !== 'other')
            .map((v) => (
              <View
                key={v}
                className="chip chip-small"
                onClick={() => void Taro.navigateTo({ url: `${LAW_PAGE}?claimType=${v}` })}
                data-testid={`law-${v}`}
              >
                {l(CLAIM_TYPE.labels[v])}
              </View>
            ))}
        </View>
      </View>
      <CaseSearch />
      <View className="card" style={{ marginTop: '12px' }}>
        <View>{tn('mediatorHint')}</View>
        <Button
          className="btn btn-ghost"
          onClick={() => goNext({ kind: 'mediator', page: null })}
          data-testid="rights-mediator"
        >
          {tn('mediator')}
        </Button>
      </View>
    </View>
  );
}
