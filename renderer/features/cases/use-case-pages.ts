import { useCallback, useEffect, useRef, useState } from 'react';
import type { CaseSummary, MethodInput } from '../../../shared/contract';
import { advisor, errorMessage } from '../../lib/advisor';

export const PAGE_SIZE = 100;
export type ListQuery = Omit<MethodInput<'cases:list'>, 'limit' | 'offset'>;

/**
 * The case list, fetched a page at a time as rows scroll into view, so 10,000 cases cost no more
 * than the hundred on screen. A new query starts over; late answers to an old query are ignored.
 */
export function useCasePages(query: ListQuery, refresh: number) {
  const key = `${JSON.stringify(query)}#${String(refresh)}`;
  // Results belong to the query they answer; results for another key are simply not shown.
  const [data, setData] = useState<{ key: string; pages: Map<number, CaseSummary[]>; total: number | null; error: string | null }>({
    key: '',
    pages: new Map(),
    total: null,
    error: null,
  });
  // Pages asked for under the current query only: going back to an earlier query asks again.
  const requested = useRef({ key: '', pages: new Set<number>() });

  const load = useCallback(
    (page: number) => {
      if (requested.current.key !== key) requested.current = { key, pages: new Set() };
      if (requested.current.pages.has(page)) return;
      requested.current.pages.add(page);
      const q = JSON.parse(key.slice(0, key.lastIndexOf('#'))) as ListQuery;
      advisor('cases:list', { ...q, limit: PAGE_SIZE, offset: page * PAGE_SIZE })
        .then(r =>
          setData(d => {
            const base = d.key === key ? d.pages : new Map<number, CaseSummary[]>();
            return { key, pages: new Map(base).set(page, r.items), total: r.total, error: null };
          }),
        )
        .catch((err: unknown) => setData(d => ({ ...(d.key === key ? d : { pages: new Map(), total: null }), key, error: errorMessage(err) })));
    },
    [key],
  );

  useEffect(() => load(0), [load]);

  const current = data.key === key ? data : { pages: new Map<number, CaseSummary[]>(), total: null, error: null };
  /** The row at an index, loading its page when it is not here yet. */
  const row = (index: number): CaseSummary | undefined => {
    const page = Math.floor(index / PAGE_SIZE);
    const items = current.pages.get(page);
    if (!items) queueMicrotask(() => load(page));
    return items?.[index % PAGE_SIZE];
  };
  return { total: current.total, error: current.error, row };
}
