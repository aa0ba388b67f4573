// Serves the built renderer as app://redaksi/… through protocol.handle: the exact host only, never a file outside
// out/renderer (appRequestPath), read with fs so no file:// URL is ever loaded or trusted.
import { protocol } from 'electron';
import { promises as fsp } from 'node:fs';
import { extname } from 'node:path';
import { APP_SCHEME, appRequestPath } from './security-policy';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
};

/** Must run before the app is ready: app:// behaves like https (origin, CSP 'self', fetch). */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
  ]);
}

/** The response for one app:// request: the file, or 404 for anything outside the renderer folder or missing. */
export async function appResponse(url: string, rendererDir: string): Promise<Response> {
  const file = appRequestPath(url, rendererDir);
  const data = file ? await fsp.readFile(file).catch(() => null) : null;
  if (!file || !data) return new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain' } });
  return new Response(new Uint8Array(data), { status: 200, headers: { 'content-type': MIME[extname(file)] ?? 'application/octet-stream' } });
}

export function serveRenderer(rendererDir: string): void {
  protocol.handle(APP_SCHEME, (request) => appResponse(request.url, rendererDir));
}
