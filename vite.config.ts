import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The renderer is served from app://app/ in Electron and from a loopback server in e2e tests,
// so asset paths are relative and no inline script is emitted (the CSP forbids inline scripts).
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../out/renderer',
    emptyOutDir: true,
    modulePreload: { polyfill: false },
    sourcemap: true,
  },
});
