import { useEffect, useState } from 'react';
import { Alert, App, Button, Card, Col, Descriptions, Row, Space, Typography } from 'antd';
import { DownloadOutlined, EditOutlined, FilePdfOutlined, PlusOutlined } from '@ant-design/icons';
import { ModalForm, PageContainer } from '@ant-design/pro-components';
import { INDUSTRY, STATION_KIND, type Station, type StationCreateBody, type StationUpdateBody } from '@gig/shared';
import { api, ApiError, getSession, saveBlob } from '../api';
import { access } from '../access';
import { useI18n } from '../i18n';
import { fieldWords } from '../field-words';
import { posterPng } from './stations/poster';
import { StationFields } from './stations/StationFields';
import { stationName, StationTree } from './stations/StationTree';

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
      message.error(e.fields.length ? `${e.message}（${fieldWords(e.fields, l)}）` : e.message);
      return false;
    }
  };
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

  return (
    <PageContainer title={t('stations')}>
      {error && <Alert type="error" showIcon message={error} />}
      <Row gutter={16}>
        <Col xs={24} lg={10}>
          <Card>
            <StationTree stations={stations} selected={selected} onSelect={setSelected} />
          </Card>
        </Col>
        <Col xs={24} lg={14}>
          {station && (
            <Card
              title={stationName(station, locale)}
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
                      <StationFields station={null} parent={station} citywide={can.citywide} />
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
                      <StationFields station={station} parent={null} citywide={can.citywide} />
                    </ModalForm>
                  )}
                </Space>
              }
            >
              <Descriptions column={1} size="small" bordered>
                <Descriptions.Item label={t('kind')}>{l(STATION_KIND.labels[station.kind])}</Descriptions.Item>
                <Descriptions.Item label={t('code')}>{station.code}</Descriptions.Item>
                <Descriptions.Item label={t('industry')}>
                  {station.industries.map((i) => l(INDUSTRY.labels[i])).join('、') || '—'}
                </Descriptions.Item>
                {station.kind === 'outlet' && (
                  <>
                    <Descriptions.Item label={t('organisation')}>{station.organisation ?? '—'}</Descriptions.Item>
                    <Descriptions.Item label={t('creditCode')}>{station.creditCode ?? '—'}</Descriptions.Item>
                  </>
                )}
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
