// Schema versions: every stored document carries `schema`; migrations[i] upgrades version i+1 to i+2.
import { AppError } from '../errors';

export type Migration = (doc: Record<string, unknown>) => Record<string, unknown>;

export interface Versioned {
  schema: number;
}

export function migrate<T extends Versioned>(doc: Record<string, unknown>, migrations: Migration[], file: string): T {
  const current = migrations.length + 1;
  let version = typeof doc.schema === 'number' ? doc.schema : 1;
  if (version > current) {
    throw new AppError(
      'store.newerSchema',
      `${file} was written by a newer Redaksi (schema ${version}, this one reads up to ${current}).`,
      { path: file, version, current },
    );
  }
  let out = doc;
  while (version < current) {
    out = migrations[version - 1](out);
    version += 1;
  }
  return { ...out, schema: current } as unknown as T;
}
