import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Label } from '@gig/shared';
import { auditActionWords, detailWords, kindWords } from '../../server/admin/src/i18n-audit';

/** The audit log in words: every action the server writes has words, details never show as JSON. */
const zh = (x: Label) => x['zh-CN'];
const en = (x: Label) => x.en;

/** The fixed action names the server's services write (`action: 'x.y'`). */
function writtenActions(): string[] {
  const found = new Set<string>();
  const walk = (dir: string) => {
    for (const f of readdirSync(dir)) {
      const p = path.join(dir, f);
      if (statSync(p).isDirectory()) walk(p);
      else if (p.endsWith('.ts'))
        for (const m of readFileSync(p, 'utf8').matchAll(/action: (?:[^'\n]*\? )?'([a-z_]+\.[a-z_.]+)'/g))
          found.add(m[1]!);
    }
  };
  walk(path.join(__dirname, '../../server/src/services'));
  return [...found];
}

test('every action the server writes reads as words in both languages', () => {
  const actions = writtenActions();
  expect(actions).toEqual(expect.arrayContaining(['staff.login', 'personal_data.revealed', 'station.updated']));
  for (const a of actions) {
    expect({ a, zh: auditActionWords(a, zh) }).not.toEqual({ a, zh: a });
    expect({ a, en: auditActionWords(a, en) }).not.toEqual({ a, en: a });
  }
  // A case action and a generated document, from the shared tables.
  expect(auditActionWords('case.accept', zh)).toBe('受理');
  expect(auditActionWords('agreement.pdf_generated', zh)).toBe('生成调解协议书');
  expect(auditActionWords('arbitration-application.pdf_generated', en)).toBe('Generated the arbitration application');
});

test('details read as words: statuses, roles, kinds and field names, no JSON', () => {
  expect(detailWords({ caseNumber: 'LD2026-000001', from: 'submitted', to: 'accepted' }, zh)).toBe(
    '案件：LD2026-000001；原状态：已提交，待受理；新状态：已受理',
  );
  expect(detailWords({ field: 'idNumber', reason: '核实身份' }, zh)).toBe('查看项：身份证号；原因：核实身份');
  expect(detailWords({ changed: ['name', 'phone'] }, en)).toBe('Changed：Name、Phone');
  expect(detailWords({ username: 'courier.admin', role: 'station_admin' }, zh)).toBe(
    '用户名：courier.admin；角色：站点管理员',
  );
  expect(detailWords({ category: 'medical', consentVersion: 'v1' }, zh)).toContain('病历');
  expect(detailWords({ example: true }, zh)).toBe('示例数据：是');
  expect(kindWords('staff_user', zh)).toBe('账号');
  expect(kindWords('case', en)).toBe('Case');
});
