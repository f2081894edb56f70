import type { AppInfo } from '../shared/contract';
import type { ChangeContext, CaseRepo } from './db/repos/case-repo';
import type { Handlers } from './dispatcher';

/** What the handlers need, passed in (never module singletons) so tests build them on a temp database. */
export type Services = {
  cases: CaseRepo;
  info: () => AppInfo;
  /** Who is acting and when, asked afresh for each change. */
  context: () => ChangeContext;
};

/** One function per contract method; input has already been validated by the dispatcher. */
export function createHandlers(s: Services): Handlers {
  return {
    'app:info': () => s.info(),
    'cases:create': input => s.cases.create(input, s.context()),
    'cases:list': input => s.cases.list(input),
    'cases:get': input => s.cases.getOrThrow(input.id),
    'cases:update': input => s.cases.update(input, s.context()),
  };
}
