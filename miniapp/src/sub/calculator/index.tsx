import Taro, { useRouter } from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import { CITY_AREAS, fenToYuan, type LocalFigureView } from '@gig/shared';
import { call } from '../../api';
import { today } from '../../format';
import { addCalculatedItems, loadDraft, newDraft, saveDraft, type Draft } from '../../draft';
import { t, toggleLanguage, useLocale } from '../../i18n';
import { tk } from '../../calc-words';
import { emptyAnswers, problemsOf, type Answers, type Situation } from '../../calc/answers';
import { figuresOf } from '../../calc/figures';
import { claimable, outcomes, type Outcome } from '../../calc/outcomes';
import { defaultPicks, picked, toClaimItems, toggle, type Picks } from '../../calc/picks';
import { SituationPicker } from '../../components/calculator/SituationPicker';
import { AreaPicker, AskForm } from '../../components/calculator/AskForm';
import { ResultCard } from '../../components/calculator/ResultCard';
import './index.css';

type Stage = 'what' | 'ask' | 'result';
interface Loaded {
  area: string;
  list: LocalFigureView[];
  failed: boolean;
}

const param = (v: string | undefined) => (v ? decodeURIComponent(v) : null);
const top = () => void Taro.pageScrollTo({ scrollTop: 0, duration: 0 }).catch(() => undefined);

/** The draft the calculated items go into: the one on the phone, or a new one for the station scanned. */
function draftFor(station: string | null, area: string | null): Draft {
  const d = loadDraft() ?? newDraft(station);
  const body = { ...d.body };
  if (station && !body.stationCode) body.stationCode = station;
  if (!loadDraft() && area && CITY_AREAS.some((x) => x.code === area)) body.areaCode = area;
  return { ...d, body };
}

/**
 * "What may I claim?": no sign-in. What happened (several situations at once), the few answers each
 * statutory calculator needs, then each result with its steps and articles, the local figures it
 * used (示例 where they are examples), and a button that puts the picked amounts into the claim.
 */
export default function Calculator() {
  useLocale('calcTitle');
  const { params } = useRouter();
  const station = param(params.station);
  const [area, setArea] = useState<string | null>(() => param(params.area) ?? loadDraft()?.body.areaCode ?? null);
  const [stage, setStage] = useState<Stage>('what');
  const [situations, setSituations] = useState<Situation[]>([]);
  const [a, setA] = useState<Answers>(emptyAnswers);
  const [tried, setTried] = useState(false);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [results, setResults] = useState<Outcome[]>([]);
  const [picks, setPicks] = useState<Picks>({});
  const [busy, setBusy] = useState(false);
  const day = today();

  useEffect(() => {
    if (!area) return;
    let live = true;
    call('public.figures', { query: { areaCode: area, on: day } }).then(
      (r) => live && setLoaded({ area, list: r.figures, failed: false }),
      () => live && setLoaded({ area, list: [], failed: true }),
    );
    return () => void (live = false);
  }, [area, day]);

  const problems = tried ? problemsOf(situations, a, day) : {};
  const ready = !!area && loaded?.area === area;
  const go = (s: Stage) => (setStage(s), top());

  const compute = () => {
    setTried(true);
    if (!area || !ready || Object.keys(problemsOf(situations, a, day)).length) {
      // To the first question with a problem (after it is drawn).
      setTimeout(() => void Taro.pageScrollTo({ selector: '.calc-q-error', duration: 200 }).catch(() => undefined), 50);
      return;
    }
    const r = outcomes(situations, a, figuresOf(loaded.list), day);
    setResults(r);
    setPicks(defaultPicks(r));
    go('result');
  };

  const write = async () => {
    const items = toClaimItems(picked(results, picks));
    if (!items.length) return void Taro.showToast({ title: tk('nothingPicked'), icon: 'none' });
    setBusy(true);
    try {
      saveDraft(addCalculatedItems(draftFor(station, area), items));
      // Back to the wizard when it opened this page (it reloads the draft when shown); else open it.
      const pages = Taro.getCurrentPages();
      const below = pages[pages.length - 2];
      if (below && (below.route ?? '').replace(/^\//, '').startsWith('sub/claim/index')) await Taro.navigateBack();
      else await Taro.navigateTo({ url: '/sub/claim/index' });
    } finally {
      setBusy(false);
    }
  };

  const total = picked(results, picks).reduce((sum, o) => sum + o.amountFen, 0);
  const failed = ready && loaded.failed && (
    <View className="card calc-warn" data-testid="calc-figures-missing">
      {tk('figuresMissing')}
    </View>
  );
  return (
    <View className="page calc-page">
      <Text className="lang" onClick={toggleLanguage} data-testid="lang">
        {t('language')}
      </Text>
      <View className="title calc-page-title">{t('calcTitle')}</View>

      {stage === 'what' && (
        <View>
          <View className="calc-lead">{tk('intro')}</View>
          <View className="label">{tk('whatHappened')}</View>
          <SituationPicker
            picked={situations}
            onToggle={(s) => setSituations((x) => (x.includes(s) ? x.filter((y) => y !== s) : [...x, s]))}
          />
          {tried && !situations.length && <View className="error">{tk('pickOne')}</View>}
          <Button
            className="btn btn-primary"
            data-testid="calc-next"
            onClick={() => (situations.length ? (setTried(false), go('ask')) : setTried(true))}
          >
            {tk('next')}
          </Button>
        </View>
      )}

      {stage === 'ask' && (
        <View>
          <AreaPicker area={area} fromStation={!!station} onPick={setArea} missing={tried && !area} />
          <AskForm
            situations={situations}
            a={a}
            set={(p) => setA((x) => ({ ...x, ...p }))}
            problems={problems}
            today={day}
          />
          {failed}
          <View className="buttons">
            <Button className="btn btn-ghost" onClick={() => go('what')} data-testid="calc-back">
              {tk('back')}
            </Button>
            <Button
              className="btn btn-primary"
              onClick={compute}
              loading={!!area && !ready}
              disabled={!!area && !ready}
              data-testid="calc-compute"
            >
              {tk('compute')}
            </Button>
          </View>
        </View>
      )}

      {stage === 'result' && (
        <View>
          <View className="card calc-estimate" data-testid="calc-estimate">
            {tk('estimate')}
          </View>
          {failed}
          {results.map((o) => (
            <ResultCard
              key={o.situation}
              outcome={o}
              picks={picks}
              onToggle={(opt) => setPicks((p) => toggle(p, opt, results))}
            />
          ))}
          <Button className="btn btn-ghost" onClick={() => go('ask')} data-testid="calc-again">
            {tk('again')}
          </Button>
          {/* The total picked and the button stay in reach at the bottom however long the results are. */}
          {results.some((o) => o.options.some(claimable)) && (
            <View className="calc-bar">
              <View className="calc-bar-total">
                <View className="calc-bar-label">{tk('total')}</View>
                <View className="calc-bar-amount" data-testid="calc-total">
                  ¥{fenToYuan(total)}
                </View>
              </View>
              <Button
                className="btn btn-primary"
                onClick={write}
                disabled={busy || total === 0}
                loading={busy}
                data-testid="calc-write"
              >
                {tk('writeClaim')}
              </Button>
            </View>
          )}
        </View>
      )}
    </View>
  );
}
