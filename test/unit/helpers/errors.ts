// What a synchronous call throws, for tests that assert on an AppError's code and params.
import type { AppError } from '../../../main/core/errors';

/** The error `fn` throws; fails the test when it returns normally. */
export function rejection(fn: () => unknown): AppError {
  try {
    fn();
  } catch (err) {
    return err as AppError;
  }
  throw new Error('expected a rejection');
}

/** The code of the error `fn` throws, or 'no error'. */
export function errorCode(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    return (e as { code?: string }).code;
  }
  return 'no error';
}
