// Vite's `?worker` import: the pdf.js worker bundled as one of the app's own files, so it loads
// from 'self' under the CSP (no blob: or remote worker).
declare module 'pdfjs-dist/build/pdf.worker.min.mjs?worker' {
  const PdfWorker: new () => Worker;
  // eslint-disable-next-line no-restricted-syntax -- Vite's `?worker` modules export the worker as their default.
  export default PdfWorker;
}
