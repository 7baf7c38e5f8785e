import { App, type FormInstance } from 'antd';
import { ApiError } from '../../api';
import { fieldWords, ruleWords } from '../../field-words';
import { useI18n, type WordKey } from '../../i18n';
import { formPath } from './knowledge-form';

/** The editor's own reasons (the server's rules for library entries), before the page's common ones. */
const RULES: Record<string, WordKey> = {
  published: 'knRulePublished',
  unique: 'knRuleUnique',
  kind: 'knRuleKind',
};

/**
 * The page's way of saying why the API refused: the shared words for the error code, and each
 * field it names under that field of the form (in the page's language); fields the form does not
 * have are named in the message.
 */
export function useShowError() {
  const { t, l } = useI18n();
  const reason = (rule: string) => (RULES[rule] ? t(RULES[rule]) : ruleWords(rule, l));
  const { message } = App.useApp();
  return (err: unknown, form?: FormInstance) => {
    if (!(err instanceof ApiError)) {
      // A form's own validation (antd): the fields already say what is missing.
      if (err && typeof err === 'object' && 'errorFields' in err) return;
      throw err;
    }
    const mapped = err.fields.map((f) => ({ f, name: form ? formPath(f.path) : null }));
    const inForm = mapped.filter((m) => m.name);
    form?.setFields(inForm.map((m) => ({ name: m.name!, errors: [reason(m.f.rule)] })));
    const rest = mapped.filter((m) => !m.name).map((m) => m.f);
    void message.error(rest.length ? `${err.message}（${fieldWords(rest, l)}）` : err.message);
  };
}
