import type { Label } from '@gig/shared';

/** The words of the respond screen: a respondent without an account, come from a texted link. */
export const RESPOND_WORDS = {
  respondTitle: { 'zh-CN': '被申请人答复劳动争议案件', en: 'Answer a labour-dispute case' },
  respondIntro: {
    'zh-CN': '调解站把一件劳动争议案件交给贵单位协商。为确认是您本人，请输入发到本手机的6位验证码。',
    en: 'The mediation station has handed a labour-dispute case to your company to settle. To confirm it is you, enter the 6-digit code sent to this phone.',
  },
  codeSentTo: { 'zh-CN': '验证码已发送至', en: 'Code sent to' },
  forCase: { 'zh-CN': '案件编号', en: 'Case number' },
  smsCode: { 'zh-CN': '短信验证码', en: 'SMS code' },
  codeRule: { 'zh-CN': '请输入6位数字验证码', en: 'Enter the 6-digit code' },
  openCase: { 'zh-CN': '查看并答复案件', en: 'Open and answer the case' },
  resendCode: { 'zh-CN': '重新发送验证码', en: 'Send the code again' },
  resendIn: { 'zh-CN': '秒后可重新发送', en: 's until you can ask again' },
  sendingCode: { 'zh-CN': '正在发送验证码…', en: 'Sending the code…' },
} as const satisfies Record<string, Label>;
