import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';

/**
 * Filters and the page live in the URL: a search can be bookmarked, shared and reloaded, and Back undoes a filter.
 * Changing any filter returns to the first page. Pass `keys` as a constant defined outside the component.
 */
export function useSearchState<Key extends string>(keys: readonly Key[], defaultPageSize = 20) {
  const [parameters, setParameters] = useSearchParams();
  // React Router's function form of setSearchParams hands over the parameters of the last render, so two changes
  // made before the page renders again (typing "from" then "to" quickly) would lose the first. Each change starts
  // from the URL the previous change asked for until the page has rendered with it.
  const pending = useRef<URLSearchParams | null>(null);
  useEffect(() => {
    if (pending.current?.toString() === parameters.toString()) pending.current = null;
  }, [parameters]);
  const update = useCallback(
    (change: (next: URLSearchParams) => void) => {
      const next = new URLSearchParams(pending.current ?? window.location.search);
      change(next);
      pending.current = next;
      setParameters(next);
    },
    [setParameters],
  );

  const values = useMemo(() => {
    const result = {} as Record<Key, string | undefined>;
    for (const key of keys) result[key] = parameters.get(key) ?? undefined;
    return result;
  }, [parameters, keys]);
  const page = Math.max(1, Number(parameters.get('page')) || 1);
  const pageSize = Math.min(200, Math.max(1, Number(parameters.get('pageSize')) || defaultPageSize));

  const setFilters = useCallback(
    (changes: Partial<Record<Key, string | number | null | undefined>>) => {
      update((next) => {
        for (const [key, value] of Object.entries(changes)) {
          if (value === undefined || value === null || value === '') next.delete(key);
          else next.set(key, String(value));
        }
        next.delete('page');
      });
    },
    [update],
  );

  const setPage = useCallback(
    (nextPage: number, nextPageSize: number) => {
      update((next) => {
        next.set('page', String(nextPageSize !== pageSize ? 1 : nextPage));
        next.set('pageSize', String(nextPageSize));
      });
    },
    [update, pageSize],
  );

  const clear = useCallback(
    () =>
      update((next) => {
        for (const key of [...next.keys()]) next.delete(key);
      }),
    [update],
  );

  return { values, page, pageSize, setFilters, setPage, clear };
}

/**
 * What a text field shows while the user types, kept apart from the URL it is applied to: the field is never
 * remounted (which would take the keyboard focus away) and follows the URL when that changes elsewhere (Back,
 * "reset filters").
 */
export function useDraft(applied: string | undefined): [string, (draft: string) => void] {
  const [draft, setDraft] = useState(applied ?? '');
  const [seen, setSeen] = useState(applied);
  if (seen !== applied) {
    setSeen(applied);
    setDraft(applied ?? '');
  }
  return [draft, setDraft];
}
