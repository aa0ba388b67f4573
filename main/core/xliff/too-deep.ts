// The error for hostile nesting in an XLIFF file: what and where, translated, instead of a parser's raw reason.
import { AppError } from '../errors';
import { MAX_XML_DEPTH } from './xml';

export function tooDeep(line: number): AppError {
  return new AppError(
    'xliff.tooDeep',
    `The XLIFF file nests elements more than ${MAX_XML_DEPTH} levels deep (line ${line}); the limit is ${MAX_XML_DEPTH}. Nothing was imported.`,
    { line, limit: MAX_XML_DEPTH },
  );
}
