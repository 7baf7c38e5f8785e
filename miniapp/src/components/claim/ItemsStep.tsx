import { Button, Input, View } from '@tarojs/components';
import { CLAIM_TYPE, type ClaimType } from '@gig/shared';
import { t } from '../../i18n';
import { Chips } from './Chips';
import type { StepProps } from './step';

/** The step about what the worker claims: one card per item, its type and amount; items added and removed. */
export function ItemsStep({ body, set, err, cls }: StepProps) {
  return (
    <View>
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
              set({ items: body.items.map((x, i) => (i === n ? { ...x, amountYuan: e.detail.value } : x)) })
            }
            data-testid={`amount-${n}`}
          />
          {err(`/items/${n}/amountYuan`)}
          {body.items.length > 1 && (
            <View
              className="muted"
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
    </View>
  );
}
