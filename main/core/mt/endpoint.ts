// Network policy for MT engines: which host an engine talks to, whether that is this machine, and the refusal.
import { AppError } from '../errors';
import type { EngineConfig } from './config';

export interface EndpointInfo {
  /** Host name or address the engine sends text to; '' for a local model folder. */
  host: string;
  /** True when the text stays on this machine (loopback address or a local model). */
  loopback: boolean;
  /** True when the engine sends the text off this machine: the UI says "sends text to HOST". */
  sends: boolean;
}

/** 127.0.0.0/8, ::1 (also IPv4-mapped ::ffff:127.x) and the name localhost. Accepts URL.hostname forms. */
export function isLoopbackHost(hostname: string): boolean {
  let h = hostname.trim().toLowerCase();
  if (h.startsWith('[') && h.endsWith(']')) h = h.slice(1, -1);
  if (h.endsWith('.')) h = h.slice(0, -1);
  if (h === 'localhost') return true;
  if (/^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(h)) return h.split('.').every((o) => Number(o) <= 255);
  if (h === '::1' || h === '0:0:0:0:0:0:0:1') return true;
  // WHATWG URL writes [::ffff:127.0.0.1] as [::ffff:7f00:1]: the first hex group after ffff is 7fxx.
  const mapped = /^::ffff:(?:127\.\d{1,3}\.\d{1,3}\.\d{1,3}|7f[0-9a-f]{2}:[0-9a-f]{1,4})$/.exec(h);
  return mapped !== null;
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    throw new AppError('mt.badUrl', `Not a valid address: ${url}`, { url });
  }
}

export function describeEndpoint(config: EngineConfig): EndpointInfo {
  if (config.kind === 'marian-local') return { host: '', loopback: true, sends: false };
  const host = hostOf(config.baseUrl);
  const loopback = isLoopbackHost(host);
  return { host: host.replace(/^\[|\]$/g, ''), loopback, sends: !loopback };
}

/**
 * Throws mt.remoteNotAllowed before any byte leaves the machine, unless the user opted in for this engine.
 * Called with the exact URL of every request (not just the configured base), so nothing slips past it.
 */
export function assertRequestAllowed(url: string, allowRemote: boolean): void {
  const host = hostOf(url);
  if (isLoopbackHost(host) || allowRemote) return;
  throw new AppError(
    'mt.remoteNotAllowed',
    `This engine would send text to ${host}, outside this computer. Allow it in the engine settings first.`,
    { host },
  );
}
