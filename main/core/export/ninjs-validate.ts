// Validates ninjs against the shipped IPTC ninjs 3.1 schema (ajv, draft 2020-12); nothing is fetched.
import Ajv2020, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { resourceFile } from './resources';

export const NINJS_SCHEMA_ID = 'http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json#';
export const GEOJSON_SCHEMA_ID = 'https://geojson.org/schema/GeoJSON.json';
export const SCHEMA_FILES = { ninjs: 'schemas/ninjs/ninjs-schema_3.1.json', geojson: 'schemas/ninjs/GeoJSON-schema.json' };

let compiled: ValidateFunction | null = null;

/** Compiled once per process. The GeoJSON schema is registered under the URL the ninjs schema refers to. */
export function ninjsValidator(): ValidateFunction {
  if (compiled) return compiled;
  // strict:false: the IPTC schema uses annotations (e.g. "title" on enum members) that strict mode rejects.
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  const geo = JSON.parse(resourceFile(SCHEMA_FILES.geojson).toString('utf8'));
  const ninjs = JSON.parse(resourceFile(SCHEMA_FILES.ninjs).toString('utf8'));
  ajv.addSchema(geo, GEOJSON_SCHEMA_ID);
  compiled = ajv.compile(ninjs);
  return compiled;
}

export interface NinjsCheck {
  valid: boolean;
  errors: string[];
}

export function validateNinjs(doc: unknown): NinjsCheck {
  const validate = ninjsValidator();
  const valid = validate(doc) as boolean;
  return { valid, errors: valid ? [] : (validate.errors ?? []).map(formatError) };
}

function formatError(e: ErrorObject): string {
  return `${e.instancePath || '/'} ${e.message ?? e.keyword}`;
}
