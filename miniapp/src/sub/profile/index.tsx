import Taro, { useDidShow } from '@tarojs/taro';
import { Button, Input, View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import { CITY_AREAS, INDUSTRY, WORK_MODE, profileProblems, type WorkerProfile } from '@gig/shared';
import { call, goSignIn, session, setVerifiedPhone } from '../../api';
import { showError } from '../../api/show-error';
import { Chips } from '../../components/claim/Chips';
import { l, t, useLocale } from '../../i18n';
import { WEAPP } from '../../platform';
import { tp } from '../../profile';

type Form = Omit<WorkerProfile, 'phone' | 'updatedAt'>;
const EMPTY: Form = {
  name: null,
  idNumber: null,
  industry: null,
  workMode: null,
  areaCode: null,
  employer: null,
  outletName: null,
  outletAddress: null,
};

/**
 * My details: filled in once, every new claim starts from them (and can still change them). The
 * phone is the one verified at sign-in, shown, not typed; a WeChat sign-in has none, so WeChat's
 * phone-number button offers the one bound to WeChat (the server exchanges its code). Saved on the server (name and ID number
 * sealed there), so a new phone or a cleared WeChat keeps them.
 */
export default function Profile() {
  const lang = useLocale();
  useEffect(() => void Taro.setNavigationBarTitle({ title: t('myProfile') }).catch(() => undefined), [lang]);
  const [form, setForm] = useState<Form | null>(null);
  const [phone, setPhone] = useState<string | null>(null);
  const [bad, setBad] = useState(false);
  const [busy, setBusy] = useState(false);
  useDidShow(() => {
    if (!session()) return goSignIn('/sub/profile/index');
    call('me.profile', {}).then(
      ({ phone: p, updatedAt, ...f }) => (setForm(f), setPhone(p), void updatedAt),
      (e) => (showError(e), setForm(EMPTY)),
    );
  });
  if (!form) return <View className="page" />;
  const set = (patch: Partial<Form>) => setForm({ ...form, ...patch });
  const text = (k: 'name' | 'employer' | 'outletName' | 'outletAddress', label: string, max: number) => (
    <>
      <View className="label">{label}</View>
      <Input
        className="input"
        maxlength={max}
        value={form[k] ?? ''}
        onInput={(e) => set({ [k]: e.detail.value || null })}
        data-testid={`profile-${k}`}
      />
    </>
  );
  // WeChat's getPhoneNumber button: a code for the server to exchange; a refusal (errMsg not ok) does nothing.
  const wechatPhone = async (e: { detail: { code?: string; errMsg?: string } }) => {
    const code = e.detail.code;
    if (!code || !/:ok$/.test(e.detail.errMsg ?? '') || busy) return;
    setBusy(true);
    try {
      const p = await call('me.phoneWechat', { body: { code } });
      setPhone(p.phone);
      const s = session();
      if (s && p.phone) setVerifiedPhone(s.user.id, p.phone);
    } catch (err) {
      showError(err);
    } finally {
      setBusy(false);
    }
  };
  const save = async () => {
    const idBad = profileProblems({ idNumber: form.idNumber }).length > 0;
    setBad(idBad);
    if (idBad || busy) return;
    setBusy(true);
    try {
      const body = Object.fromEntries(
        Object.entries(form).map(([k, v]) => [k, typeof v === 'string' ? v.trim() || null : v]),
      );
      await call('me.profileUpdate', { body });
      void Taro.showToast({ title: tp('saved'), icon: 'success' });
    } catch (e) {
      showError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <View className="page" data-testid="profile-page">
      <View className="title">{t('myProfile')}</View>
      <View className="plain">{tp('profileWhy')}</View>
      <View className="card">
        {text('name', t('name'), 50)}
        <View className="label">{t('idNumber')}</View>
        <Input
          className={`input${bad ? ' input-error' : ''}`}
          type="idcard"
          maxlength={18}
          value={form.idNumber ?? ''}
          onInput={(e) => set({ idNumber: e.detail.value.toUpperCase() || null })}
          data-testid="profile-idNumber"
        />
        {bad && <View className="error">{tp('badId')}</View>}
        <View className="label">{t('mobile')}</View>
        <View className="plain" data-testid="profile-phone">
          {phone ?? '—'}
        </View>
        {WEAPP && !phone && (
          <Button
            className="btn"
            openType="getPhoneNumber"
            onGetPhoneNumber={wechatPhone}
            disabled={busy}
            data-testid="profile-wechat-phone"
          >
            {tp('wechatPhone')}
          </Button>
        )}
      </View>
      <View className="card">
        <View className="label">{t('industry')}</View>
        <Chips
          values={INDUSTRY.values}
          labels={INDUSTRY.labels}
          value={form.industry ?? undefined}
          onPick={(v) => set({ industry: v })}
          testid="profile-industry"
        />
        <View className="label">{t('workMode')}</View>
        <Chips
          values={WORK_MODE.values}
          labels={WORK_MODE.labels}
          value={form.workMode ?? undefined}
          onPick={(v) => set({ workMode: v })}
          testid="profile-work-mode"
        />
        <View className="label">{t('area')}</View>
        <View className="chips">
          {CITY_AREAS.map((a) => (
            <View
              key={a.code}
              className={`chip${form.areaCode === a.code ? ' chip-on' : ''}`}
              onClick={() => set({ areaCode: a.code })}
              data-testid={`profile-area-${a.code}`}
            >
              {l(a.label)}
            </View>
          ))}
        </View>
        {text('employer', tp('employer'), 100)}
        {text('outletName', tp('outletName'), 100)}
        {text('outletAddress', tp('outletAddress'), 300)}
      </View>
      <Button className="btn btn-primary" onClick={save} disabled={busy} data-testid="profile-save">
        {tp('save')}
      </Button>
    </View>
  );
}
