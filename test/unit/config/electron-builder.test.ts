import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

type BuilderConfig = {
  appId: string;
  productName: string;
  files: string[];
  asarUnpack: string[];
  electronFuses: Record<string, boolean>;
  win: { target: string[] };
  mac: { target: string[] };
  linux: { target: string[] };
  publish: unknown;
};
const config = parse(readFileSync('electron-builder.yml', 'utf8')) as BuilderConfig;

describe('electron-builder.yml', () => {
  it('names the product and targets Windows (nsis), macOS (dmg) and Linux (AppImage, deb)', () => {
    expect(config.productName).toBe('Immigration Advisor');
    expect(config.appId).toMatch(/^[a-z]+(\.[a-z0-9-]+)+$/);
    expect(config.win.target).toEqual(['nsis']);
    expect(config.mac.target).toEqual(['dmg']);
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
  });

  it('unpacks the native SQLite driver from the asar and ships only the built app (and pdfkit)', () => {
    expect(config.asarUnpack).toContain('node_modules/better-sqlite3-multiple-ciphers/**');
    expect(config.files).toEqual(expect.arrayContaining(['out/main/**', 'out/renderer/**', 'package.json']));
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { main: string; dependencies: Record<string, string> };
    expect(pkg.main.startsWith('out/main/')).toBe(true);
    // Everything else is bundled, so the packaged app carries only the native driver and pdfkit:
    // pdfkit stays outside the bundle because it loads its data files (font metrics, colour
    // profiles) from its own folder in node_modules at run time.
    expect(Object.keys(pkg.dependencies)).toEqual(['better-sqlite3-multiple-ciphers', 'pdfkit']);
    const build = readFileSync('scripts/build-main.mjs', 'utf8');
    expect(build).toMatch(/external: \[[^\]]*'pdfkit'/);
  });

  it('hardens the Electron fuses and configures no update server', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      grantFileProtocolExtraPrivileges: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      enableCookieEncryption: true,
    });
    expect(config.publish).toBeNull();
  });
});

describe('memo fonts in the package', () => {
  it('ships resources/fonts beside the app, where main looks for them', () => {
    const raw = parse(readFileSync('electron-builder.yml', 'utf8')) as { extraResources: { from: string; to: string }[] };
    expect(raw.extraResources).toContainEqual(expect.objectContaining({ from: 'resources/fonts', to: 'fonts' }));
    expect(readFileSync('electron/main.ts', 'utf8')).toContain("join(process.resourcesPath, 'fonts')");
  });
});
