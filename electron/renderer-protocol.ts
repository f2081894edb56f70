/**
 * The handler that serves the renderer build: main.ts registers it for app://, and the e2e harness
 * puts the very same handler behind its loopback server, so what the browser tests see (files,
 * content types, the CSP header) is what the app sends.
 */
import { readFile } from 'node:fs/promises';
import {
  APP_ORIGIN,
  CONTENT_SECURITY_POLICY,
  contentTypeFor,
  resolveAppFile,
} from './security-policy';

/** A fetch-style handler, the shape of Electron's protocol.handle. */
export type RendererHandler = (request: Request) => Promise<Response>;

/**
 * Serves files of `rendererDir` for URLs on `appOrigin`: GET only, never outside the folder, and
 * every response carries the CSP header (the page has no other copy of the policy).
 */
export function rendererHandler(
  rendererDir: string,
  appOrigin: string = APP_ORIGIN,
): RendererHandler {
  const reply = (status: number, body: Uint8Array | string, contentType: string) =>
    new Response(body, {
      status,
      headers: { 'content-type': contentType, 'content-security-policy': CONTENT_SECURITY_POLICY },
    });
  return async request => {
    if (request.method !== 'GET')
      return reply(405, 'Method not allowed', 'text/plain; charset=utf-8');
    const file = resolveAppFile(rendererDir, request.url, appOrigin);
    if (!file) return reply(404, 'Not found', 'text/plain; charset=utf-8');
    try {
      return reply(200, await readFile(file), contentTypeFor(file));
    } catch {
      return reply(404, 'Not found', 'text/plain; charset=utf-8');
    }
  };
}
