// runQa: every check over every segment, minus the findings a translator chose to ignore.
import * as text from './checks-text';
import * as facts from './checks-facts';
import { QA_CODES, QA_SEVERITY, type Check, type QaCode, type QaFinding, type QaInput } from './types';

const CHECKS: Record<QaCode, Check> = {
  emptyTarget: text.emptyTarget,
  targetEqualsSource: text.targetEqualsSource,
  numberMissing: facts.numberMissing,
  dateMissing: facts.dateMissing,
  unbalancedQuotes: text.unbalancedQuotes,
  glossaryTermMissing: facts.glossaryTermMissing,
  forbiddenTerm: facts.forbiddenTerm,
  speakerSpelling: facts.speakerSpelling,
  quoteMissing: text.quoteMissing,
  lengthRatio: text.lengthRatio,
  doubleSpace: text.doubleSpace,
  endPunctuation: text.endPunctuation,
};

export function runQa(input: QaInput): QaFinding[] {
  const codes = input.only?.length ? QA_CODES.filter((c) => input.only!.includes(c)) : QA_CODES;
  const findings: QaFinding[] = [];
  for (const segment of input.segments) {
    const source = segment.source ?? '';
    const target = segment.target ?? '';
    if (!source.trim()) continue;
    const ignored = new Set(segment.ignoredQa ?? []);
    // An empty target fails one check, not twelve.
    const active = target.trim() ? codes : codes.filter((c) => c === 'emptyTarget');
    for (const code of active) {
      if (ignored.has(code)) continue;
      for (const f of CHECKS[code]({ segment, source, target, input })) {
        findings.push({ segmentId: segment.id, code: f.code, severity: QA_SEVERITY[f.code], params: f.params ?? {}, ...(f.range ? { range: f.range } : {}) });
      }
    }
  }
  return findings;
}

/** Counts for a QA summary bar. */
export function summarise(findings: readonly QaFinding[]): { errors: number; warnings: number; byCode: Partial<Record<QaCode, number>> } {
  const byCode: Partial<Record<QaCode, number>> = {};
  let errors = 0;
  for (const f of findings) {
    byCode[f.code] = (byCode[f.code] ?? 0) + 1;
    if (f.severity === 'error') errors++;
  }
  return { errors, warnings: findings.length - errors, byCode };
}
