// Writes electron/reports/latin-metrics.json from the Latin fonts in resources/fonts: run it with
// `npx tsx electron/reports/make-latin-metrics.ts` after replacing NotoSans-Regular.ttf or NotoSans-Bold.ttf.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { makeFontMetrics } from './latin-metrics-maker';

const fonts = (file: string) => fileURLToPath(new URL(`../../resources/fonts/${file}`, import.meta.url));
const out = fileURLToPath(new URL('./latin-metrics.json', import.meta.url));
const table = Object.fromEntries(['NotoSans-Regular.ttf', 'NotoSans-Bold.ttf'].map(file => [file, makeFontMetrics(fonts(file))]));
writeFileSync(out, `${JSON.stringify(table)}\n`);
for (const [file, m] of Object.entries(table)) {
  process.stdout.write(`${file}: ${String(m.chars.length)} characters, ${String(Math.max(...m.left) + 1)}×${String(Math.max(...m.right) + 1)} kerning classes, ${String(m.kern.length)} pairs\n`);
}
