import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';

/**
 * Filters and the page live in the URL: a search can be bookmarked, shared and reloaded, and Back undoes a filter.
 * Changing any filter returns to the first page. Pass `keys` as a constant defined outside the component.
 */
export function useSearchState<Key extends string>(keys: readonly Key[], defaultPageSize = 20) {
  const [parameters, setParameters] = useSearchParams();
  const values = useMemo(() => {
    const result = {} as Record<Key, string | undefined>;
    for (const key of keys) result[key] = parameters.get(key) ?? undefined;
    return result;
  }, [parameters, keys]);
  const page = Math.max(1, Number(parameters.get('page')) || 1);
  const pageSize = Math.min(200, Math.max(1, Number(parameters.get('pageSize')) || defaultPageSize));

  const setFilters = useCallback(
    (changes: Partial<Record<Key, string | number | null | undefined>>) => {
      setParameters((previous) => {
        const next = new URLSearchParams(previous);
        for (const [key, value] of Object.entries(changes)) {
          if (value === undefined || value === null || value === '') next.delete(key);
          else next.set(key, String(value));
        }
        next.delete('page');
        return next;
      });
    },
    [setParameters],
  );

  const setPage = useCallback(
    (nextPage: number, nextPageSize: number) => {
      setParameters((previous) => {
        const next = new URLSearchParams(previous);
        next.set('page', String(nextPageSize !== pageSize ? 1 : nextPage));
        next.set('pageSize', String(nextPageSize));
        return next;
      });
    },
    [setParameters, pageSize],
  );

  const clear = useCallback(() => setParameters(new URLSearchParams()), [setParameters]);

  return { values, page, pageSize, setFilters, setPage, clear };
}
