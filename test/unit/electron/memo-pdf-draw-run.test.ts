// TextEngine.drawLine draws each run through pdfkit's internal line drawer with the width the memo
// measured, skipping text()'s own measuring: the page content must be exactly what text() writes
// for the same runs, in every font, alignment and size, links included (Devanagari's ActualText
// wrapping is drawLine's own, around the same call, so it is left out here).
import { join } from 'node:path';
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { DocumentFonts, LATIN_ASCENT, LATIN_HEIGHT } from '../../../electron/reports/pdf-fonts';
import { LEADING, TextEngine, type Styled } from '../../../electron/reports/pdf-text';

const FONTS = join(import.meta.dirname, '../../../resources/fonts');

/** A page's content stream as written so far (uncompressed). */
function content(doc: PDFKit.PDFDocument): string {
  const chunks = (doc as unknown as { page: { content: { buffer: Uint8Array[] } } }).page.content.buffer;
  return Buffer.concat(chunks).toString('latin1');
}

const newDoc = () => new PDFDocument({ compress: false, font: '', size: 'A4' });

const LINES: { spans: Styled[]; align: 'left' | 'right' | 'center' }[] = [
  { spans: [{ text: 'Priya Sharma (李伟, 한국) — office fit “quoted”', style: { size: 10.5 } }], align: 'left' },
  { spans: [{ text: 'Harbor & Pike LLP', style: { size: 15, bold: true, color: '#1f4e79' } }, { text: ' Boston, MA', style: { size: 8 } }], align: 'right' },
  { spans: [{ text: 'Page 3 of 8', style: { size: 7.5, color: '#667085' } }], align: 'center' },
  { spans: [{ text: 'see https://uscode.house.gov/view.xhtml?req=granuleid:USC-prelim-title8-section1101', style: { size: 9, link: 'https://uscode.house.gov/' } }], align: 'left' },
];

describe('drawing a line of runs', () => {
  it('writes the same page content as pdfkit’s text() for the same runs', () => {
    const fast = newDoc();
    const engine = new TextEngine(fast, new DocumentFonts(fast, FONTS));
    let top = 60;
    LINES.forEach(({ spans, align }) => {
      for (const line of engine.layout(spans, 470)) {
        engine.drawLine(line, 60, top, align, 470);
        top += line.size * LEADING;
      }
    });

    // The same runs, drawn with text() as before.
    const plain = newDoc();
    const fonts = new DocumentFonts(plain, FONTS);
    top = 60;
    LINES.forEach(({ spans, align }) => {
      for (const line of engine.layout(spans, 470)) {
        const baseline = top + (line.size * LEADING - line.size * LATIN_HEIGHT) / 2 + line.size * LATIN_ASCENT;
        let x = align === 'right' ? 60 + 470 - line.width : align === 'center' ? 60 + (470 - line.width) / 2 : 60;
        const runs: { text: string; font: (typeof line.tokens)[number]['font']; style: Styled['style']; width: number }[] = [];
        for (const t of line.tokens) {
          const last = runs.at(-1);
          if (last && last.font === t.font && JSON.stringify(last.style) === JSON.stringify(t.style)) {
            last.text += t.text;
            last.width += t.width;
          } else runs.push({ ...t });
        }
        for (const r of runs) {
          const ascent = r.style.size * LATIN_ASCENT;
          fonts.select(r.font, r.style.size);
          plain.fillColor(r.style.color ?? '#1c2430');
          plain.text(r.text, x, baseline - ascent, { lineBreak: false, baseline: -ascent, ...(r.style.link ? { link: r.style.link } : {}) });
          x += r.width;
        }
        top += line.size * LEADING;
      }
    });
    const drawn = content(fast);
    expect(drawn).toContain(' TJ');
    expect(drawn).toBe(content(plain));
    // The link's clickable area, which pdfkit measures itself.
    const rects = (doc: PDFKit.PDFDocument) => (doc as unknown as { page: { annotations: { data: { Rect: number[] } }[] } }).page.annotations.map(a => a.data.Rect);
    expect(rects(fast)).toHaveLength(1);
    expect(rects(fast)).toEqual(rects(plain));
    fast.end();
    plain.end();
  });
});
