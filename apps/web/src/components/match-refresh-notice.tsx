import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert } from 'antd';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { hotListsApi } from '../api/coopex-api';
import { useFormatters } from '../format/use-formatters';

/**
 * Says when stored candidates are being refreshed after catalog, analogue or hot-list changes (the server does it
 * in the background), and reloads what the page shows of them (`reloads`: query keys) once it has caught up.
 */
export function MatchRefreshNotice({ reloads }: { reloads: readonly string[] }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const queryClient = useQueryClient();
  const status = useQuery({
    queryKey: ['match-refresh-status'],
    queryFn: () => hotListsApi.matchRefreshStatus(),
    refetchInterval: (query) => (query.state.data && !query.state.data.isUpToDate ? 2000 : false),
  });
  const wasRefreshing = useRef(false);
  const isUpToDate = status.data?.isUpToDate ?? true;
  useEffect(() => {
    if (!isUpToDate) wasRefreshing.current = true;
    else if (wasRefreshing.current) {
      wasRefreshing.current = false;
      for (const key of reloads) void queryClient.invalidateQueries({ queryKey: [key] });
    }
  }, [isUpToDate, queryClient, reloads]);

  if (!status.data || status.data.isUpToDate) return null;
  const { running, lastFinished } = status.data;
  const progress =
    running && running.linesTotal !== null
      ? t('matchRefresh.progress', {
          done: format.number(running.linesDone),
          total: format.number(running.linesTotal),
        })
      : running
        ? t('matchRefresh.weighing')
        : null;
  const hasFailed = !running && status.data.waiting.length === 0 && lastFinished?.error;
  return (
    <Alert
      className="match-refresh-notice"
      type={hasFailed ? 'warning' : 'info'}
      showIcon
      title={hasFailed ? t('matchRefresh.failed') : t('matchRefresh.running')}
      description={hasFailed ? t('matchRefresh.failedHint') : progress}
    />
  );
}
