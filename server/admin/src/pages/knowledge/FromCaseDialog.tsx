import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { Alert, App, Button, Input, Modal, Space, Typography } from 'antd';
import type { ApiOutputs } from '@gig/shared';
import { api, ApiError } from '../../api';
import { useI18n } from '../../i18n';
import { FindingsTable, PersonalDataCheck } from './PersonalData';

type Made = ApiOutputs['admin.knowledge.fromCase'];

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

/** A case's id from what the editor typed: an id (or a case page's address holding one), else its number among closed cases. */
async function caseIdOf(ref: string): Promise<string | null> {
  const id = UUID.exec(ref)?.[0];
  if (id) return id;
  const page = await api.call('admin.cases.queue', { query: { q: ref, status: ['closed'], limit: 20 } });
  return page.items.find((c) => c.number === ref)?.id ?? null;
}

/**
 * "Publish a closed case": a typical-case draft made from a closed case by the server's
 * anonymisation step. Shows what was replaced and what the automatic check still finds (to be
 * removed in the editor before it can be submitted and published), then opens the draft.
 */
export function FromCaseDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const nav = useNavigate();
  const [ref, setRef] = useState('');
  const [busy, setBusy] = useState(false);
  const [made, setMade] = useState<Made | null>(null);
  const [error, setError] = useState<string | null>(null);

  const close = () => {
    setRef('');
    setMade(null);
    setError(null);
    onClose();
  };
  const make = async () => {
    setBusy(true);
    setError(null);
    try {
      const id = await caseIdOf(ref.trim());
      if (!id) return setError(t('knCaseNotFound'));
      const r = await api.call('admin.knowledge.fromCase', { params: { caseId: id } });
      setMade(r);
      void message.success(t('knDraftMade'));
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      setError(e.status === 404 ? t('knCaseNotFound') : e.message);
    } finally {
      setBusy(false);
    }
  };
  const edit = () => {
    const { entry, replaced } = made!;
    close();
    nav(`/knowledge/${entry.id}`, { state: { replaced } });
  };

  return (
    <Modal
      open={open}
      title={t('knFromCase')}
      width={720}
      onCancel={close}
      maskClosable={false}
      footer={
        made ? (
          <Button type="primary" onClick={edit} data-testid="kn-open-draft">
            {t('knOpenDraft')}
          </Button>
        ) : (
          <Space>
            <Button onClick={close}>{t('cancel')}</Button>
            <Button type="primary" loading={busy} disabled={!ref.trim()} onClick={make} data-testid="kn-make-draft">
              {t('knMakeDraft')}
            </Button>
          </Space>
        )
      }
    >
      <Typography.Paragraph type="secondary">{t('knFromCaseHelp')}</Typography.Paragraph>
      <Input
        value={ref}
        disabled={!!made}
        onChange={(e) => setRef(e.target.value)}
        onPressEnter={() => ref.trim() && !made && void make()}
        placeholder={t('knCaseRef')}
        data-testid="kn-case-ref"
      />
      {error && <Alert type="error" showIcon style={{ marginTop: 12 }} message={error} data-testid="kn-case-error" />}
      {made && (
        <div style={{ marginTop: 16 }} data-testid="kn-case-made">
          <Typography.Title level={5}>{made.entry.title}</Typography.Title>
          <div style={{ marginBottom: 4 }}>{t('knPdReplaced').replace('{n}', String(made.replaced.length))}</div>
          <FindingsTable findings={made.replaced} testId="kn-case-replaced" />
          <div style={{ marginTop: 12 }}>
            <PersonalDataCheck findings={made.remaining} />
          </div>
        </div>
      )}
    </Modal>
  );
}
