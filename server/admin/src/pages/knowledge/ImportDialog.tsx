import { useMemo, useState } from 'react';
import { Alert, App, Button, Collapse, Input, List, Modal, Space, Tag, Typography, Upload } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import {
  CASE_OUTCOME,
  CLAIM_TYPE,
  INDUSTRY,
  KNOWLEDGE_KIND,
  parseKnowledgeMarkdown,
  type Label,
  type MarkdownProblem,
} from '@gig/shared';
import { api, ApiError } from '../../api';
import { ruleWords } from '../../field-words';
import { useI18n, type WordKey } from '../../i18n';
import { entryName } from './CaseFields';

/** The words for a problem the parser finds, by the front-matter key it is about. */
const PROBLEM_WORDS: Record<string, WordKey> = {
  markdown: 'knMdNoEntry',
  facts: 'knMdFacts',
  'source.title': 'knSourceNeedsTitle',
  title: 'knMdMissing',
};

/** A problem the server names (`/body/markdown/2/source/versionDate`), as the parser's kind of problem. */
function serverProblems(e: ApiError): (MarkdownProblem & { rule: string })[] {
  return e.fields.flatMap((f) => {
    const m = /^\/body\/markdown\/(\d+)\/?(.*)$/.exec(f.path);
    return m
      ? [{ entry: Number(m[1]), field: m[2]!.replace(/\//g, '.') || 'markdown', message: '', rule: f.rule }]
      : [];
  });
}

/** A shared label table as "code 名称" lines, so the codes the file uses are the ones the library knows. */
function Codes({ title, labels }: { title: string; labels: Record<string, Label> }) {
  const { l } = useI18n();
  return (
    <div style={{ marginBottom: 4 }}>
      <Typography.Text type="secondary">{title}：</Typography.Text>
      {Object.entries(labels).map(([code, label]) => (
        <Tag key={code} style={{ marginBottom: 4 }}>
          <code>{code}</code> {l(label)}
        </Tag>
      ))}
    </div>
  );
}

/**
 * Import entries from Markdown (pasted or from a file): what would be created — or what is wrong,
 * entry by entry — is shown as it is typed (the shared parser the server uses); the import creates
 * every entry as a draft, or none when the server refuses one (its fields named per entry).
 */
export function ImportDialog({
  open,
  onClose,
  onImported,
}: {
  open: boolean;
  onClose: () => void;
  onImported: () => void;
}) {
  const { t, l, locale } = useI18n();
  const { message } = App.useApp();
  const [text, setText] = useState('');
  const [refused, setRefused] = useState<(MarkdownProblem & { rule?: string })[]>([]);
  const [busy, setBusy] = useState(false);
  const parsed = useMemo(() => (text.trim() ? parseKnowledgeMarkdown(text) : null), [text]);
  const problems = refused.length ? refused : (parsed?.problems ?? []);
  const words = (p: MarkdownProblem & { rule?: string }) =>
    p.rule ? ruleWords(p.rule, l) : PROBLEM_WORDS[p.field] ? t(PROBLEM_WORDS[p.field]!) : t('knMdBad');

  const submit = async () => {
    setBusy(true);
    try {
      const r = await api.call('admin.knowledge.import', { body: { markdown: text } });
      void message.success(t('knImported').replace('{n}', String(r.items.length)));
      setText('');
      onImported();
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      setRefused(serverProblems(e));
      void message.error(e.message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open={open}
      title={t('knImport')}
      width={900}
      onCancel={onClose}
      destroyOnClose
      maskClosable={false}
      okText={t('knDoImport')}
      cancelText={t('cancel')}
      onOk={submit}
      okButtonProps={{ disabled: !parsed || problems.length > 0, loading: busy, id: 'kn-import-ok' }}
    >
      <Typography.Paragraph type="secondary">{t('knImportHelp')}</Typography.Paragraph>
      <Collapse
        size="small"
        style={{ marginBottom: 12 }}
        items={[
          {
            key: 'codes',
            label: t('knImportCodes'),
            children: (
              <>
                <Codes title="kind" labels={KNOWLEDGE_KIND.labels} />
                <Codes title="claimTypes" labels={CLAIM_TYPE.labels} />
                <Codes title="industries" labels={INDUSTRY.labels} />
                <Codes title="outcome" labels={CASE_OUTCOME.labels} />
              </>
            ),
          },
        ]}
      />
      <Space style={{ marginBottom: 8 }}>
        <Upload
          accept=".md,.markdown,.txt"
          showUploadList={false}
          beforeUpload={(file) => {
            void file.text().then((s) => {
              setRefused([]);
              setText(s);
            });
            return false;
          }}
        >
          <Button icon={<UploadOutlined />} data-testid="kn-import-file">
            {t('knPickFile')}
          </Button>
        </Upload>
      </Space>
      <Input.TextArea
        value={text}
        onChange={(e) => {
          setRefused([]);
          setText(e.target.value);
        }}
        placeholder={t('knMarkdown')}
        autoSize={{ minRows: 8, maxRows: 16 }}
        style={{ fontFamily: 'monospace' }}
        data-testid="kn-import-text"
      />
      {parsed && problems.length > 0 && (
        <Alert
          type="error"
          showIcon
          style={{ marginTop: 12 }}
          data-testid="kn-import-problems"
          message={t('knProblems')}
          description={
            <ul style={{ margin: 0, paddingInlineStart: 20 }}>
              {problems.map((p, i) => (
                <li key={i} data-testid="kn-import-problem">
                  {p.entry > 0 && `${t('knEntryN').replace('{n}', String(p.entry))} · `}
                  {p.field !== 'markdown' && <code>{p.field}</code>} {words(p)}
                </li>
              ))}
            </ul>
          }
        />
      )}
      {parsed && problems.length === 0 && (
        <List
          size="small"
          style={{ marginTop: 12 }}
          data-testid="kn-import-preview"
          header={t('knWillCreate').replace('{n}', String(parsed.entries.length))}
          dataSource={parsed.entries}
          renderItem={(e, i) => (
            <List.Item data-testid="kn-import-entry">
              <Space wrap>
                <span>{t('knEntryN').replace('{n}', String(i + 1))}</span>
                <Tag color="blue">{l(KNOWLEDGE_KIND.labels[e.kind])}</Tag>
                <span>{e.kind === 'article' ? entryName(e, locale) : e.title}</span>
                {e.example && <Tag color="orange">{t('knExampleTag')}</Tag>}
                {e.claimTypes.map((c) => (
                  <Tag key={c}>{l(CLAIM_TYPE.labels[c])}</Tag>
                ))}
              </Space>
            </List.Item>
          )}
        />
      )}
    </Modal>
  );
}
