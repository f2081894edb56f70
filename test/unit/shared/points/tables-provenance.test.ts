/**
 * Every figure in the points tables cites a source that exists, and every source is complete: the
 * memo's endnotes and the matrix's "source" links are built from these, so a blank title, a broken
 * URL or a citation of nothing would reach the client. (Found by the mutation run, issue 19.)
 */
import { describe, expect, it } from 'vitest';
import { isCalendarDate } from '../../../../shared/dates';
import * as CA from '../../../../shared/programs/ca-points-tables';
import * as DE from '../../../../shared/programs/de-points-tables';
import * as JP from '../../../../shared/programs/jp-points-tables';
import * as NZ from '../../../../shared/programs/nz-points-tables';
import type { Source } from '../../../../shared/programs/types';

const TABLES = [
  { name: 'Canada', module: CA as Record<string, unknown>, sources: CA.CA_POINTS_SOURCES },
  { name: 'Germany', module: DE as Record<string, unknown>, sources: DE.DE_POINTS_SOURCES },
  { name: 'Japan', module: JP as Record<string, unknown>, sources: JP.JP_POINTS_SOURCES },
  { name: 'New Zealand', module: NZ as Record<string, unknown>, sources: NZ.NZ_POINTS_SOURCES },
] as const;

/** The latest as-of date any source may carry: the day these tables were last reviewed. */
const REVIEWED = '2026-12-03';

/** Sources kept to corroborate a table that cites the official text itself; no figure cites them. */
const CORROBORATING: Record<string, string> = {
  'ca-pts-tef-score': 'why IRCC converts older TEF results by the "Équivalence ancien score" column',
  'de-oc-points-guide': 'a plain-language check of the experience windows and the language and age steps',
};

type Found = { path: string; sourceId: unknown; texts: [string, unknown][] };

/** Every object below `value` that cites a source, with the free texts (note, unknown) beside it. */
function citations(value: unknown, path: string, out: Found[] = []): Found[] {
  if (Array.isArray(value)) value.forEach((v, i) => citations(v, `${path}[${String(i)}]`, out));
  else if (value !== null && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if ('sourceId' in o) out.push({ path, sourceId: o.sourceId, texts: ['note', 'unknown'].filter(k => k in o).map(k => [k, o[k]]) });
    for (const [k, v] of Object.entries(o)) citations(v, `${path}.${k}`, out);
  }
  return out;
}

describe.each(TABLES)('$name points tables: provenance', ({ module, sources }) => {
  const cited = Object.entries(module)
    .filter(([, v]) => v !== sources)
    .flatMap(([name, v]) => citations(v, name));

  it('every source is complete: id, title, an http(s) URL with a host, an as-of date and a confidence', () => {
    expect(sources.length).toBeGreaterThan(0);
    for (const s of sources as readonly Source[]) {
      expect(s.id, JSON.stringify(s)).toMatch(/^[a-z]{2}-[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(s.title.trim().length, `${s.id} title`).toBeGreaterThan(10);
      const url = new URL(s.url);
      expect(['http:', 'https:'], `${s.id} url`).toContain(url.protocol);
      expect(url.hostname, `${s.id} url`).toMatch(/\./);
      expect(isCalendarDate(s.asOf) && s.asOf <= REVIEWED, `${s.id} asOf ${s.asOf}`).toBe(true);
      expect(['confirmed', 'reported', 'unconfirmed'], `${s.id} confidence`).toContain(s.confidence);
    }
  });

  it('source ids are unique', () => {
    const ids = sources.map(s => s.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('every figure cites one of these sources, and every note or unknown reason says something', () => {
    expect(cited.length).toBeGreaterThan(0);
    const ids = new Set(sources.map(s => s.id));
    for (const c of cited) {
      expect(ids.has(c.sourceId as string), `${c.path} cites ${JSON.stringify(c.sourceId)}`).toBe(true);
      for (const [key, text] of c.texts) expect(typeof text === 'string' && text.trim().length > 10, `${c.path}.${key}`).toBe(true);
    }
  });

  it('every source is cited by some figure or corroborates one (none is listed for nothing)', () => {
    const used = new Set(cited.map(c => c.sourceId));
    for (const s of sources) expect(used.has(s.id) !== s.id in CORROBORATING, `${s.id}: cited, or corroborating, not both`).toBe(true);
  });
});
