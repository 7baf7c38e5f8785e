import { Alert, Table, Tag } from 'antd';
import type { PersonalDataKind } from '@gig/shared';
import { useI18n, type WordKey } from '../../i18n';
import type { CheckedField, Finding } from './knowledge-form';

const KIND_WORD: Record<PersonalDataKind, WordKey> = {
  name: 'knPd_name',
  phone: 'knPd_phone',
  id_number: 'knPd_id_number',
  plate: 'knPd_plate',
  address: 'knPd_address',
};

/** The field a finding is in, by the form's name for it. */
export const FIELD_WORD: Record<CheckedField, WordKey> = {
  title: 'knTitle',
  body: 'knBodyCase',
  'case/facts': 'knFacts',
  'case/disputeFocus': 'knFocus',
  'case/reasoning': 'knReasoning',
};

/** What the automatic check found (masked, never the whole value): its kind and where it is. */
export function FindingsTable({ findings, testId }: { findings: Finding[]; testId: string }) {
  const { t } = useI18n();
  return (
    <Table
      size="small"
      pagination={false}
      data-testid={testId}
      rowKey={(f) => `${f.field}-${f.index}`}
      dataSource={findings}
      columns={[
        {
          title: t('kind'),
          width: 110,
          render: (_v, f) => <Tag color="red">{t(KIND_WORD[f.kind])}</Tag>,
        },
        // The replacements made with a draft say no field: the column is for the check's findings.
        ...(findings.some((f) => f.field)
          ? [
              {
                title: t('knPdWhere'),
                render: (_v: unknown, f: Finding) =>
                  f.field && f.field in FIELD_WORD ? t(FIELD_WORD[f.field as CheckedField]) : '—',
              },
            ]
          : []),
        { title: t('knPdWhat'), dataIndex: 'masked' },
      ]}
    />
  );
}

/**
 * The automatic check of a typical case: clean (still read the text), or what it finds, which
 * must go before the case is submitted or published.
 */
export function PersonalDataCheck({ findings }: { findings: Finding[] }) {
  const { t } = useI18n();
  if (!findings.length) return <Alert type="success" showIcon message={t('knPdClean')} data-testid="pd-clean" />;
  return (
    <div data-testid="pd-found">
      <Alert
        type="error"
        showIcon
        style={{ marginBottom: 8 }}
        message={t('knPdFound').replace('{n}', String(findings.length))}
      />
      <FindingsTable findings={findings} testId="pd-findings" />
    </div>
  );
}
