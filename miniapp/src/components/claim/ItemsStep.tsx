import Taro from '@tarojs/taro';
import { Button, Input, View } from '@tarojs/components';
import { CALCULATOR, CLAIM_TYPE, type ClaimType } from '@gig/shared';
import { l, t } from '../../i18n';
import { tk } from '../../calc-words';
import { Chips } from './Chips';
import { ClaimLawPanel } from '../knowledge/ClaimLawPanel';
import type { StepProps } from './step';

type Item = StepProps['body']['items'][number];

/** The item with an amount the worker typed: no longer the calculator's. */
function typed(x: Item, amountYuan: string): Item {
  const out = { ...x, amountYuan };
  delete out.calculation;
  return out;
}

/**
 * The step about what the worker claims: one card per item, its type and amount; items added and
 * removed. "Work it out" opens the calculator, which adds its items to this draft. An amount typed
 * over a calculated one is the worker's own: it no longer names the calculation.
 */
export function ItemsStep({ body, set, err, cls }: StepProps) {
  return (
    <View>
      <Button
        className="btn btn-ghost"
        onClick={() => Taro.navigateTo({ url: `/sub/calculator/index?area=${encodeURIComponent(body.areaCode)}` })}
        data-testid="items-calculator"
      >
        {tk('helpMe')}
      </Button>
      {body.items.map((item, n) => (
        <View key={n} className="card">
          <View className="label">{t('claimType')}</View>
          <Chips
            values={CLAIM_TYPE.values}
            labels={CLAIM_TYPE.labels}
            value={item.type}
            onPick={(v: ClaimType) => set({ items: body.items.map((x, i) => (i === n ? { ...x, type: v } : x)) })}
            testid={`claim-type-${n}`}
          />
          <View className="label">{t('amount')}</View>
          <Input
            className={cls(`/items/${n}/amountYuan`)}
            type="digit"
            value={item.amountYuan}
            placeholder={t('amountHint')}
            onInput={(e) =>
              set({
                items: body.items.map((x, i) =>
                  i === n && x.amountYuan !== e.detail.value ? typed(x, e.detail.value) : x,
                ),
              })
            }
            data-testid={`amount-${n}`}
          />
          {err(`/items/${n}/amountYuan`)}
          {item.calculation && (
            <View className="subtitle" style={{ marginTop: '6px' }} data-testid={`calculated-${n}`}>
              {tk('calculated')}：{l(CALCULATOR.labels[item.calculation.calculator])}
              {item.periodFrom && item.periodTo ? `（${item.periodFrom} – ${item.periodTo}）` : ''}
            </View>
          )}
          {body.items.length > 1 && (
            <View
              className="muted tap"
              style={{ marginTop: '8px', color: '#cb2634' }}
              onClick={() => set({ items: body.items.filter((_x, i) => i !== n) })}
            >
              {t('remove')}
            </View>
          )}
        </View>
      ))}
      <Button
        className="btn btn-ghost"
        onClick={() => set({ items: [...body.items, { type: 'unpaid_wages', amountYuan: '' }] })}
      >
        {t('addItem')}
      </Button>
      <ClaimLawPanel types={body.items.map((x) => x.type)} industry={body.industry} />
    </View>
  );
}
