// POST JSON to an MT server with the network policy, a timeout, cancellation and readable errors.
import { AppError } from '../errors';
import { assertRequestAllowed } from './endpoint';
import { throwIfCancelled, isAbortError, cancelledError } from './cancel';

export interface PostJsonOptions {
  allowRemote: boolean;
  timeoutMs: number;
  signal?: AbortSignal;
  headers?: Record<string, string>;
  /** Injected in tests; defaults to global fetch. */
  fetchImpl?: typeof fetch;
}

export const DEFAULT_TIMEOUT_MS = 60_000;

export async function postJson(url: string, body: unknown, opts: PostJsonOptions): Promise<unknown> {
  assertRequestAllowed(url, opts.allowRemote);
  throwIfCancelled(opts.signal);
  const host = new URL(url).host;
  const timeout = AbortSignal.timeout(opts.timeoutMs);
  const signal = opts.signal ? AbortSignal.any([opts.signal, timeout]) : timeout;
  let res: Response;
  try {
    res = await (opts.fetchImpl ?? fetch)(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', ...opts.headers },
      body: JSON.stringify(body),
      signal,
      // A loopback server must not be able to bounce our text to another host.
      redirect: 'error',
    });
  } catch (err) {
    throw fetchFailure(err, host, opts);
  }
  let text: string;
  try {
    text = await res.text();
  } catch (err) {
    throw fetchFailure(err, host, opts);
  }
  if (!res.ok) {
    const detail = text.slice(0, 300);
    throw new AppError('mt.http', `${host} answered ${res.status}: ${detail}`, { host, status: res.status, detail });
  }
  try {
    return JSON.parse(text);
  } catch {
    throw badResponse(host, 'not JSON');
  }
}

export function badResponse(host: string, detail: string): AppError {
  return new AppError('mt.badResponse', `Unexpected answer from ${host}: ${detail}`, { host, detail });
}

function fetchFailure(err: unknown, host: string, opts: PostJsonOptions): AppError {
  if (opts.signal?.aborted) return cancelledError();
  if (isAbortError(err)) {
    return new AppError('mt.timeout', `${host} did not answer within ${Math.round(opts.timeoutMs / 1000)} s.`, {
      host,
      seconds: Math.round(opts.timeoutMs / 1000),
    });
  }
  const cause = (err as { cause?: { code?: string; message?: string } })?.cause;
  const reason = cause?.code ?? cause?.message ?? (err instanceof Error ? err.message : String(err));
  return new AppError('mt.unreachable', `Cannot reach ${host} (${reason}). Is the translation server running?`, {
    host,
    reason,
  });
}
