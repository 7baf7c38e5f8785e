import type { Label } from '@gig/shared';
import type { Problem } from '../../validation';

/** Words for each problem the wizard can name, never a validator's own text. */
export const PROBLEM_WORDS: Record<Problem, Label> = {
  required: { 'zh-CN': '请填写这一项', en: 'Please fill this in' },
  too_short: { 'zh-CN': '太短了，请多写一点', en: 'Too short; please write a little more' },
  too_long: { 'zh-CN': '太长了，请简短一些', en: 'Too long; please shorten it' },
  format: { 'zh-CN': '格式不对', en: 'Not in the right form' },
  checksum: { 'zh-CN': '号码有误，请核对', en: 'This number does not check out' },
  birth_date: { 'zh-CN': '出生日期不对', en: 'The birth date is wrong' },
  amount: { 'zh-CN': '请填大于0的金额，最多两位小数', en: 'An amount above 0, at most 2 decimals' },
  total: { 'zh-CN': '合计金额超过2000万元，请核对', en: 'The total is above 20 million yuan; please check' },
  after_from: { 'zh-CN': '结束日期不能早于开始日期', en: 'The end date cannot be before the start date' },
  after_incident: { 'zh-CN': '知道的日期不能早于发生的日期', en: 'Cannot have learned of it before it happened' },
  not_future: { 'zh-CN': '日期不能晚于今天', en: 'The date cannot be after today' },
  unknown: { 'zh-CN': '这一项无法识别，请删掉重填', en: 'This was not recognised; clear it and fill it in again' },
  invalid: { 'zh-CN': '这一项不对，请检查', en: 'This is not right; please check it' },
};
