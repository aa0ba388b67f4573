// Runs validateXliff over every file of the official XLIFF 2.1 test suite in test/fixtures/standards (valid/ and invalid/).
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateXliff } from '../../../main/core/xliff/validate/index';
import { STANDARDS } from '../helpers/paths';

const SUITE = path.join(STANDARDS, 'xliff-2.1/test-suite');

/** Every file under any folder named `kind` (valid/ or invalid/, including module subfolders). */
function filesUnder(dir: string, kind: string, inside = false): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) out.push(...filesUnder(p, kind, inside || name === kind));
    else if (inside && /\.xlf$/i.test(name)) out.push(p);
  }
  return out;
}

const valid = filesUnder(SUITE, 'valid');
const invalid = filesUnder(SUITE, 'invalid');

// What the visible invalid files break, so a regression that rejects them for the wrong reason shows up.
const EXPECTED_RULE: Record<string, string> = {
  bad_CommentWithValueAndRef: 'comment',
  bad_ConfusedIsolatedOnEc: 'isolated',
  bad_CopyOfWithNoCopyReference: 'copyOf',
  bad_CopyOfWithOriginalData: 'copyOf',
  bad_DataRefWithoutOriginalData: 'dataRef',
  bad_DifferentCanCopyInScAndEc: 'canCopy',
  bad_DifferentCanOverlapInScAndEc: 'canOverlap',
  bad_DifferentCanReorderInScAndEc: 'canReorder',
  bad_DuplicateExtElemIdsInFile: 'unique-id',
  bad_DuplicateExtElemIdsInGroup: 'unique-id',
  bad_DuplicateNoteIdsInFile: 'unique-id',
  bad_DuplicateNoteIdsInGroup: 'unique-id',
  bad_EcBeforeSc: 'startRef',
  bad_EmBeforeSm: 'startRef',
  bad_FileIdNotUnique: 'unique-id',
  bad_GroupIdNotUnique: 'unique-id',
  bad_IgnorableIdNotUnique: 'unique-id',
  bad_IgnorableWithoutSource: 'structure',
  bad_InvalidCommentAnnotation2: 'comment',
  bad_InvalidCommentAnnotation3: 'comment',
  bad_InvalidDataRef: 'dataRef',
  bad_InvalidDataRefEnd: 'dataRef',
  bad_InvalidDirAttributeOnSource: 'structure',
  bad_InvalidExtensionAttributeOnPc: 'extension',
  bad_InvalidExtensionAttributeOnSource: 'extension',
  bad_InvalidExtensionAttributeOnTarget: 'extension',
  bad_InvalidExtensionElementInFile: 'structure',
  bad_InvalidExtensionElementInOriginalData: 'structure',
  bad_InvalidExtensionElementOutsideFile: 'structure',
  bad_InvalidFSAttribute: 'fs',
  bad_InvalidFSAttributeValue: 'fs',
  bad_InvalidFragIdBadOrder: 'fragment-id',
  bad_InvalidFragIdMissplacedLeaf: 'fragment-id',
  bad_InvalidFragIdNoSingleLeaf: 'fragment-id',
  bad_InvalidFragIdPrefixTooShort: 'fragment-id',
  bad_InvalidFragIdSyntax: 'comment',
  bad_InvalidHexRangeOnCp: 'cp',
  bad_InvalidHexValueOnCp: 'attribute-value',
  bad_InvalidId2: 'attribute-value',
  bad_InvalidId3: 'attribute-value',
  bad_InvalidIsolatedOnSc: 'isolated',
  bad_InvalidLoneEm: 'startRef',
  bad_InvalidNoteRefInUnit: 'comment',
  bad_InvalidNotesInFile: 'structure',
  bad_InvalidNotesInUnit: 'structure',
  bad_InvalidStateValue: 'attribute-value',
  bad_InvalidTypeSubTypeValues: 'subType',
  bad_InvalidTypeValue: 'attribute-value',
  bad_InvalidXmlLangInheritedFromFile: 'language',
  bad_InvalidXmlLangInheritedFromGroup: 'language',
  bad_InvalidXmlLangOnFile: 'language',
  bad_InvalidXmlLangOnGroup: 'language',
  bad_IsolatedEcWithId: 'isolated',
  bad_MissingIsolatedOnEc: 'isolated',
  bad_MissingNonRemovable1: 'canDelete',
  bad_MissingNonRemovable2: 'canDelete',
  bad_NoFile: 'structure',
  bad_NoTrgLang: 'trgLang',
  bad_NoUnitOrGroupInFile: 'structure',
  bad_NonEmptySkeletonWithHref: 'skeleton',
  bad_NotesWithoutNote: 'structure',
  bad_OrderNotUnique1: 'order',
  bad_OriginalDataWithoutData: 'structure',
  bad_PartIdNotUnique: 'unique-id',
  bad_SegmentIdNotUnique: 'unique-id',
  bad_SegmentWithoutSource: 'structure',
  bad_SubFlowWithInvalidReference: 'subFlows',
  bad_SubFlowWithInvalidValue: 'attribute-value',
  bad_SubTypeWithoutType: 'subType',
  bad_TrgLangNotWellFormed: 'attribute-value',
  bad_UnitWithoutSegment: 'structure',
  bad_UnknownDataRefEndValue: 'dataRef',
  bad_UnknownDataRefValue: 'dataRef',
  bad_WrongLangOnTarget: 'language',
  bad_WrongReordering2: 'canReorder',
  bad_WrongSourceLang: 'language',
  bad_XmlLangNotWellFormed: 'language',
  bad_YesCanReorderInEcForFirstNoInSc: 'canReorder',
  bad_canReorderContext2: 'canReorder',
  bad_canReorderContext3: 'canReorder',
};

describe('official XLIFF 2.1 test suite', () => {
  it('has files to run', () => {
    expect(valid.length).toBeGreaterThanOrEqual(19);
    expect(invalid.length).toBeGreaterThanOrEqual(80);
  });

  it.each(valid.map((f) => [path.relative(SUITE, f), f]))('accepts %s', (_name, file) => {
    const r = validateXliff(readFileSync(file, 'utf8'));
    expect(r).toEqual({ valid: true });
  });

  it.each(invalid.map((f) => [path.relative(SUITE, f), f]))('rejects %s with a specific reason', (_name, file) => {
    const r = validateXliff(readFileSync(file, 'utf8'));
    expect(r.valid).toBe(false);
    if (r.valid) return;
    // Every reason starts with the rule keyword and names an element; none is a bare "invalid".
    expect(r.reason).toMatch(/^\[[A-Za-z:-]+\] .*<[A-Za-z:]+[^>]*>/);
    expect(r.rule).not.toBe('well-formed');
    expect(r.line).toBeGreaterThan(0);
    const expected = EXPECTED_RULE[path.basename(file, '.xlf')];
    if (expected) expect(r.rule).toBe(expected);
  });
});
