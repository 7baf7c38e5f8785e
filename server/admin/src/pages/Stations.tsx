import { useEffect, useMemo, useState } from 'react';
import { Alert, Button, Card, Col, Descriptions, Empty, Row, Space, Tag, Tree, Typography } from 'antd';
import { DownloadOutlined, FilePdfOutlined } from '@ant-design/icons';
import { PageContainer } from '@ant-design/pro-components';
import { INDUSTRY, STATION_KIND, type Station } from '@gig/shared';
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
  useEffect(() => {
    api.get<{ items: Station[] }>('/api/admin/stations').then(
      (r) => {
        setStations(r.items);
        setSelected((s) => s ?? getSession()?.user.stationId ?? r.items[0]?.id ?? null);
      },
      (e: ApiError) => setError(e.message),
    );
  }, []);
  const station = stations.find((s) => s.id === selected) ?? null;
  useEffect(() => {
    if (!station) return;
    let url: string | null = null;
    api.blob(`/api/admin/stations/${station.id}/qr`, { size: 512 }).then((b) => setQr((url = URL.createObjectURL(b))), () => setQr(null));
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
  }, [stations, locale]);

  return (
    <PageContainer title={t('stations')}>
      {error && <Alert type="error" showIcon message={error} />}
      <Row gutter={16}>
        <Col xs={24} lg={10}>
          <Card>
            {tree.length ? <Tree treeData={tree} defaultExpandAll selectedKeys={selected ? [selected] : []} onSelect={(k) => k[0] && setSelected(String(k[0]))} /> : <Empty />}
          </Card>
        </Col>
        <Col xs={24} lg={14}>
          {station && (
            <Card title={name(station)} data-testid="station-card">
              <Descriptions column={1} size="small" bordered>
                <Descriptions.Item label={t('kind')}>{l(STATION_KIND.labels[station.kind])}</Descriptions.Item>
                <Descriptions.Item label="Code">{station.code}</Descriptions.Item>
                <Descriptions.Item label={t('industry')}>{station.industries.map((i) => l(INDUSTRY.labels[i])).join('、') || '—'}</Descriptions.Item>
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
              <div style={{ width: 280, padding: 16, border: '1px solid #d9d9d9', borderRadius: 8, textAlign: 'center', background: '#fff' }} data-testid="poster-preview">
                <div style={{ color: '#1f4e9c' }}>劳动争议 一站式调解</div>
                <div style={{ fontSize: 18, fontWeight: 600, margin: '6px 0' }}>{station.name}</div>
                {qr && <img src={qr} alt="QR" style={{ width: 200, height: 200 }} data-testid="qr-image" />}
                <div style={{ fontSize: 13 }}>{t('posterLine')}</div>
              </div>
              {can.posterFor(station.id) ? (
                <Space style={{ marginTop: 12 }}>
                  <Button icon={<DownloadOutlined />} data-testid="download-qr" onClick={async () => saveBlob(await api.blob(`/api/admin/stations/${station.id}/qr`, { size: 1024 }), `qr-${station.code}.png`)}>
                    {t('downloadPng')}
                  </Button>
                  <Button type="primary" icon={<FilePdfOutlined />} data-testid="download-poster" onClick={async () => saveBlob(await api.blob(`/api/admin/stations/${station.id}/poster.pdf`), `poster-${station.code}.pdf`)}>
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
