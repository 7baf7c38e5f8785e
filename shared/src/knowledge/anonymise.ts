/**
 * The anonymisation step before a closed case is published as a typical case (issue 13): names,
 * phone and ID numbers, plate numbers and addresses are replaced, and `findPersonalData` checks a
 * text automatically; the server refuses to publish a case while it finds anything. It finds what
 * the patterns below describe and the names it is given (the case's parties); a name written in
 * free text without a role word before it is beyond a pattern, so an editor still reads the text.
 */
export const PERSONAL_DATA_KIND = ['name', 'phone', 'id_number', 'plate', 'address'] as const;
export type PersonalDataKind = (typeof PERSONAL_DATA_KIND)[number];

export interface PersonalDataFinding {
  kind: PersonalDataKind;
  /** Where it is in the text (UTF-16 index) and how long. */
  index: number;
  length: number;
  /** What was found, masked (never the whole value). */
  masked: string;
}

const PROVINCES = '京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼';
/** The most common surnames (they cover most people); a role word followed by one of them and a given name is a name. */
const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const ROLE_WORDS =
  '申请人|被申请人|劳动者|当事人|员工|职工|骑手|配送员|快递员|司机|驾驶员|证人|负责人|法定代表人|站长|经理|主管|老板|委托代理人|代理人|姓名|名叫|叫做';

const PATTERNS: { kind: PersonalDataKind; re: RegExp; group?: number }[] = [
  {
    kind: 'id_number',
    re: /(?<![0-9A-Za-z])[1-9][0-9]{5}(?:18|19|20)[0-9]{2}[01][0-9][0-3][0-9]{4}[0-9Xx](?![0-9A-Za-z])/g,
  },
  { kind: 'id_number', re: /(?<![0-9A-Za-z])[0-9]{17}[0-9Xx](?![0-9A-Za-z])/g },
  { kind: 'phone', re: /(?<![0-9])(?:\+?86[- ]?)?1[3-9][0-9](?:[- ]?[0-9]{4}){2}(?![0-9])/g },
  { kind: 'phone', re: /(?<![0-9])0[1-9][0-9]{1,2}-[0-9]{7,8}(?![0-9])/g },
  { kind: 'plate', re: new RegExp(`[${PROVINCES}][A-HJ-NP-Z][·・ ]?[A-HJ-NP-Z0-9]{5,6}(?![A-Za-z0-9])`, 'g') },
  {
    kind: 'address',
    re: /[\u4e00-\u9fa5]{1,12}(?:路|街|大道|巷|弄|胡同)[0-9一二三四五六七八九十百]+号(?:[0-9]+(?:号楼|栋|幢|单元|室|楼))*/g,
  },
  {
    kind: 'address',
    re: /[\u4e00-\u9fa5]{2,12}(?:小区|花园|公寓|大厦|村)[0-9]+(?:号楼|栋|幢|单元|室)(?:[0-9]+(?:单元|室|楼))*/g,
  },
  {
    kind: 'name',
    re: new RegExp(`(?:${ROLE_WORDS})[：:，,\\s]*([${SURNAMES}][\\u4e00-\\u9fa5]{1,2})(?![某*＊])`, 'g'),
    group: 1,
  },
];

/** Pseudonyms such as 张某, 王某某, 李* are what anonymised text should hold: not findings. */
const PSEUDONYM = /^[\u4e00-\u9fa5][某*＊]/;
/** Words that follow a role word and start with a surname character but are not names. */
const NOT_NAMES = [
  '高某',
  '方面',
  '向其',
  '于是',
  '于当',
  '于某',
  '万元',
  '任何',
  '严重',
  '毛收入',
  '程序',
  '黄金',
  '金额',
  '白天',
  '周末',
  '龙头',
  '石化',
  '江苏',
  '江西',
];

function mask(value: string): string {
  if (value.length <= 2) return `${value[0]}*`;
  return `${value.slice(0, 1)}${'*'.repeat(value.length - 2)}${value.slice(-1)}`;
}

/** Every piece of personal data the patterns and the given names find, in text order. */
export function findPersonalData(text: string, knownNames: readonly string[] = []): PersonalDataFinding[] {
  const out: PersonalDataFinding[] = [];
  const taken = (i: number, len: number) => out.some((f) => i < f.index + f.length && f.index < i + len);
  const add = (kind: PersonalDataKind, index: number, value: string) => {
    if (!taken(index, value.length)) out.push({ kind, index, length: value.length, masked: mask(value) });
  };
  for (const name of knownNames.map((n) => n.trim()).filter((n) => n.length >= 2)) {
    for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + name.length)) add('name', i, name);
  }
  for (const p of PATTERNS) {
    for (const m of text.matchAll(p.re)) {
      const value = p.group ? m[p.group]! : m[0];
      const index = m.index! + (p.group ? m[0].lastIndexOf(value) : 0);
      if (p.kind === 'name' && (PSEUDONYM.test(value) || NOT_NAMES.some((w) => value.startsWith(w)))) continue;
      add(p.kind, index, value);
    }
  }
  return out.sort((a, b) => a.index - b.index);
}

const REPLACEMENT: Record<PersonalDataKind, (value: string) => string> = {
  name: (v) => `${v[0]}某`,
  phone: () => '[电话已删除]',
  id_number: () => '[身份证号已删除]',
  plate: () => '[车牌号已删除]',
  address: () => '[地址已删除]',
};

/** The text with every finding replaced: a name by surname + 某, the rest by a bracketed note. */
export function anonymise(text: string, knownNames: readonly string[] = []): string {
  let out = text;
  for (const f of findPersonalData(text, knownNames).reverse()) {
    const value = out.slice(f.index, f.index + f.length);
    out = out.slice(0, f.index) + REPLACEMENT[f.kind](value) + out.slice(f.index + f.length);
  }
  return out;
}
