import {
  ApartmentOutlined,
  AppstoreOutlined,
  DashboardOutlined,
  FireOutlined,
  LogoutOutlined,
  ProjectOutlined,
  UserOutlined,
} from '@ant-design/icons';
import { Button, Dropdown, Flex, Layout, Menu, Spin } from 'antd';
import { Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import { useSession } from '../session/session-context';
import { LanguageSwitch } from './language-switch';
import { OrganisationSwitch } from './organisation-switch';

const sections = [
  { path: '/', key: 'dashboard', icon: <DashboardOutlined /> },
  { path: '/catalog', key: 'catalog', icon: <AppstoreOutlined /> },
  { path: '/hot-lists', key: 'hotLists', icon: <FireOutlined /> },
  { path: '/programs', key: 'programs', icon: <ProjectOutlined /> },
  { path: '/organisation', key: 'organisation', icon: <ApartmentOutlined /> },
] as const;

function selectedSection(pathname: string): string {
  const match = [...sections]
    .reverse()
    .find((section) => section.path !== '/' && pathname.startsWith(section.path));
  return match?.key ?? 'dashboard';
}

export function PageLoading() {
  const { t } = useTranslation();
  return (
    <Flex justify="center" className="page-loading">
      <Spin aria-label={t('common.loading')} />
    </Flex>
  );
}

export function AppLayout() {
  const { t } = useTranslation();
  const location = useLocation();
  const navigate = useNavigate();
  const { session, activeMembership, canSeePrograms, signOut } = useSession();
  // Below 992 px (tablets) the navigation folds to icons so tables keep their width.
  const [isCollapsed, setIsCollapsed] = useState(() => window.innerWidth < 992);

  return (
    <Layout className="app-layout">
      <a className="skip-link" href="#main-content">
        {t('layout.skipToContent')}
      </a>
      <Layout.Sider
        breakpoint="lg"
        collapsible
        collapsed={isCollapsed}
        onCollapse={setIsCollapsed}
        collapsedWidth={64}
        width={220}
        theme="light"
        className="app-sider"
        trigger={null}
      >
        <Link to="/" className="app-brand" aria-label={t('layout.home')}>
          <img src="/favicon.svg" alt="" width={28} height={28} />
          {isCollapsed ? null : <span>Coopex</span>}
        </Link>
        <nav aria-label={t('layout.navigation')}>
          <Menu
            mode="inline"
            selectedKeys={[selectedSection(location.pathname)]}
            items={sections
              .filter((section) => section.key !== 'organisation' || activeMembership)
              .filter((section) => section.key !== 'programs' || canSeePrograms)
              .map((section) => ({
                key: section.key,
                icon: section.icon,
                label: <Link to={section.path}>{t(`nav.${section.key}`)}</Link>,
              }))}
          />
        </nav>
      </Layout.Sider>
      <Layout>
        <Layout.Header className="app-header">
          <Button
            type="text"
            aria-label={isCollapsed ? t('layout.expandNavigation') : t('layout.collapseNavigation')}
            aria-expanded={!isCollapsed}
            onClick={() => setIsCollapsed(!isCollapsed)}
            icon={<span aria-hidden="true">☰</span>}
          />
          <Flex align="center" gap={12} className="app-header-tools">
            <OrganisationSwitch />
            <LanguageSwitch />
            {session ? (
              <Dropdown
                trigger={['click']}
                menu={{
                  items: [
                    { key: 'email', label: session.user.email, disabled: true },
                    { type: 'divider' },
                    { key: 'sign-out', icon: <LogoutOutlined />, label: t('layout.signOut') },
                  ],
                  onClick: async ({ key }) => {
                    if (key !== 'sign-out') return;
                    await signOut();
                    navigate('/sign-in', { replace: true });
                  },
                }}
              >
                <Button icon={<UserOutlined />} aria-label={t('layout.userMenu')}>
                  <span className="header-user-name">{session.user.displayName}</span>
                </Button>
              </Dropdown>
            ) : null}
          </Flex>
        </Layout.Header>
        <Layout.Content>
          <main id="main-content" tabIndex={-1} className="app-main">
            <Suspense fallback={<PageLoading />}>
              <Outlet />
            </Suspense>
          </main>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
