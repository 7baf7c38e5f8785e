import type { Label } from '@gig/shared';
import { fieldWords } from '../../server/admin/src/field-words';

const zh = (l: Label) => l['zh-CN'];
const en = (l: Label) => l.en;

describe('field errors in words', () => {
  it('names the field and says why in the page’s language, never the server’s English', () => {
    const fields = [
      { path: '/body/effectiveOn', rule: 'not_future', message: 'the agreement cannot take effect in the future' },
      { path: '/body/items/0/amountYuan', rule: 'amount', message: 'must be an amount in yuan above zero' },
      { path: '/body/somethingNew', rule: 'a_rule_from_a_newer_server', message: 'raw server words' },
    ];
    expect(fieldWords(fields, zh)).toBe(
      'effectiveOn: 不能晚于今天; items/0/amountYuan: 请填大于0的金额，最多两位小数; somethingNew: 不正确',
    );
    expect(fieldWords(fields, en)).not.toContain('raw server words');
  });
});
