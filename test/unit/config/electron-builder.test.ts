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
    expect(config.files).toEqual(
      expect.arrayContaining(['out/main/**', 'out/renderer/**', 'package.json']),
    );
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
      main: string;
      dependencies: Record<string, string>;
    };
    expect(pkg.main.startsWith('out/main/')).toBe(true);
    // Everything else is bundled (docx and pdf.js too, as devDependencies), so the packaged app
    // carries only the native driver and pdfkit:
    // pdfkit stays outside the bundle because it loads its data files (font metrics, colour
    // profiles) from its own folder in node_modules at run time.
    expect(Object.keys(pkg.dependencies)).toEqual(['better-sqlite3-multiple-ciphers', 'pdfkit']);
    const build = readFileSync('scripts/build-main.mjs', 'utf8');
    expect(build).toMatch(/external: \[[^\]]*'pdfkit'/);
  });

  it('sets every Electron fuse, each to its hardened value', () => {
    // toEqual, not toMatchObject: a fuse left out keeps Electron's permissive default.
    expect(config.electronFuses).toEqual({
      runAsNode: false, // ELECTRON_RUN_AS_NODE cannot turn the app into a plain Node
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false, // NODE_OPTIONS cannot inject code
      enableNodeCliInspectArguments: false, // no --inspect debugger into the main process
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true, // no app code from loose files beside the asar
      loadBrowserProcessSpecificV8Snapshot: false,
      grantFileProtocolExtraPrivileges: false, // file:// pages get no more than in a browser
    });
  });

  it('names the fuses as the installed electron-builder expects them', () => {
    // electron-builder validates its config against this schema; a misspelt fuse would fail the
    // build there, and here first.
    const scheme = JSON.parse(readFileSync('node_modules/app-builder-lib/scheme.json', 'utf8')) as {
      definitions: {
        FuseOptionsV1: {
          properties: Record<string, { type: string }>;
          additionalProperties: boolean;
        };
      };
    };
    const fuses = scheme.definitions.FuseOptionsV1;
    expect(fuses.additionalProperties).toBe(false);
    for (const name of Object.keys(config.electronFuses)) {
      expect(fuses.properties[name], name).toEqual(expect.objectContaining({ type: 'boolean' }));
    }
  });

  it('configures no update server, so the app never checks for updates', () => {
    expect(config).toHaveProperty('publish');
    expect(config.publish).toBeNull();
  });
});

describe('memo fonts in the package', () => {
  it('ships resources/fonts beside the app, where main looks for them', () => {
    const raw = parse(readFileSync('electron-builder.yml', 'utf8')) as {
      extraResources: { from: string; to: string }[];
    };
    expect(raw.extraResources).toContainEqual(
      expect.objectContaining({ from: 'resources/fonts', to: 'fonts' }),
    );
    expect(readFileSync('electron/main.ts', 'utf8')).toContain(
      "join(process.resourcesPath, 'fonts')",
    );
  });
});
