/**
 * `firm show` and `firm set`: the firm details memos are written with, through the same `firm:*`
 * methods as the app's Settings, so the checks (lengths, paper, a PNG or JPEG logo of at most
 * 2 MB) are the app's own.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { contract, type FirmSettings } from '../../shared/contract';
import { FALLBACK_FIRM_NAME } from '../../shared/memo/build';
import { DEFAULT_DISCLAIMERS } from '../../shared/memo/disclaimers';
import { describeIssues, toFieldIssues } from '../../shared/validation';
import type { Advisor } from '../advisor';
import type { Dialogs } from '../dialogs';
import { call } from '../dispatcher';
import type { Out } from './cases';
import { CliError, EXIT, failAsOptions, failSafely } from './errors';
import { requireFile } from './input-file';
import { terminalJson, terminalLines } from './table';

/** Opens the database; `dialogs` answer the app's dialogs (the logo "chosen" is the file named). */
export type Opener = (dialogs?: Partial<Dialogs>) => Promise<Advisor>;

/** `firm set`'s options as typed. */
export type FirmSetArgs = {
  name: string | undefined;
  attorney: string | undefined;
  bar: string | undefined;
  address: string[];
  paper: string | undefined;
  logo: string | undefined;
  noLogo: boolean;
};

/** The contract's field names as this command's options, for messages. */
const OPTION_OF: Record<string, string> = { name: '--name', attorneyName: '--attorney', barAdmission: '--bar', address: '--address', paper: '--paper', logo: '--logo' };

const kb = (base64: string) => `${String(Math.ceil(Buffer.from(base64, 'base64').length / 1024))} KB`;
const sameText = (a: FirmSettings['disclaimers'], b: FirmSettings['disclaimers']) => a.preEngagement === b.preEngagement && a.engaged === b.engaged;

/** The details as lines for a person; what is not set says so, with what memos print instead. */
function describeFirm(firm: FirmSettings): string {
  const notSet = 'not set';
  const [firstLine, ...moreLines] = firm.address.split(/\r?\n/u).filter(l => l.trim() !== '');
  const rows = [
    `Firm name:      ${firm.name.trim() || `${notSet} (memos print “${FALLBACK_FIRM_NAME}”)`}`,
    `Attorney:       ${firm.attorneyName.trim() || notSet}`,
    `Bar admission:  ${firm.barAdmission.trim() || notSet}`,
    `Address:        ${firstLine ?? notSet}`,
    ...moreLines.map(l => `                ${l}`),
    `Paper:          ${firm.paper === 'a4' ? 'A4' : 'US Letter'}`,
    `Logo:           ${firm.logo ? `${firm.logo.type.toUpperCase()}, ${kb(firm.logo.bytes)}` : 'none'}`,
    `Disclaimers:    ${sameText(firm.disclaimers, DEFAULT_DISCLAIMERS) ? 'the standard ones' : 'the firm’s own'} (edited in the app: Settings → Firm details)`,
  ];
  // The firm's own text, so escape sequences in it cannot act on the terminal.
  return terminalLines(rows.join('\n'));
}

/** The details as JSON: as stored, but the logo as its type and size rather than its bytes. */
function firmJson(firm: FirmSettings): string {
  const logo = firm.logo ? { type: firm.logo.type, sizeBytes: Buffer.from(firm.logo.bytes, 'base64').length } : null;
  return terminalJson({ ...firm, logo });
}

/** `firm show [--json]`. */
export async function showFirm(open: Opener, json: boolean, out: Out): Promise<number> {
  const advisor = await open();
  const firm = await call(advisor.dispatch, 'firm:get', {});
  if (!firm.ok) failSafely(firm.error);
  out(json ? firmJson(firm.value) : describeFirm(firm.value));
  return EXIT.ok;
}

/**
 * `firm set`: the fields given replace those stored, the rest stay. The new details are checked
 * against `firm:set`'s own schema before anything is written; then the logo is stored
 * (`firm:choose-logo`, answered with the file, which checks it is a PNG or JPEG), then the details.
 * So a wrong paper size or a logo that is not an image changes nothing.
 */
export async function setFirm(open: Opener, args: FirmSetArgs, out: Out): Promise<number> {
  const given = [args.name, args.attorney, args.bar, args.paper, args.logo].some(v => v !== undefined) || args.address.length > 0 || args.noLogo;
  if (!given) throw new CliError('firm set needs at least one of --name, --attorney, --bar, --address, --paper, --logo, --no-logo.', EXIT.badInput);
  if (args.logo !== undefined && args.noLogo) throw new CliError('--logo and --no-logo: give one or the other.', EXIT.badInput);
  let image: { name: string; bytes: Uint8Array } | undefined;
  if (args.logo !== undefined) {
    requireFile(args.logo, '--logo');
    image = { name: basename(args.logo), bytes: readFileSync(args.logo) };
  }
  const picked = image;
  const advisor = await open(picked ? { openImage: () => Promise.resolve(picked) } : {});

  const current = await call(advisor.dispatch, 'firm:get', {});
  if (!current.ok) failSafely(current.error);
  const { name, address, attorneyName, barAdmission, paper, disclaimers } = current.value;
  const details = {
    ...{ name, address, attorneyName, barAdmission, paper, disclaimers },
    ...(args.name === undefined ? {} : { name: args.name }),
    ...(args.attorney === undefined ? {} : { attorneyName: args.attorney }),
    ...(args.bar === undefined ? {} : { barAdmission: args.bar }),
    ...(args.address.length === 0 ? {} : { address: args.address.join('\n') }),
    ...(args.paper === undefined ? {} : { paper: args.paper }),
  };
  const checked = contract['firm:set'].input.safeParse(details);
  if (!checked.success) {
    const issues = toFieldIssues(checked.error);
    failAsOptions({ code: 'bad-input', message: describeIssues(issues), ...(issues[0] ? { field: issues[0].field } : {}) }, OPTION_OF, '\nNothing was changed.');
  }
  if (picked) {
    const withLogo = await call(advisor.dispatch, 'firm:choose-logo', {});
    if (!withLogo.ok) failAsOptions(withLogo.error, OPTION_OF, '\nNothing was changed.');
  }
  if (args.noLogo) {
    const cleared = await call(advisor.dispatch, 'firm:clear-logo', {});
    if (!cleared.ok) failSafely(cleared.error);
  }
  const saved = await call(advisor.dispatch, 'firm:set', details);
  if (!saved.ok) failAsOptions(saved.error, OPTION_OF);
  out('Firm details saved. New memos use them; memos already written keep the details they were written with.');
  out(describeFirm(saved.value));
  return EXIT.ok;
}
