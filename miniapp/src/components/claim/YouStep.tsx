import { Input, View } from '@tarojs/components';
import { t } from '../../i18n';
import type { StepProps } from './step';

/** The step about the worker: name, ID card number and mobile number. */
export function YouStep({ body, set, err, cls }: StepProps) {
  return (
    <View>
      <View className="label">{t('name')}</View>
      <Input
        className={cls('/claimant/name')}
        value={body.claimant.name}
        onInput={(e) => set({ claimant: { ...body.claimant, name: e.detail.value } })}
        data-testid="name"
      />
      {err('/claimant/name')}
      <View className="label">{t('idNumber')}</View>
      <Input
        className={cls('/claimant/idNumber')}
        type="idcard"
        maxlength={18}
        value={body.claimant.idNumber}
        onInput={(e) => set({ claimant: { ...body.claimant, idNumber: e.detail.value.toUpperCase() } })}
        data-testid="id-number"
      />
      {err('/claimant/idNumber')}
      <View className="label">{t('mobile')}</View>
      <Input
        className={cls('/claimant/phone')}
        type="number"
        maxlength={11}
        value={body.claimant.phone}
        onInput={(e) => set({ claimant: { ...body.claimant, phone: e.detail.value } })}
        data-testid="claim-phone"
      />
      {err('/claimant/phone')}
    </View>
  );
}
