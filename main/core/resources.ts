// Where the files Redaksi ships with live (fonts, dictionaries, schemas, samples, icons): one answer for every
// feature and process. Installed: <process.resourcesPath>/resources (electron-builder extraResources). From a
// checkout: <repo>/resources, the repo being computed from where this code sits (source or out/), not searched for.
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The window and taskbar icon (also the installers' source image); here so main/index.ts loads no domain code. */
export const WINDOW_ICON = 'icons/icon.png';

let override: string | null = null;

/** Tests and tools may point every feature at another folder (REDAKSI_RESOURCES_DIR does the same). */
export function setResourcesDir(dir: string | null): void {
  override = dir;
}

/**
 * The app's root folder from the file this code runs in: main/core/resources.ts from source, or anything under
 * out/ after a build (out/main/…, out/main/chunks/…, out/cli/…) — in the installed app that root is app.asar.
 */
export function appRootOf(file: string): string {
  const parts = file.split(sep);
  const out = parts.lastIndexOf('out');
  if (out > 0) return parts.slice(0, out).join(sep) || sep;
  const main = parts.lastIndexOf('main');
  if (main > 0 && parts[main + 1] === 'core') return parts.slice(0, main).join(sep) || sep;
  throw new Error(`Cannot tell the app folder from ${file}`);
}

const inside = (child: string, parent: string) => {
  const r = relative(parent, child);
  return r !== '' && !r.startsWith('..') && !isAbsolute(r);
};

/** The resources folder for code running from `file` (default: this module) with Electron's resourcesPath. */
export function resourcesDirFor(file: string, resourcesPath: string | undefined): string {
  const root = appRootOf(file);
  // Packaged: the code is inside resourcesPath (…/resources/app.asar/out/main); resources/ was copied beside it.
  if (resourcesPath && inside(root, resourcesPath)) return join(resourcesPath, 'resources');
  return join(root, 'resources');
}

export function resourcesDir(): string {
  if (override) return override;
  if (process.env.REDAKSI_RESOURCES_DIR) return resolve(process.env.REDAKSI_RESOURCES_DIR);
  return resourcesDirFor(fileURLToPath(import.meta.url), (process as { resourcesPath?: string }).resourcesPath);
}

export function resourcePath(...parts: string[]): string {
  return join(resourcesDir(), ...parts);
}
