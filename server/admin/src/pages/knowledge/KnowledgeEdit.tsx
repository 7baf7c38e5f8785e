import { useEffect, useMemo, useState } from 'react';
import { Link, useLocation, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { Alert, App, Button, Card, Col, Form, Popconfirm, Result, Row, Space, Tag } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { PageContainer, ProForm } from '@ant-design/pro-components';
import { KNOWLEDGE_KIND, type KnowledgeEditorView, type KnowledgeKind, type KnowledgeVersionView } from '@gig/shared';
import { api, ApiError } from '../../api';
import { useI18n } from '../../i18n';
import { entryName, type BasisOption } from './CaseFields';
import { EntryFields } from './EntryFields';
import { useShowError } from './errors';
import { contentOf, emptyValues, findingsIn, valuesOf, type EntryValues, type Finding } from './knowledge-form';
import { FindingsTable, PersonalDataCheck } from './PersonalData';
import { EntryTags } from './EntryTags';
import { Versions } from './Versions';

/** The published articles, policies and classes a typical case may rest on, named as cited. */
function useBasis(enabled: boolean): BasisOption[] {
  const { locale } = useI18n();
  const [items, setItems] = useState<KnowledgeEditorView[]>([]);
  useEffect(() => {
    if (!enabled) return;
    const kinds = ['article', 'policy', 'class'] as const;
    Promise.all(
      kinds.map((kind) =>
        api.call('admin.knowledge.list', { query: { kind, status: 'published', limit: 200 } }).then((r) => r.items),
      ),
    ).then(
      (lists) => setItems(lists.flat()),
      () => setItems([]),
    );
  }, [enabled]);
  return useMemo(() => items.map((e) => ({ value: e.id, label: entryName(e, locale) })), [items, locale]);
}

type Step = 'save' | 'submit' | 'publish';

/**
 * One library entry in the editor (`/knowledge/new?kind=…` for a new one): the fields of its kind,
 * then the steps — save the draft, submit it for review, publish the version in review — and the
 * version history. A typical case shows the automatic personal-data check as it is typed; it is
 * submitted and published only when the check finds nothing (the server checks again).
 */
export function KnowledgeEditPage() {
  const { t, l } = useI18n();
  const { message } = App.useApp();
  const showError = useShowError();
  const nav = useNavigate();
  const { id = 'new' } = useParams();
  const [params] = useSearchParams();
  const replaced = (useLocation().state as { replaced?: Finding[] } | null)?.replaced ?? [];
  const isNew = id === 'new';
  const asked = params.get('kind') as KnowledgeKind;
  const [entry, setEntry] = useState<KnowledgeEditorView | null>(null);
  const [versions, setVersions] = useState<KnowledgeVersionView[]>([]);
  const [missing, setMissing] = useState<ApiError | null>(null);
  const [values, setValues] = useState<EntryValues>({});
  const [dirty, setDirty] = useState(false);
  const [busy, setBusy] = useState<Step | null>(null);
  const [refused, setRefused] = useState<Finding[]>([]);
  const [form] = Form.useForm<EntryValues>();
  const kind: KnowledgeKind = entry?.kind ?? (KNOWLEDGE_KIND.values.includes(asked) ? asked : 'article');
  const basis = useBasis(kind === 'case');

  const show = (e: KnowledgeEditorView) => {
    setEntry(e);
    const v = valuesOf(e);
    form.resetFields();
    form.setFieldsValue(v);
    setValues(v);
    setDirty(false);
    setRefused([]);
  };
  const loadVersions = (entryId: string) =>
    api.call('admin.knowledge.versions', { params: { id: entryId } }).then((r) => setVersions(r.items));

  useEffect(() => {
    setMissing(null);
    if (isNew) {
      setEntry(null);
      setVersions([]);
      const v = emptyValues(kind);
      form.resetFields();
      form.setFieldsValue(v);
      setValues(v);
      return;
    }
    api.call('admin.knowledge.get', { params: { id } }).then(show, (e: ApiError) => setMissing(e));
    loadVersions(id).catch(() => setVersions([]));
    // eslint-disable-next-line react-hooks/exhaustive-deps -- a new entry's kind comes with its address
  }, [id, asked]);

  const findings = findingsIn(kind, values);
  const status = entry?.status;

  /**
   * Saves the form as the draft (a new entry, or the entry's draft version); the saved entry, or
   * null. A new entry's page moves to its address (`open`), unless a next step does that after it.
   */
  const save = async (open = true): Promise<KnowledgeEditorView | null> => {
    try {
      await form.validateFields();
    } catch {
      return null;
    }
    const all = form.getFieldsValue(true) as EntryValues;
    const content = contentOf(kind, all);
    try {
      const saved = isNew
        ? await api.call('admin.knowledge.create', { body: { kind, ...content } })
        : await api.call('admin.knowledge.update', {
            params: { id },
            body: { ...content, ...(all.note?.trim() ? { note: all.note.trim() } : {}) },
          });
      void message.success(t('knSaved').replace('{n}', String(saved.version)));
      if (isNew) {
        if (open) nav(`/knowledge/${saved.id}`, { replace: true });
      } else {
        show(saved);
        await loadVersions(saved.id);
      }
      return saved;
    } catch (e) {
      showError(e, form);
      return null;
    }
  };

  const step = async (s: Step) => {
    setBusy(s);
    try {
      if (s === 'save') return void (await save());
      if (s === 'submit') {
        const base = dirty || isNew ? await save(false) : entry;
        if (!base) return;
        const r = await api.call('admin.knowledge.submit', { params: { id: base.id } });
        void message.success(t('knSubmitted'));
        // A new entry opens at its address now, loading what the submission left.
        if (isNew) return nav(`/knowledge/${r.id}`, { replace: true });
        show(r);
        await loadVersions(r.id);
        return;
      }
      const r = await api.call('admin.knowledge.publish', { params: { id } });
      void message.success(t('knPublished').replace('{n}', String(r.version)));
      show(r);
      await loadVersions(r.id);
    } catch (e) {
      if (e instanceof ApiError && e.code === 'PERSONAL_DATA_LEFT')
        setRefused((e.details.findings as Finding[] | undefined) ?? []);
      showError(e, form);
    } finally {
      setBusy(null);
    }
  };

  if (missing)
    return (
      <PageContainer title={t('knowledge')}>
        <Result
          status={missing.status === 404 ? '404' : 'error'}
          title={missing.status === 404 ? t('knNotFound') : missing.message}
          extra={<Link to="/knowledge">{t('knBack')}</Link>}
        />
      </PageContainer>
    );

  const blocked = findings.length > 0;
  return (
    <PageContainer
      title={isNew ? `${t('knNew')} · ${l(KNOWLEDGE_KIND.labels[kind])}` : entry?.title}
      loading={!isNew && !entry}
      onBack={() => nav('/knowledge')}
      backIcon={<ArrowLeftOutlined data-testid="kn-back" />}
      tags={entry ? <EntryTags e={entry} /> : <Tag>{l(KNOWLEDGE_KIND.labels[kind])}</Tag>}
      extra={
        <Space>
          <Button loading={busy === 'save'} disabled={!!busy} onClick={() => step('save')} data-testid="kn-save">
            {t('knSave')}
          </Button>
          <Button
            loading={busy === 'submit'}
            disabled={!!busy || blocked || (!dirty && !isNew && status !== 'draft')}
            onClick={() => step('submit')}
            data-testid="kn-submit"
          >
            {t('knSubmit')}
          </Button>
          <Popconfirm title={t('knPublishConfirm')} onConfirm={() => step('publish')}>
            <Button
              type="primary"
              loading={busy === 'publish'}
              disabled={!!busy || blocked || dirty || status !== 'review'}
              data-testid="kn-publish"
            >
              {t('knPublish')}
            </Button>
          </Popconfirm>
        </Space>
      }
    >
      <Row gutter={16} align="top">
        <Col xs={24} xl={16}>
          {status === 'published' && (
            <Alert
              type="info"
              showIcon
              style={{ marginBottom: 16 }}
              message={t('knNewDraftHint').replace('{n}', String(entry!.publishedVersion))}
            />
          )}
          {status === 'review' && (
            <Alert type="warning" showIcon style={{ marginBottom: 16 }} message={t('knReviewHint')} />
          )}
          <Card data-testid="kn-form">
            <ProForm<EntryValues>
              form={form}
              grid
              rowProps={{ gutter: 16 }}
              layout="vertical"
              submitter={false}
              onValuesChange={() => {
                setDirty(true);
                setValues(form.getFieldsValue(true) as EntryValues);
              }}
            >
              <EntryFields kind={kind} basis={basis} editing={!isNew} />
            </ProForm>
          </Card>
        </Col>
        <Col xs={24} xl={8}>
          {kind === 'case' && (
            <Card title={t('knPdTitle')} style={{ marginBottom: 16 }} data-testid="pd-card">
              <PersonalDataCheck findings={findings.length ? findings : refused} />
              {replaced.length > 0 && (
                <div style={{ marginTop: 12 }} data-testid="pd-replaced">
                  <div style={{ marginBottom: 4 }}>{t('knPdReplaced').replace('{n}', String(replaced.length))}</div>
                  <FindingsTable findings={replaced} testId="pd-replaced-table" />
                </div>
              )}
            </Card>
          )}
          {!isNew && (
            <Card title={t('knVersions')} styles={{ body: { paddingBlock: 4 } }}>
              <Versions versions={versions} />
            </Card>
          )}
        </Col>
      </Row>
    </PageContainer>
  );
}
