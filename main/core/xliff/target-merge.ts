// Whether a file's target may replace the project's: a round trip must never undo a translation typed after export.
// Our XLIFF 2.1 export records a digest of each target as written (meta "exportedTarget"); on import only the side
// that changed since then wins, and when both changed differently the project's text is kept and the unit reported.
// Without that digest (XLIFF 1.2, another tool's file, an older export) an empty target never clears ours: it more
// likely means "not translated there" than "delete this translation". An empty target of ours takes the file's.
import { createHash } from 'node:crypto';

/** Digest of a target as exported (NFC, so a tool's normalisation alone is not a change). */
export function targetDigest(target: string): string {
  return createHash('sha256').update(target.normalize('NFC'), 'utf8').digest('base64url').slice(0, 16);
}

export type TargetVerdict =
  /** The file's target may be taken (it is the same as ours, or only the file changed it since the export). */
  | 'take'
  /** Only the project changed this target since the export: ours is newer, the file's is not taken. */
  | 'newer-here'
  /** Both changed it since the export, differently: ours is kept, the editor decides. */
  | 'conflict'
  /** No export digest, the file's target is empty and ours is not: ours is kept. */
  | 'empty-target';

export function targetVerdict(fileTarget: string, ourTarget: string, exportedDigest: string | null): TargetVerdict {
  // Nothing of ours to lose (a fresh project, or a segment never translated here): the file's text is taken.
  if (fileTarget === ourTarget || !ourTarget) return 'take';
  if (exportedDigest === null) return !fileTarget && ourTarget ? 'empty-target' : 'take';
  const fileChanged = targetDigest(fileTarget) !== exportedDigest;
  const oursChanged = targetDigest(ourTarget) !== exportedDigest;
  if (!oursChanged) return 'take';
  return fileChanged ? 'conflict' : 'newer-here';
}
