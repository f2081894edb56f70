import { useEffect, useRef, useState } from 'react';
import { advisor, errorMessage } from '../../lib/advisor';

/** The width a preview page is drawn at, in CSS pixels. */
const PAGE_WIDTH = 420;

const bytesOf = (base64: string) => Uint8Array.from(atob(base64), c => c.charCodeAt(0));

/** The last preview drawn (or failed), for which revision. */
type Shown = { revision: number; pages: number } | { revision: number; error: string };

/**
 * The memo as it will print: main renders the very PDF the export saves, from the same document,
 * and its pages are drawn here, each with "Page n of N". `revision` changes after each saved edit;
 * a newer preview replaces one still drawing.
 */
export function MemoPreview({ id, revision }: { id: string; revision: number }) {
  const [shown, setShown] = useState<Shown | null>(null);
  const host = useRef<HTMLDivElement>(null);

  useEffect(() => {
    // Set when a newer revision (or leaving) supersedes this one.
    const run = { stale: false, close: () => {} };
    void (async () => {
      try {
        const [{ pdf }, { openPdf }] = await Promise.all([advisor('memos:preview', { id }), import('./pdf-pages')]);
        const doc = await openPdf(bytesOf(pdf));
        run.close = () => doc.close();
        // Drawn off-screen, then swapped in whole, so the pages never show half old and half new.
        const figures: HTMLElement[] = [];
        for (let n = 1; n <= doc.pages && !run.stale; n++) {
          const figure = document.createElement('figure');
          const canvas = document.createElement('canvas');
          const label = `Page ${String(n)} of ${String(doc.pages)}`;
          canvas.setAttribute('role', 'img');
          canvas.setAttribute('aria-label', label);
          const caption = document.createElement('figcaption');
          caption.textContent = label;
          figure.append(canvas, caption);
          await doc.draw(n, canvas, PAGE_WIDTH);
          figures.push(figure);
        }
        if (run.stale) return;
        host.current?.replaceChildren(...figures);
        setShown({ revision, pages: doc.pages });
      } catch (err) {
        if (!run.stale) setShown({ revision, error: errorMessage(err) });
      }
    })();
    return () => {
      run.stale = true;
      run.close();
    };
  }, [id, revision]);

  const pages = shown && 'pages' in shown ? shown.pages : null;
  const drawing = shown?.revision !== revision;
  return (
    <section className="memo-preview" aria-labelledby="memo-preview-title" aria-busy={drawing}>
      <h2 id="memo-preview-title">As it will print</h2>
      <p className="memo-page-count" role="status">
        {pages === null ? (drawing ? 'Drawing the pages…' : 'Page count unknown') : `${String(pages)} ${pages === 1 ? 'page' : 'pages'}`}
        {drawing && pages !== null ? ' · updating…' : ''}
      </p>
      {shown && 'error' in shown && (
        <p className="error" role="alert">
          The preview could not be drawn: {shown.error}
        </p>
      )}
      <div className="memo-pages" ref={host} />
    </section>
  );
}
