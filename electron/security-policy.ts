/**
 * The security rules of the Electron shell as plain functions, so they are unit-tested in Node and
 * the e2e static server enforces the very same CSP the app sends.
 */
import { extname, isAbsolute, relative, resolve } from 'node:path';

/** The origin the renderer is served from; IPC from anything else is refused. */
export const APP_ORIGIN = 'app://app';
export const APP_ENTRY = `${APP_ORIGIN}/index.html`;

/**
 * The Content-Security-Policy, sent as a response header for every renderer file. Nothing remote
 * can load: no scripts, styles, fonts, images or connections from outside the app itself.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

function parse(url: unknown): URL | null {
  if (typeof url !== 'string') return null;
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/**
 * True for a URL inside the app. Compared by protocol and host (host includes the port), not
 * `origin`: Node's URL gives non-special schemes such as app: an opaque origin ('null'), so
 * `origin` would never match. `appOrigin` is app://app in Electron; the e2e harness passes its
 * loopback server's origin so it runs these very checks.
 */
export function isAppUrl(url: unknown, appOrigin: string = APP_ORIGIN): boolean {
  const u = parse(url);
  const app = parse(appOrigin);
  return (
    u !== null &&
    app !== null &&
    app.host !== '' &&
    u.protocol === app.protocol &&
    u.host === app.host
  );
}

/** The IPC sender check: only frames showing the app's own pages may call the contract. */
export function isTrustedSender(frameUrl: unknown, appOrigin: string = APP_ORIGIN): boolean {
  return isAppUrl(frameUrl, appOrigin);
}

/**
 * Whether the window may navigate to `url` (Electron's will-navigate and will-redirect). Only the
 * app's own pages: a link or script can never replace the app with a remote page.
 */
export function navigationAllowed(url: unknown, appOrigin: string = APP_ORIGIN): boolean {
  return isAppUrl(url, appOrigin);
}

/** What to do when the page asks for a new window: always deny; an https or mailto link goes to the OS. */
export type WindowOpenDecision = { action: 'deny'; openExternally: string | null };

/**
 * The window-open policy (Electron's setWindowOpenHandler). The app has one window, so every
 * request is denied; a safe external link is handed to the user's browser or mail client instead.
 */
export function windowOpenAction(url: unknown): WindowOpenDecision {
  return { action: 'deny', openExternally: externalUrl(url) };
}

/** The permissions the app needs: none. Adding one here is a decision for review, not a default. */
const GRANTED_PERMISSIONS: ReadonlySet<string> = new Set<string>();

/**
 * The permission policy (Electron's permission request and check handlers). The app needs no
 * camera, microphone, notifications, location, clipboard reading or anything else, and Electron
 * would grant them by default, so every permission, known or not, is refused.
 */
export function permissionAllowed(permission: unknown): boolean {
  return typeof permission === 'string' && GRANTED_PERMISSIONS.has(permission);
}

/**
 * Links the user may open in their own browser or mail client: https and mailto only, after
 * parsing, so `javascript:`, `file:` and look-alike strings never reach the OS. Returns the
 * normalised URL to open, or null.
 */
export function externalUrl(url: unknown): string | null {
  const u = parse(url);
  if (!u) return null;
  if (u.protocol === 'mailto:') return u.href;
  const ok = u.protocol === 'https:' && u.hostname !== '' && u.username === '' && u.password === '';
  return ok ? u.href : null;
}

/**
 * The network guard (the session's onBeforeRequest): requests the app itself may make are its own
 * files, inline data and the developer tools. Everything else, file: included, is cancelled.
 */
export function isAllowedRequest(url: unknown, appOrigin: string = APP_ORIGIN): boolean {
  const u = parse(url);
  if (!u) return false;
  return isAppUrl(u.href, appOrigin) || ['data:', 'blob:', 'devtools:'].includes(u.protocol);
}

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
};

/** The content type for a renderer file, by extension. */
export function contentTypeFor(file: string): string {
  return MIME[extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * Maps an `app://app/...` URL (or one on `appOrigin`) to a file inside the renderer build folder, or null when the URL is
 * foreign or escapes the folder (`..`, encoded slashes, absolute paths).
 */
export function resolveAppFile(
  rendererDir: string,
  url: string,
  appOrigin: string = APP_ORIGIN,
): string | null {
  const u = parse(url);
  if (!u || !isAppUrl(url, appOrigin)) return null;
  let path: string;
  try {
    path = decodeURIComponent(u.pathname);
  } catch {
    return null;
  }
  if (path.includes('\0') || path.includes('\\')) return null;
  const relativePath = path === '/' ? 'index.html' : path.replace(/^\/+/, '');
  const file = resolve(rendererDir, relativePath);
  const rel = relative(rendererDir, file);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return null;
  return file;
}
