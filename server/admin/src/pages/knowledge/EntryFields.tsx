import { Divider } from 'antd';
import {
  ProForm,
  ProFormDatePicker,
  ProFormDigit,
  ProFormList,
  ProFormSelect,
  ProFormSwitch,
  ProFormText,
  ProFormTextArea,
} from '@ant-design/pro-components';
import type { Rule } from 'antd/es/form';
import { CLAIM_TYPE, INDUSTRY, MEDIA_KIND, type KnowledgeKind } from '@gig/shared';
import { useI18n } from '../../i18n';
import { labelOptions } from '../case/ListFields';
import { CaseFields, type BasisOption } from './CaseFields';
import { limits, sourceGiven, type EntryValues } from './knowledge-form';

const required: Rule = { required: true, whitespace: true };

/**
 * The editor's fields for an entry of a kind: its title and text; a statute article's law, number
 * and the summary flag; claim types, industries and the words workers search with; the source
 * (for an article with its version date); a guide's or class's audio and video; a typical case's
 * parts. Names follow the API's content, so a refused field shows its reason under it.
 */
export function EntryFields({ kind, basis, editing }: { kind: KnowledgeKind; basis: BasisOption[]; editing: boolean }) {
  const { t, l } = useI18n();
  const half = { span: 12 } as const;
  const sourceRequired = kind === 'article' || kind === 'policy';
  // A source's title is needed when the kind requires a source, or when any of its fields is filled in.
  const sourceTitle: Rule = ({ getFieldsValue }) => ({
    validator: async (_r, v: string | undefined) => {
      if (v?.trim() || !(sourceRequired || sourceGiven(getFieldsValue(true) as EntryValues))) return;
      throw new Error(t('knSourceNeedsTitle'));
    },
  });
  return (
    <>
      <ProFormText name="title" label={t('knTitle')} rules={[required, ...limits('title')]} />
      {kind === 'article' && (
        <>
          <ProFormText
            name="law"
            label={t('knLaw')}
            tooltip={t('knLawHint')}
            placeholder={t('knLawHint')}
            colProps={half}
            rules={[required, ...limits('law')]}
          />
          <ProFormDigit
            name="article"
            label={t('knArticle')}
            colProps={{ span: 6 }}
            min={1}
            max={9999}
            fieldProps={{ precision: 0 }}
            rules={[{ required: true }]}
          />
          <ProFormSwitch name="summary" label={t('knSummary')} tooltip={t('knSummaryHint')} colProps={{ span: 6 }} />
        </>
      )}
      <ProFormTextArea
        name="body"
        label={t(kind === 'article' ? 'knBodyArticle' : kind === 'case' ? 'knBodyCase' : 'knBody')}
        rules={[required, ...limits('body')]}
        fieldProps={{ autoSize: { minRows: kind === 'case' ? 2 : 5, maxRows: 16 }, showCount: true }}
      />
      {kind === 'case' && <CaseFields basis={basis} />}
      <ProFormSelect
        name="claimTypes"
        label={t('knClaimTypes')}
        mode="multiple"
        colProps={half}
        options={labelOptions(CLAIM_TYPE.labels, l)}
      />
      <ProFormSelect
        name="industries"
        label={t('knIndustries')}
        mode="multiple"
        colProps={half}
        options={labelOptions(INDUSTRY.labels, l)}
      />
      <ProFormSelect
        name="keywords"
        label={t('knKeywords')}
        mode="tags"
        placeholder={t('knKeywordsHint')}
        fieldProps={{ tokenSeparators: [',', '，', '、'], open: false, suffixIcon: null }}
      />
      {(kind === 'policy' || kind === 'class') && (
        <ProFormList
          name="media"
          label={t('knMedia')}
          max={5}
          creatorButtonProps={{ creatorButtonText: t('knAddMedia') }}
          creatorRecord={{ kind: 'video' }}
        >
          {/* In grid mode a group is a row: the kind, the link and the title side by side. */}
          <ProForm.Group rowProps={{ gutter: 8 }}>
            <ProFormSelect
              name="kind"
              colProps={{ span: 5 }}
              allowClear={false}
              options={labelOptions(MEDIA_KIND.labels, l)}
              rules={[{ required: true }]}
            />
            <ProFormText
              name="url"
              colProps={{ span: 11 }}
              placeholder="https://"
              rules={[required, { pattern: /^https?:\/\//, message: t('knUrl') }]}
            />
            <ProFormText name="title" colProps={{ span: 8 }} placeholder={t('knMediaTitle')} />
          </ProForm.Group>
        </ProFormList>
      )}
      <Divider orientation="left" orientationMargin={0} style={{ margin: '4px 0 16px' }}>
        {t('knSource')}
      </Divider>
      <ProFormText
        name={['source', 'title']}
        label={t('knSourceTitle')}
        colProps={half}
        rules={[sourceTitle, ...limits('source', 'title')]}
      />
      <ProFormText
        name={['source', 'issuer']}
        label={t('knIssuer')}
        colProps={half}
        rules={limits('source', 'issuer')}
      />
      <ProFormText
        name={['source', 'documentNumber']}
        label={t('knDocNumber')}
        colProps={{ span: 8 }}
        rules={limits('source', 'documentNumber')}
      />
      <ProFormDatePicker
        name={['source', 'versionDate']}
        label={t('knVersionDate')}
        colProps={{ span: 8 }}
        fieldProps={{ style: { width: '100%' } }}
        rules={kind === 'article' ? [{ required: true }] : []}
      />
      <ProFormDatePicker
        name={['source', 'effectiveDate']}
        label={t('knEffectiveDate')}
        colProps={{ span: 8 }}
        fieldProps={{ style: { width: '100%' } }}
      />
      <ProFormText
        name={['source', 'url']}
        label={t('knSourceUrl')}
        placeholder="https://"
        rules={[{ pattern: /^https?:\/\//, message: t('knUrl') }, ...limits('source', 'url')]}
      />
      {editing && <ProFormText name="note" label={t('knNote')} rules={[{ max: 300 }]} />}
    </>
  );
}
