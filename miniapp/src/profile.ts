import type { ClaimCreateBody, Label, ProfileUpdateBody, WorkerProfile } from '@gig/shared';
import type { Draft } from './draft';
import { wordsOf } from './i18n';

/**
 * The worker's profile and the claim: a claim starts from it (only the fields still empty, so
 * nothing typed is ever overwritten), and a filed claim can become it in one tap.
 */
export function withProfile(d: Draft, p: WorkerProfile | null): Draft {
  if (!p) return d;
  const b = d.body;
  const or = <T>(now: T | undefined, from: T | null): T | undefined => (now ? now : (from ?? now));
  const respondent = b.respondent ?? {};
  const body: Draft['body'] = {
    ...b,
    claimant: {
      ...b.claimant,
      name: or(b.claimant.name, p.name) ?? '',
      idNumber: or(b.claimant.idNumber, p.idNumber) ?? '',
      phone: or(b.claimant.phone, p.phone) ?? '',
    },
    industry: or(b.industry, p.industry),
    workMode: or(b.workMode, p.workMode),
    areaCode: or(b.areaCode, p.areaCode) ?? '',
    respondent: {
      ...respondent,
      name: or(respondent.name, p.employer) ?? '',
      ...(or(respondent.outletName, p.outletName) ? { outletName: or(respondent.outletName, p.outletName) } : {}),
      ...(or(respondent.outletAddress, p.outletAddress)
        ? { outletAddress: or(respondent.outletAddress, p.outletAddress) }
        : {}),
    },
  };
  return JSON.stringify(body) === JSON.stringify(b) ? d : { ...d, body };
}

/** What a filed claim says about the worker, as a change to their profile. */
export function profileFromClaim(c: ClaimCreateBody): ProfileUpdateBody {
  return {
    name: c.claimant.name,
    idNumber: c.claimant.idNumber,
    industry: c.industry,
    workMode: c.workMode,
    areaCode: c.areaCode,
    employer: c.respondent.name,
    outletName: c.respondent.outletName ?? null,
    outletAddress: c.respondent.outletAddress ?? null,
  };
}

/** The profile is missing what a claim needs most (who the worker is). */
export const profileIncomplete = (p: WorkerProfile | null) => !p || !p.name || !p.idNumber;

const PROFILE_WORDS = {
  profileWhy: {
    'zh-CN': '填一次，以后每次申请会自动带入，提交前还可以改。',
    en: 'Fill this in once: every new claim starts from it, and you can still change it there.',
  },
  employer: { 'zh-CN': '平台或公司', en: 'Platform or company' },
  outletName: { 'zh-CN': '常去的网点/站点', en: 'Usual outlet or depot' },
  outletAddress: { 'zh-CN': '网点地址', en: 'Outlet address' },
  save: { 'zh-CN': '保存', en: 'Save' },
  saved: { 'zh-CN': '已保存', en: 'Saved' },
  saveAsProfile: {
    'zh-CN': '把这次填写的姓名、身份证号和工作信息存为我的资料，下次申请自动填写',
    en: 'Keep the name, ID number and work details from this claim as my details, for next time',
  },
  badId: { 'zh-CN': '身份证号不对，请核对', en: 'This ID card number is not valid: check it' },
  wechatPhone: { 'zh-CN': '用微信绑定的手机号', en: 'Use my WeChat phone number' },
} satisfies Record<string, Label>;
export const tp = wordsOf(PROFILE_WORDS);
