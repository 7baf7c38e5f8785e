import { lazy, Suspense, useEffect, useState, type ReactNode } from 'react';
import { HashRouter, Navigate, Route, Routes, useLocation, useNavigate } from 'react-router-dom';
import { App as AntApp, Button, ConfigProvider, Dropdown, Space, Spin, Tag } from 'antd';
import {
  AlertOutlined,
  AuditOutlined,
  BarChartOutlined,
  BookOutlined,
  DashboardOutlined,
  DatabaseOutlined,
  FileSearchOutlined,
  GlobalOutlined,
  LogoutOutlined,
  QrcodeOutlined,
  TeamOutlined,
  UserOutlined,
} from '@ant-design/icons';
import { ProLayout } from '@ant-design/pro-components';
import zhCN from 'antd/locale/zh_CN';
import enUS from 'antd/locale/en_US';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { ROLE, mayReadStats, type Principal } from '@gig/shared';
import { api, getSession, onSession } from './api';
import { access } from './access';
import { useNarrow } from './narrow';
import { I18nProvider, useI18n } from './i18n';
import { LoginPage } from './pages/Login';
import { WorkbenchPage } from './pages/Workbench';
import { CaseQueuePage } from './pages/CaseQueue';
import { CaseDetailPage } from './pages/CaseDetail';
import { StationsPage } from './pages/Stations';
import { WarningsPage } from './pages/Warnings';
import { RespondentPage } from './pages/Respondent';
import { StaffPage } from './pages/Staff';
import { AuditPage } from './pages/Audit';
import { FiguresPage } from './pages/Figures';
import { NoticesBell } from './pages/NoticesBell';
import { RespondPage } from './pages/Respond';

// The statistics page carries ECharts: loaded when opened, so the rest of the page does not pay for it.
const StatisticsPage = lazy(() => import('./pages/Statistics').then((m) => ({ default: m.StatisticsPage })));
// The knowledge editor is for a few editors: loaded when opened too.
const KnowledgeListPage = lazy(() =>
  import('./pages/knowledge/KnowledgeList').then((m) => ({ default: m.KnowledgeListPage })),
);
const KnowledgeEditPage = lazy(() =>
  import('./pages/knowledge/KnowledgeEdit').then((m) => ({ default: m.KnowledgeEditPage })),
);
const loading = <Spin style={{ display: 'block', margin: 48 }} />;

function useUser(): Principal | null {
  const [user, setUser] = useState<Principal | null>(() => getSession()?.user ?? null);
  useEffect(() => onSession((s) => setUser(s?.user ?? null)), []);
  return user;
}

/** Signed-out users go to sign-in and come back to where they were. */
function Guard({ allow, children }: { allow: boolean; children: ReactNode }) {
  const loc = useLocation();
  const user = useUser();
  if (!user) return <Navigate to={`/login?next=${encodeURIComponent(loc.pathname + loc.search)}`} replace />;
  if (!allow) return <Navigate to="/" replace />;
  return <>{children}</>;
}

function Shell() {
  const { t, l, locale, toggle } = useI18n();
  const user = useUser();
  const can = access(user);
  const nav = useNavigate();
  const loc = useLocation();
  // On a phone the header keeps the bell, the language and the role; the name moves into the menu.
  const narrow = useNarrow();
  const stats = can.signedIn && mayReadStats(user!.role);
  const menu = [
    can.workbench && { path: '/', name: t('workbench'), icon: <DashboardOutlined /> },
    can.caseList && { path: '/cases', name: t('cases'), icon: <FileSearchOutlined /> },
    can.warnings && { path: '/warnings', name: t('warnings'), icon: <AlertOutlined /> },
    stats && { path: '/stats', name: t('stats'), icon: <BarChartOutlined /> },
    can.stations && { path: '/stations', name: t('stations'), icon: <QrcodeOutlined /> },
    can.staff && { path: '/staff', name: t('staff'), icon: <TeamOutlined /> },
    can.audit && { path: '/audit', name: t('audit'), icon: <AuditOutlined /> },
    can.figures && { path: '/figures', name: t('figures'), icon: <DatabaseOutlined /> },
    can.knowledge && { path: '/knowledge', name: t('knowledge'), icon: <BookOutlined /> },
  ].filter(Boolean) as { path: string; name: string; icon: ReactNode }[];
  return (
    <ProLayout
      title={t('appName')}
      logo={false}
      layout="mix"
      fixSiderbar
      location={{ pathname: loc.pathname }}
      route={{ path: '/', routes: menu }}
      menuItemRender={(item, dom) => <a onClick={() => nav(item.path ?? '/')}>{dom}</a>}
      actionsRender={() => [
        ...(can.notices ? [<NoticesBell key="notices" />] : []),
        <Button key="lang" type="text" icon={<GlobalOutlined />} onClick={toggle} data-testid="lang">
          {narrow ? null : t('language')}
        </Button>,
      ]}
      avatarProps={{
        // A phone's header has room for the role, not for the picture too.
        icon: narrow ? undefined : <UserOutlined />,
        title: (
          <Space size={4}>
            {!narrow && <span>{user?.displayName}</span>}
            {user && <Tag style={{ marginInlineEnd: 0 }}>{l(ROLE.labels[user.role])}</Tag>}
          </Space>
        ),
        render: (_p, dom) => (
          <Dropdown
            menu={{
              items: [
                ...(narrow ? [{ key: 'me', label: user?.displayName, disabled: true }] : []),
                {
                  key: 'out',
                  icon: <LogoutOutlined />,
                  label: t('signOut'),
                  onClick: () => void api.signOut().then(() => nav('/login')),
                },
              ],
            }}
          >
            {dom}
          </Dropdown>
        ),
      }}
      token={{
        header: { colorBgHeader: '#fff' },
        pageContainer: narrow ? { paddingInlinePageContainerContent: 8, paddingBlockPageContainerContent: 8 } : {},
      }}
      key={locale}
    >
      <Routes>
        <Route
          path="/"
          element={
            // The outlet's manager opens on their case list: no workbench for the respondent's side.
            can.signedIn && !can.workbench ? (
              <Navigate to={can.home} replace />
            ) : (
              <Guard allow={can.workbench}>
                <WorkbenchPage />
              </Guard>
            )
          }
        />
        <Route
          path="/cases"
          element={
            <Guard allow={can.caseList}>
              <CaseQueuePage />
            </Guard>
          }
        />
        <Route
          path="/cases/:id"
          element={
            <Guard allow={can.cases}>
              <CaseDetailPage />
            </Guard>
          }
        />
        <Route
          path="/warnings"
          element={
            <Guard allow={can.warnings}>
              <WarningsPage />
            </Guard>
          }
        />
        <Route
          path="/respondents/:key"
          element={
            <Guard allow={can.cases}>
              <RespondentPage />
            </Guard>
          }
        />
        <Route
          path="/stats"
          element={
            <Guard allow={stats}>
              <Suspense fallback={loading}>
                <StatisticsPage />
              </Suspense>
            </Guard>
          }
        />
        <Route
          path="/stations"
          element={
            <Guard allow={can.stations}>
              <StationsPage />
            </Guard>
          }
        />
        <Route
          path="/staff"
          element={
            <Guard allow={can.staff}>
              <StaffPage />
            </Guard>
          }
        />
        <Route
          path="/audit"
          element={
            <Guard allow={can.audit}>
              <AuditPage />
            </Guard>
          }
        />
        <Route
          path="/figures"
          element={
            <Guard allow={can.figures}>
              <FiguresPage />
            </Guard>
          }
        />
        <Route
          path="/knowledge"
          element={
            <Guard allow={can.knowledge}>
              <Suspense fallback={loading}>
                <KnowledgeListPage />
              </Suspense>
            </Guard>
          }
        />
        <Route
          path="/knowledge/:id"
          element={
            <Guard allow={can.knowledge}>
              <Suspense fallback={loading}>
                <KnowledgeEditPage />
              </Suspense>
            </Guard>
          }
        />
        <Route path="*" element={<Navigate to="/" replace />} />
      </Routes>
    </ProLayout>
  );
}

function Localized() {
  const { locale } = useI18n();
  const narrow = useNarrow();
  dayjs.locale(locale === 'en' ? 'en' : 'zh-cn');
  return (
    <ConfigProvider
      locale={locale === 'en' ? enUS : zhCN}
      theme={{
        token: { colorPrimary: '#1f4e9c', borderRadius: 4 },
        // A phone's width goes to the content, not to the cards' padding.
        components: narrow ? { Card: { bodyPadding: 12, headerPadding: 12 } } : undefined,
      }}
    >
      <AntApp>
        <HashRouter>
          <Routes>
            <Route path="/login" element={<LoginPage />} />
            <Route path="/respond/:token" element={<RespondPage />} />
            <Route path="/*" element={<Shell />} />
          </Routes>
        </HashRouter>
      </AntApp>
    </ConfigProvider>
  );
}

export function App() {
  return (
    <I18nProvider>
      <Localized />
    </I18nProvider>
  );
}
