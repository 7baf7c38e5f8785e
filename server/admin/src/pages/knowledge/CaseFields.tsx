import { Alert, Space, Tag } from 'antd';
import { Link } from 'react-router-dom';
import {
  ProFormDatePicker,
  ProFormDependency,
  ProFormSelect,
  ProFormSwitch,
  ProFormTextArea,
} from '@ant-design/pro-components';
import { CASE_OUTCOME, KNOWLEDGE_KIND, type KnowledgeEditorView, type Locale } from '@gig/shared';
import { useI18n } from '../../i18n';
import { labelOptions } from '../case/ListFields';
import { limits, sourceGiven, type EntryValues } from './knowledge-form';

/** A library entry a typical case may rest on (a published article, policy or class). */
export interface BasisOption {
  value: string;
  label: string;
}

/** How an entry is named where another cites it: "劳动合同法 第47条 经济补偿的计算". */
export function entryName(e: Pick<KnowledgeEditorView, 'kind' | 'law' | 'article' | 'title'>, locale: Locale): string {
  if (e.kind === 'article' && e.law && e.article)
    return locale === 'en' ? `${e.law} art ${e.article} · ${e.title}` : `${e.law} 第${e.article}条 ${e.title}`;
  return `${KNOWLEDGE_KIND.labels[e.kind][locale]} · ${e.title}`;
}

/**
 * A typical case's parts: the facts, the dispute's focus, the outcome and the reasoning, the library
 * entries it rests on (each linked to its entry), the day it was decided or published, and whether
 * it is an example; without a source it can only be one (示例).
 */
export function CaseFields({ basis }: { basis: BasisOption[] }) {
  const { t, l } = useI18n();
  const req = { required: true, whitespace: true };
  return (
    <>
      <ProFormTextArea
        name={['case', 'facts']}
        label={t('knFacts')}
        rules={[req, ...limits('case', 'facts')]}
        fieldProps={{ autoSize: { minRows: 4, maxRows: 16 }, showCount: true }}
      />
      <ProFormTextArea
        name={['case', 'disputeFocus']}
        label={t('knFocus')}
        rules={limits('case', 'disputeFocus')}
        fieldProps={{ autoSize: { minRows: 2, maxRows: 8 } }}
      />
      <ProFormSelect
        name={['case', 'outcome']}
        label={t('knOutcome')}
        colProps={{ span: 12 }}
        options={labelOptions(CASE_OUTCOME.labels, l)}
        rules={[{ required: true }]}
      />
      <ProFormDatePicker
        name={['case', 'decidedOn']}
        label={t('knDecidedOn')}
        colProps={{ span: 12 }}
        fieldProps={{ style: { width: '100%' } }}
      />
      <ProFormTextArea
        name={['case', 'reasoning']}
        label={t('knReasoning')}
        rules={limits('case', 'reasoning')}
        fieldProps={{ autoSize: { minRows: 3, maxRows: 12 } }}
      />
      <ProFormSelect
        name={['case', 'basisIds']}
        label={t('knBasis')}
        mode="multiple"
        options={basis}
        fieldProps={{ optionFilterProp: 'label', maxCount: 20 }}
      />
      <ProFormDependency name={[['case', 'basisIds']]}>
        {(v: EntryValues) =>
          v.case?.basisIds?.length ? (
            <Space size={[4, 4]} wrap style={{ margin: '-16px 0 16px' }} data-testid="basis-links">
              {v.case.basisIds.map((id) => (
                <Link key={id} to={`/knowledge/${id}`}>
                  <Tag color="blue">{basis.find((b) => b.value === id)?.label ?? id}</Tag>
                </Link>
              ))}
            </Space>
          ) : null
        }
      </ProFormDependency>
      <ProFormDependency name={['source', 'example']}>
        {(v: EntryValues) =>
          sourceGiven(v) ? (
            <ProFormSwitch name="example" label={t('knExample')} />
          ) : (
            <Alert
              type="warning"
              showIcon
              style={{ marginBottom: 16 }}
              data-testid="example-forced"
              message={
                <Space>
                  <Tag color="orange">{t('knExampleTag')}</Tag>
                  {t('knExampleForced')}
                </Space>
              }
            />
          )
        }
      </ProFormDependency>
    </>
  );
}
