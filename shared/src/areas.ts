import type { Label } from './labels';

/**
 * The districts and counties of the city this deployment serves (GB/T 2260 codes; Wenzhou for the
 * demo city), for pickers where a worker says where they work. Routing needs only the code; a city
 * that deploys the product replaces this list. A code outside it can still be typed.
 */
export const CITY_AREAS: readonly { code: string; label: Label }[] = [
  { code: '330302', label: { 'zh-CN': '鹿城区', en: 'Lucheng' } },
  { code: '330303', label: { 'zh-CN': '龙湾区', en: 'Longwan' } },
  { code: '330304', label: { 'zh-CN': '瓯海区', en: 'Ouhai' } },
  { code: '330305', label: { 'zh-CN': '洞头区', en: 'Dongtou' } },
  { code: '330381', label: { 'zh-CN': '瑞安市', en: 'Rui’an' } },
  { code: '330382', label: { 'zh-CN': '乐清市', en: 'Yueqing' } },
  { code: '330383', label: { 'zh-CN': '龙港市', en: 'Longgang' } },
  { code: '330324', label: { 'zh-CN': '永嘉县', en: 'Yongjia' } },
  { code: '330326', label: { 'zh-CN': '平阳县', en: 'Pingyang' } },
  { code: '330327', label: { 'zh-CN': '苍南县', en: 'Cangnan' } },
  { code: '330328', label: { 'zh-CN': '文成县', en: 'Wencheng' } },
  { code: '330329', label: { 'zh-CN': '泰顺县', en: 'Taishun' } },
];
