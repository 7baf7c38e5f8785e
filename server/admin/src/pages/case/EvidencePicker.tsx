import { useState } from 'react';
import { App, Button, Form, Upload } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { ProFormSelect } from '@ant-design/pro-components';
import type { Rule } from 'antd/es/form';
import { EVIDENCE_CATEGORY, type CaseView, type EvidenceCategory, type EvidenceView } from '@gig/shared';
import { api, ApiError } from '../../api';
import { useI18n } from '../../i18n';
import { time } from '../../format';

/**
 * A file of the case for a field (a signed page's scan, a signed consent): one of the case's
 * evidence, or a file uploaded to the case here and then chosen. The server checks the file is
 * the case's own.
 */
export function EvidencePicker({
  view,
  name,
  label,
  category,
  rules,
  extra,
}: {
  view: CaseView;
  name: string;
  label: string;
  /** What an uploaded file is filed as. */
  category: EvidenceCategory;
  rules: Rule[];
  extra?: string;
}) {
  const { t, l } = useI18n();
  const { message } = App.useApp();
  const form = Form.useFormInstance();
  const [added, setAdded] = useState<EvidenceView[]>([]);
  const [busy, setBusy] = useState(false);
  const files = [...added, ...view.evidence.filter((e) => !added.some((a) => a.id === e.id))];
  const upload = async (file: File) => {
    setBusy(true);
    try {
      const e = await api.upload(view.id, file, category);
      setAdded((x) => [e, ...x]);
      form.setFieldValue(name, e.id);
    } catch (err) {
      message.error((err as ApiError).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <ProFormSelect
        name={name}
        label={label}
        rules={rules}
        extra={extra}
        placeholder={t('pickFile')}
        options={files.map((e) => ({
          value: e.id,
          label: `${e.name} · ${l(EVIDENCE_CATEGORY.labels[e.category])} · ${time(e.at)}`,
        }))}
        fieldProps={{ 'data-testid': `${name}-pick` } as object}
      />
      <Upload
        accept="image/*,application/pdf"
        showUploadList={false}
        beforeUpload={(file) => {
          void upload(file);
          return false;
        }}
      >
        <Button icon={<UploadOutlined />} loading={busy} style={{ marginTop: -8, marginBottom: 16 }}>
          {t('uploadScan')}
        </Button>
      </Upload>
    </>
  );
}
