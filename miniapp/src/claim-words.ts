import type { Label } from '@gig/shared';
import { wordsOf } from './i18n';

/** The claim wizard's and the case page's own words (the general ones are i18n's `t`). */
const CLAIM_WORDS = {
  goesTo: { 'zh-CN': '您的申请将送到', en: 'Your claim will go to' },
  changedFrom: {
    'zh-CN': '按您填写的行业和地区，申请不再由您扫码的「{from}」受理，改由「{to}」受理。',
    en: 'From the work and district you gave, it will not go to “{from}”, which you scanned, but to “{to}”.',
  },
  noRouteYet: {
    'zh-CN': '选好行业、接活方式和区县后，这里会显示由哪个调解站受理。',
    en: 'Once you choose the work, how you get it and the district, the station that takes it shows here.',
  },
  presetFrom: {
    'zh-CN': '已按您扫码的「{station}」预先选好，不对可以改。',
    en: 'Preset from “{station}”, the station you scanned; change it if it is wrong.',
  },
  pickAgain: {
    'zh-CN': '这个文件没有传完，手机里已经找不到它了：请删除后重新选择',
    en: 'This file did not finish uploading and the phone no longer has it: remove it and pick it again',
  },
  waitUpload: {
    'zh-CN': '照片还在上传，请等上传完成再点下一步',
    en: 'A photo is still uploading; wait for it, then tap Next',
  },
  labelClaimant: { 'zh-CN': '申请人', en: 'Claimant' },
  labelId: { 'zh-CN': '身份证号', en: 'ID number' },
  labelPhone: { 'zh-CN': '手机号', en: 'Mobile' },
  labelWork: { 'zh-CN': '行业和接活方式', en: 'Work' },
  labelArea: { 'zh-CN': '干活的区县', en: 'District' },
  labelRespondent: { 'zh-CN': '被申请人（单位）', en: 'Respondent (company)' },
  labelPartner: { 'zh-CN': '合作方', en: 'Partner' },
  labelOutlet: { 'zh-CN': '网点/站点', en: 'Outlet or depot' },
  labelCredit: { 'zh-CN': '统一社会信用代码', en: 'Credit code' },
  labelConsent: { 'zh-CN': '先交网点协商', en: 'Outlet may settle first' },
  labelItems: { 'zh-CN': '请求事项', en: 'What you claim' },
  labelTotal: { 'zh-CN': '合计', en: 'Total' },
  labelIncident: { 'zh-CN': '发生日期', en: 'When it happened' },
  labelStory: { 'zh-CN': '事情经过', en: 'What happened' },
  labelEvidence: { 'zh-CN': '证据', en: 'Evidence' },
  labelLegalAid: { 'zh-CN': '法律援助', en: 'Legal aid' },
  yes: { 'zh-CN': '同意', en: 'Yes' },
  no: { 'zh-CN': '不同意', en: 'No' },
  asked: { 'zh-CN': '申请', en: 'Asked for' },
  notAsked: { 'zh-CN': '不申请', en: 'Not asked' },
  notGiven: { 'zh-CN': '未填', en: 'Not given' },
  files: { 'zh-CN': '{n} 份', en: '{n} file(s)' },
  whatClaimed: { 'zh-CN': '您申请的内容', en: 'What you claimed' },
  home: { 'zh-CN': '回首页', en: 'Home' },
  myCases: { 'zh-CN': '我的案件', en: 'My cases' },
  fileKind: { 'zh-CN': '这份材料是：', en: 'This file is:' },
} satisfies Record<string, Label>;

export type ClaimWordKey = keyof typeof CLAIM_WORDS;

export const tw: (key: ClaimWordKey, vars?: Record<string, string | number>) => string = wordsOf(CLAIM_WORDS);
