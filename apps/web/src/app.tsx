import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider, Flex, Result, Button } from 'antd';
import enUS from 'antd/locale/en_US';
import ruRU from 'antd/locale/ru_RU';
import { lazy, Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { createBrowserRouter, Navigate, RouterProvider, useLocation, useRouteError } from 'react-router';
import { isApiError } from './api/api-client';
import { AppLayout, PageLoading } from './components/app-layout';
import { ErrorAlert } from './components/error-alert';
import { useSession } from './session/session-context';
import { SessionProvider } from './session/session-provider';

const DashboardPage = lazy(() => import('./pages/dashboard-page'));
const CatalogPage = lazy(() => import('./pages/catalog-page'));
const ProductPage = lazy(() => import('./pages/product-page'));
const HotListsPage = lazy(() => import('./pages/hot-lists-page'));
const HotListUploadPage = lazy(() => import('./pages/hot-list-upload-page'));
const HotListPage = lazy(() => import('./pages/hot-list-page'));
const DemandLinePage = lazy(() => import('./pages/demand-line-page'));
const ProgramsPage = lazy(() => import('./pages/programs-page'));
const ProgramPage = lazy(() => import('./pages/program-page'));
const ProgramReportPage = lazy(() => import('./pages/program-report-page'));
const OrganisationPage = lazy(() => import('./pages/organisation-page'));
const SignInPage = lazy(() => import('./pages/sign-in-page'));
const ResetPasswordPage = lazy(() => import('./pages/reset-password-page'));
const AcceptInvitationPage = lazy(() => import('./pages/accept-invitation-page'));

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      refetchOnWindowFocus: false,
      // Client errors (not found, forbidden, signed out) do not get better by asking again.
      retry: (failureCount, error) =>
        !(isApiError(error) && error.status >= 400 && error.status < 500) && failureCount < 2,
    },
  },
});

/** Pages behind sign-in: without a session the user goes to the sign-in page and comes back after. */
function RequireSession({ children }: { children: ReactNode }) {
  const { session, isLoading, loadError, reload } = useSession();
  const location = useLocation();
  if (isLoading) return <PageLoading />;
  if (loadError) {
    return (
      <Flex justify="center" className="page-loading">
        <ErrorAlert error={loadError} onRetry={reload} />
      </Flex>
    );
  }
  if (!session) {
    const next = `${location.pathname}${location.search}`;
    return <Navigate to={`/sign-in${next === '/' ? '' : `?next=${encodeURIComponent(next)}`}`} replace />;
  }
  return children;
}

function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Result
      status="404"
      title={t('notFound.title')}
      subTitle={t('notFound.text')}
      extra={
        <Button type="primary" href="/">
          {t('notFound.home')}
        </Button>
      }
    />
  );
}

function RouteErrorPage() {
  const error = useRouteError();
  return (
    <Flex justify="center" className="page-loading">
      <ErrorAlert error={error} onRetry={() => window.location.reload()} />
    </Flex>
  );
}

function standalone(page: ReactNode) {
  return <Suspense fallback={<PageLoading />}>{page}</Suspense>;
}

const router = createBrowserRouter([
  { path: '/sign-in', element: standalone(<SignInPage />), errorElement: <RouteErrorPage /> },
  { path: '/reset-password', element: standalone(<ResetPasswordPage />), errorElement: <RouteErrorPage /> },
  {
    path: '/accept-invitation',
    element: standalone(<AcceptInvitationPage />),
    errorElement: <RouteErrorPage />,
  },
  {
    path: '/',
    element: (
      <RequireSession>
        <AppLayout />
      </RequireSession>
    ),
    errorElement: <RouteErrorPage />,
    children: [
      { index: true, element: <DashboardPage /> },
      { path: 'catalog', element: <CatalogPage /> },
      { path: 'catalog/:productId', element: <ProductPage /> },
      { path: 'hot-lists', element: <HotListsPage /> },
      { path: 'hot-lists/upload', element: <HotListUploadPage /> },
      { path: 'hot-lists/:listId', element: <HotListPage /> },
      { path: 'hot-lists/:listId/lines/:lineId', element: <DemandLinePage /> },
      { path: 'programs', element: <ProgramsPage /> },
      { path: 'programs/report', element: <ProgramReportPage /> },
      { path: 'programs/:programId', element: <ProgramPage /> },
      { path: 'organisation', element: <OrganisationPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);

/** Contrast: the default secondary greys and link blue fall below WCAG AA on white; these reach 4.5:1 or more. */
const theme = {
  token: {
    colorPrimary: '#1d4ed8',
    colorLink: '#1d4ed8',
    colorTextSecondary: 'rgba(0, 0, 0, 0.68)',
    colorTextTertiary: 'rgba(0, 0, 0, 0.62)',
    colorTextDescription: 'rgba(0, 0, 0, 0.65)',
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.58)',
    borderRadius: 6,
    fontFamily:
      "-apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Noto Sans', sans-serif",
  },
};

function LocalizedProviders() {
  const { i18n } = useTranslation();
  return (
    <ConfigProvider locale={i18n.language === 'en' ? enUS : ruRU} theme={theme}>
      <AntApp>
        <SessionProvider>
          <RouterProvider router={router} />
        </SessionProvider>
      </AntApp>
    </ConfigProvider>
  );
}

export function CoopexApp() {
  return (
    <QueryClientProvider client={queryClient}>
      <LocalizedProviders />
    </QueryClientProvider>
  );
}
