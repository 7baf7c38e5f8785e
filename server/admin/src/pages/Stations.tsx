import { useEffect, useMemo, useState } from 'react';
import { Alert, App, Button, Card, Col, Descriptions, Empty, Row, Space, Tag, Tree, Typography } from 'antd';
import { DownloadOutlined, EditOutlined, FilePdfOutlined, PlusOutlined } from '@ant-design/icons';
import { ModalForm, PageContainer, ProFormSelect, ProFormSwitch, ProFormText } from '@ant-design/pro-components';
import {
  INDUSTRY,
  MEDIATION_TYPE,
  STATION_KIND,
  type Label,
  type Station,
  type StationCreateBody,
  type StationUpdateBody,
} from '@gig/shared';
import { api, ApiError, getSession, saveBlob } from '../api';
import { access } from '../access';
import { useI18n } from '../i18n';

interface Node {
  key: string;
  title: React.ReactNode;
  children: Node[];
}

/** The station tree (city centre → districts → streets; associations → outlets) and each station's QR poster. */
export function StationsPage() {
  const { t, l, locale } = useI18n();
  const can = access(getSession()?.user ?? null);
  const [stations, setStations] = useState<Station[]>([]);
  const [selected, setSelected] = useState<string | null>(null);
  const [qr, setQr] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  const { message } = App.useApp();
  useEffect(() => {
    api.call('admin.stations', {}).then(
      (r) => {
        setStations(r.items);
        setSelected((s) => s ?? getSession()?.user.stationId ?? r.items[0]?.id ?? null);
      },
      (e: ApiError) => setError(e.message),
    );
  }, [version]);
  const opts = (labels: Record<string, Label>) =>
    Object.entries(labels).map(([value, label]) => ({ value, label: l(label) }));
  /** Creates a station (no id) or edits one; the form's fields are the shared schemas' own. */
  const save = async (id: string | null, v: Record<string, unknown>) => {
    try {
      const saved = await (id === null
        ? api.call('admin.stations.create', { body: v as StationCreateBody })
        : api.call('admin.stations.update', { params: { id }, body: v as StationUpdateBody }));
      message.success(t('done'));
      setSelected(saved.id);
      setVersion((x) => x + 1);
      return true;
    } catch (err) {
      const e = err as ApiError;
      message.error(
        e.fields.length
          ? `${e.message}（${e.fields.map((f) => `${f.path.replace('/body/', '')}: ${f.message}`).join('; ')}）`
          : e.message,
      );
      return false;
    }
  };
  const stationForm = (s: Station | null, parent: Station | null) => (
    <>
      {!s && (
        <ProFormText name="code" label={t('code')} rules={[{ required: true, pattern: /^[A-Za-z0-9_-]{2,32}$/ }]} />
      )}
      <ProFormText
        name="name"
        label={t('stationName')}
        initialValue={s?.name}
        rules={[{ required: true, min: 2, max: 100 }]}
      />
      <ProFormText
        name="nameEn"
        label={t('stationNameEn')}
        initialValue={s?.nameEn ?? undefined}
        rules={[{ max: 200 }]}
      />
      {!s && (
        <ProFormSelect
          name="kind"
          label={t('kind')}
          options={opts(STATION_KIND.labels)}
          initialValue={parent?.kind === 'association' ? 'outlet' : 'government'}
          rules={[{ required: true }]}
          disabled={!can.citywide}
        />
      )}
      <ProFormSelect
        name="industries"
        label={t('industry')}
        mode="multiple"
        options={opts(INDUSTRY.labels)}
        initialValue={s?.industries ?? parent?.industries ?? []}
      />
      <ProFormSelect
        name="mediationTypes"
        label={t('mediationTypes')}
        mode="multiple"
        options={opts(MEDIATION_TYPE.labels)}
        initialValue={s?.mediationTypes ?? []}
      />
      <ProFormText
        name="areaCode"
        label={t('area')}
        initialValue={s?.areaCode ?? parent?.areaCode}
        rules={[{ required: true, pattern: /^[0-9]{6}$/ }]}
      />
      <ProFormText
        name="address"
        label={t('address')}
        initialValue={s?.address}
        rules={[{ required: true, min: 2, max: 300 }]}
      />
      <ProFormText name="hours" label={t('hours')} initialValue={s?.hours} rules={[{ max: 200 }]} />
      <ProFormText
        name="phone"
        label={t('phone')}
        initialValue={s?.phone}
        rules={[{ required: true, pattern: /^[0-9+][0-9 -]{4,19}$/ }]}
      />
      <ProFormSwitch name="active" label={t('active')} initialValue={s?.active ?? true} />
    </>
  );
  const station = stations.find((s) => s.id === selected) ?? null;
  useEffect(() => {
    if (!station) return;
    let url: string | null = null;
    api.file('admin.stations.qr', { params: { id: station.id }, query: { size: 512 } }).then(
      (b) => setQr((url = URL.createObjectURL(b))),
      () => setQr(null),
    );
    return () => {
      if (url) URL.revokeObjectURL(url);
    };
  }, [station]);

  const name = (s: Station) => (locale === 'en' && s.nameEn ? s.nameEn : s.name);
  const tree = useMemo(() => {
    const byParent = new Map<string | null, Station[]>();
    for (const s of stations) {
      const p = s.parentId && stations.some((x) => x.id === s.parentId) ? s.parentId : null;
      byParent.set(p, [...(byParent.get(p) ?? []), s]);
    }
    const build = (parent: string | null): Node[] =>
      (byParent.get(parent) ?? []).map((s) => ({
        key: s.id,
        title: (
          <Space size={4}>
            <span style={{ color: s.active ? undefined : '#999' }}>{name(s)}</span>
            <Tag>{l(STATION_KIND.labels[s.kind])}</Tag>
          </Space>
        ),
        children: build(s.id),
      }));
    return build(null);
    // l and name are new functions each render but change only with the locale.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [stations, locale]);

  return (
    <PageContainer title={t('stations')}>
      {error && <Alert type="error" showIcon message={error} />}
      <Row gutter={16}>
        <Col xs={24} lg={10}>
          <Card>
            {tree.length ? (
              <Tree
                treeData={tree}
                defaultExpandAll
                selectedKeys={selected ? [selected] : []}
                onSelect={(k) => k[0] && setSelected(String(k[0]))}
              />
            ) : (
              <Empty />
            )}
          </Card>
        </Col>
        <Col xs={24} lg={14}>
          {station && (
            <Card
              title={name(station)}
              data-testid="station-card"
              extra={
                <Space>
                  {can.addStationUnder(station.id) && (
                    <ModalForm
                      title={t('newStation')}
                      width={560}
                      modalProps={{ destroyOnClose: true }}
                      trigger={
                        <Button icon={<PlusOutlined />} data-testid="add-station">
                          {t('newStation')}
                        </Button>
                      }
                      onFinish={(v) => save(null, { ...v, parentId: station.id })}
                    >
                      {stationForm(null, station)}
                    </ModalForm>
                  )}
                  {can.editStation(station) && (
                    <ModalForm
                      title={`${t('edit')} · ${station.name}`}
                      width={560}
                      modalProps={{ destroyOnClose: true }}
                      trigger={
                        <Button icon={<EditOutlined />} data-testid="edit-station">
                          {t('edit')}
                        </Button>
                      }
                      onFinish={(v) => save(station.id, v)}
                    >
                      {stationForm(station, null)}
                    </ModalForm>
                  )}
                </Space>
              }
            >
              <Descriptions column={1} size="small" bordered>
                <Descriptions.Item label={t('kind')}>{l(STATION_KIND.labels[station.kind])}</Descriptions.Item>
                <Descriptions.Item label="Code">{station.code}</Descriptions.Item>
                <Descriptions.Item label={t('industry')}>
                  {station.industries.map((i) => l(INDUSTRY.labels[i])).join('、') || '—'}
                </Descriptions.Item>
                <Descriptions.Item label={t('area')}>{station.areaCode}</Descriptions.Item>
                <Descriptions.Item label={t('address')}>{station.address ?? '—'}</Descriptions.Item>
                <Descriptions.Item label={t('hours')}>{station.hours ?? '—'}</Descriptions.Item>
                <Descriptions.Item label={t('phone')}>{station.phone ?? '—'}</Descriptions.Item>
                <Descriptions.Item label={t('active')}>{station.active ? t('yes') : t('no')}</Descriptions.Item>
              </Descriptions>
              <Typography.Title level={5} style={{ marginTop: 16 }}>
                {t('qrPoster')}
              </Typography.Title>
              {/* The poster as it will print: name, QR, one line of instructions. */}
              <div
                style={{
                  width: 280,
                  padding: 16,
                  border: '1px solid #d9d9d9',
                  borderRadius: 8,
                  textAlign: 'center',
                  background: '#fff',
                }}
                data-testid="poster-preview"
              >
                <div style={{ color: '#1f4e9c' }}>劳动争议 一站式调解</div>
                <div style={{ fontSize: 18, fontWeight: 600, margin: '6px 0' }}>{station.name}</div>
                {qr && <img src={qr} alt="QR" style={{ width: 200, height: 200 }} data-testid="qr-image" />}
                <div style={{ fontSize: 13 }}>{t('posterLine')}</div>
              </div>
              {can.posterFor(station.id) ? (
                <Space style={{ marginTop: 12 }}>
                  <Button
                    icon={<DownloadOutlined />}
                    data-testid="download-qr"
                    onClick={async () =>
                      saveBlob(
                        await posterPng(
                          station,
                          await api.file('admin.stations.qr', { params: { id: station.id }, query: { size: 900 } }),
                        ),
                        `poster-${station.code}.png`,
                      )
                    }
                  >
                    {t('downloadPng')}
                  </Button>
                  <Button
                    type="primary"
                    icon={<FilePdfOutlined />}
                    data-testid="download-poster"
                    onClick={async () =>
                      saveBlob(
                        await api.file('admin.stations.poster', { params: { id: station.id } }),
                        `poster-${station.code}.pdf`,
                      )
                    }
                  >
                    {t('downloadPoster')}
                  </Button>
                </Space>
              ) : null}
            </Card>
          )}
        </Col>
      </Row>
    </PageContainer>
  );
}

/**
 * The poster as a PNG (A4 at 150 dpi): the title, the station's name, the QR code, one line of
 * instructions, address and phone, drawn on a canvas from the server's QR image.
 */
async function posterPng(station: Station, qr: Blob): Promise<Blob> {
  // The poster is for workers in China: always in Chinese, whatever the page's language.
  const line = '微信或手机相机扫码，填写申请';
  const W = 1240;
  const H = 1754;
  const canvas = document.createElement('canvas');
  canvas.width = W;
  canvas.height = H;
  const g = canvas.getContext('2d')!;
  g.fillStyle = '#fff';
  g.fillRect(0, 0, W, H);
  g.textAlign = 'center';
  const font = (px: number, weight = 400) =>
    `${weight} ${px}px "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif`;
  g.fillStyle = '#1f4e9c';
  g.font = font(56, 600);
  g.fillText('劳动争议 一站式调解', W / 2, 170);
  g.fillStyle = '#000';
  g.font = font(72, 700);
  g.fillText(station.name, W / 2, 300, W - 120);
  const image = await createImageBitmap(qr);
  const size = 900;
  g.drawImage(image, (W - size) / 2, 380, size, size);
  g.font = font(52, 600);
  g.fillText(line, W / 2, 1380, W - 120);
  g.fillStyle = '#444';
  g.font = font(36);
  g.fillText('扫码填写申请 · 不收费 · 调解员会尽快联系您', W / 2, 1460, W - 120);
  g.fillText([station.address, station.phone].filter(Boolean).join('  ·  '), W / 2, 1540, W - 120);
  g.fillStyle = '#888';
  g.font = font(28);
  g.fillText(station.qrUrl, W / 2, 1640, W - 120);
  return new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('canvas'))), 'image/png'),
  );
}
