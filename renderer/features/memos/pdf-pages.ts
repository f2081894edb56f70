/**
 * Draws a PDF's pages on canvases with pdf.js. Loaded only when a memo preview is shown (a
 * dynamic import), so the rest of the app neither waits for nor carries pdf.js.
 */
import { getDocument, GlobalWorkerOptions } from 'pdfjs-dist';
import PdfWorker from 'pdfjs-dist/build/pdf.worker.min.mjs?worker';

let port: Worker | null = null;

/** A PDF opened for drawing: its page count, a way to draw page n (from 1), and to let it go. */
export type OpenPdf = { pages: number; draw(n: number, canvas: HTMLCanvasElement, cssWidth: number): Promise<void>; close(): void };

export async function openPdf(bytes: Uint8Array): Promise<OpenPdf> {
  // One worker for the app's life, shared by every preview.
  port ??= new PdfWorker();
  GlobalWorkerOptions.workerPort = port;
  const doc = await getDocument({
    data: bytes,
    // The CSP forbids eval; the memo embeds every font it uses, so nothing is fetched either.
    isEvalSupported: false,
    useSystemFonts: false,
    useWorkerFetch: false,
    useWasm: false,
    enableXfa: false,
  }).promise;
  return {
    pages: doc.numPages,
    async draw(n, canvas, cssWidth) {
      const page = await doc.getPage(n);
      const base = page.getViewport({ scale: 1 });
      const ratio = window.devicePixelRatio || 1;
      const viewport = page.getViewport({ scale: (cssWidth / base.width) * ratio });
      canvas.width = Math.floor(viewport.width);
      canvas.height = Math.floor(viewport.height);
      canvas.style.width = `${String(cssWidth)}px`;
      canvas.style.height = `${String(Math.floor(viewport.height / ratio))}px`;
      await page.render({ canvas, viewport }).promise;
      page.cleanup();
    },
    close: () => void doc.destroy(),
  };
}
