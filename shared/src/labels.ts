/** Every user-facing word for an enum value lives here once, in both UI languages. */
export type Locale = 'zh-CN' | 'en';
export const LOCALES: readonly Locale[] = ['zh-CN', 'en'];
export const DEFAULT_LOCALE: Locale = 'zh-CN';

export interface Label {
  'zh-CN': string;
  en: string;
}

export type LabelTable<K extends string> = { readonly [P in K]: Label };

export function label<K extends string>(table: LabelTable<K>, key: K, locale: Locale = DEFAULT_LOCALE): string {
  return table[key][locale];
}
