// Who may talk to the harness: exact Host and Origin, the token in a header only, JSON bodies only, no CORS.
import type { IncomingMessage } from 'node:http';
import { timingSafeEqual } from 'node:crypto';

export const TOKEN_HEADER = 'x-redaksi-token';

export type Verdict = { ok: true } | { ok: false; status: 403; reason: string };

const deny = (status: 403, reason: string): Verdict => ({ ok: false, status, reason });

function sameToken(given: string | undefined, token: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Checks one request. `origin` is the harness's own origin (http://127.0.0.1:PORT).
 * Every request must name our exact Host (defeats DNS rebinding). API calls and the event stream also need
 * the token in the X-Redaksi-Token header — never a cookie or the URL, so another local port (same *site*
 * for SameSite cookies) cannot ride on it — and, for POST, our exact Origin and a JSON content type
 * (a cross-site form or text/plain fetch can set neither without a CORS preflight, which we never answer).
 */
export function checkRequest(req: IncomingMessage, origin: string, token: string, needsToken: boolean): Verdict {
  const host = origin.replace(/^http:\/\//, '');
  if (req.headers.host !== host) return deny(403, 'wrong Host');
  if (req.method === 'OPTIONS') return deny(403, 'no CORS');
  const site = req.headers['sec-fetch-site'];
  if (typeof site === 'string' && site !== 'same-origin' && site !== 'none') return deny(403, 'cross-site request');
  const reqOrigin = req.headers.origin;
  if (reqOrigin !== undefined && reqOrigin !== origin) return deny(403, 'wrong Origin');
  if (!needsToken) return { ok: true };
  if (!sameToken(req.headers[TOKEN_HEADER] as string | undefined, token)) return deny(403, 'missing or wrong token');
  if (req.method === 'POST') {
    if (reqOrigin === undefined) return deny(403, 'missing Origin');
    const type = (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
    if (type !== 'application/json') return deny(403, 'content type must be application/json');
  }
  return { ok: true };
}
