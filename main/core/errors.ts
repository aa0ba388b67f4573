// AppError: a failure the user should read. `code` is an i18n key under "errors.", params fill it in.
import type { ErrorPayload } from '../../preload/contract/define';

export class AppError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly params: Record<string, string | number> = {},
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export type { ErrorPayload };

/** Turns anything thrown into a payload that can cross IPC or HTTP and be translated in the UI. */
export function toErrorPayload(err: unknown): ErrorPayload {
  if (err instanceof AppError) return { code: err.code, message: err.message, params: err.params };
  const e = err as NodeJS.ErrnoException;
  if (e && typeof e === 'object' && typeof e.code === 'string') {
    const fsCode = fsErrorCode(e.code);
    if (fsCode) return { code: fsCode, message: e.message, params: { path: String(e.path ?? ''), message: e.message } };
  }
  // The "internal" text interpolates {{message}}: always fill it, or the user reads a literal "{{message}}".
  const message = e instanceof Error ? e.message : String(err);
  return { code: 'internal', message, params: { message: message.slice(0, 500) } };
}

/** Maps Node fs error codes to our error keys, so "disk full" reads as that and not as a stack trace. */
export function fsErrorCode(code: string): string | null {
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return 'store.diskFull';
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return 'store.readOnly';
    case 'ENOENT':
      return 'store.notFound';
    default:
      return null;
  }
}
