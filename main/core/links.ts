// Links the user follows out of the app: only http(s), opened by the host (the system browser), never in a window.
import type { DomainContext } from './context';
import { AppError } from './errors';

export async function openExternalLink(ctx: Pick<DomainContext, 'openExternal'>, url: string): Promise<{ ok: true }> {
  const u = new URL(url);
  if (u.protocol !== 'http:' && u.protocol !== 'https:') {
    throw new AppError('system.badLink', `Only http and https links open outside the app: ${u.protocol}`, { url });
  }
  await ctx.openExternal(u.toString());
  return { ok: true as const };
}
