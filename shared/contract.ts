/**
 * THE contract: every method the renderer (or the CLI, or the test bridge) may ask of the main
 * process, each with a zod input schema and a zod output schema. Add a method here first; the
 * handler map in electron/handlers.ts then fails to compile until it is implemented.
 *
 * Names follow `feature:verb`.
 */
import { z } from 'zod';
import { CaseFile } from './case-file';
import type { Result } from './result';

/** Where a matter stands in the firm's workflow. */
export const CASE_STATUSES = ['intake', 'consultation', 'advised', 'closed'] as const;
export const CaseStatus = z.enum(CASE_STATUSES, {
  error: () => `expected one of ${CASE_STATUSES.join(', ')}`,
});
export type CaseStatus = z.infer<typeof CaseStatus>;

/** Case ids are UUIDs; the human-facing matter number is `reference`. */
export const CaseId = z.uuid({ error: 'expected a case id (a UUID)' });

const isoTimestamp = z.string();

/** One row of the case list. */
export const CaseSummary = z.object({
  id: CaseId,
  /** The firm's matter number, `YYYY-NNNN`, unique and never reused. */
  reference: z.string(),
  status: CaseStatus,
  clientId: z.string(),
  clientName: z.string(),
  otherNames: z.array(z.string()),
  dateOfBirth: z.string().nullable(),
  citizenships: z.array(z.string()),
  targetCountries: z.array(z.string()),
  /** Bumped on every update; an update naming an older revision is refused, so no edit is lost. */
  revision: z.number().int(),
  createdAt: isoTimestamp,
  updatedAt: isoTimestamp,
});
export type CaseSummary = z.infer<typeof CaseSummary>;

/** A stored case: its summary plus the whole case file. */
export const CaseRecord = CaseSummary.extend({ caseFile: CaseFile });
export type CaseRecord = z.infer<typeof CaseRecord>;

/** Facts about the running app, for Settings and support. */
export const AppInfo = z.object({
  appVersion: z.string(),
  dataDir: z.string(),
  databaseFile: z.string(),
  schemaVersion: z.number().int(),
  caseFileVersion: z.number().int(),
});
export type AppInfo = z.infer<typeof AppInfo>;

/** Every method, its input schema and its output schema. */
export const contract = {
  'app:info': {
    input: z.strictObject({}),
    output: AppInfo,
  },
  'cases:create': {
    input: z.strictObject({ caseFile: CaseFile, status: CaseStatus.default('intake') }),
    output: CaseRecord,
  },
  'cases:list': {
    input: z.strictObject({
      status: CaseStatus.optional(),
      limit: z.number().int().min(1).max(500).default(200),
      offset: z.number().int().min(0).default(0),
    }),
    output: z.object({ items: z.array(CaseSummary), total: z.number().int() }),
  },
  'cases:get': {
    input: z.strictObject({ id: CaseId }),
    output: CaseRecord,
  },
  'cases:update': {
    input: z.strictObject({
      id: CaseId,
      expectedRevision: z.number().int().min(1),
      caseFile: CaseFile,
      status: CaseStatus.optional(),
    }),
    output: CaseRecord,
  },
} as const;

/** A contract method name. */
export type Method = keyof typeof contract;
/** What a caller may pass (before defaults are applied). */
export type MethodInput<M extends Method> = z.input<(typeof contract)[M]['input']>;
/** What a handler receives (after validation and defaults). */
export type MethodParams<M extends Method> = z.output<(typeof contract)[M]['input']>;
/** What a handler returns. */
export type MethodOutput<M extends Method> = z.output<(typeof contract)[M]['output']>;

/** The list of method names, for the CLI's help and for tests that walk every method. */
export const METHODS = Object.keys(contract) as Method[];

/** True when `name` is a contract method (guards against `__proto__` and friends). */
export function isMethod(name: unknown): name is Method {
  return typeof name === 'string' && Object.hasOwn(contract, name);
}

/** What the preload exposes as `window.advisor`: one function, nothing Node-capable. */
export type AdvisorBridge = {
  invoke(method: string, input: unknown): Promise<Result<unknown>>;
};
