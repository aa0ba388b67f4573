// The one typed cancellation error for MT work (AppError 'mt.cancelled'), and helpers around AbortSignal.
import { AppError } from '../errors';

export function cancelledError(): AppError {
  return new AppError('mt.cancelled', 'Machine translation was cancelled.');
}

export function isCancelled(err: unknown): boolean {
  return err instanceof AppError && err.code === 'mt.cancelled';
}

export function throwIfCancelled(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw cancelledError();
}

/** fetch and AbortSignal.timeout reject with DOMException names AbortError / TimeoutError. */
export function isAbortError(err: unknown): boolean {
  const name = (err as { name?: string })?.name;
  return name === 'AbortError' || name === 'TimeoutError';
}
