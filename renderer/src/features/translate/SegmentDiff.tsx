// A word diff drawn inline: inserted words underlined green, deleted words struck through red.
import type { DiffPart } from '../../../../preload/contract/translate';

export function SegmentDiff({ parts, testId }: { parts: DiffPart[]; testId?: string }) {
  return (
    <span className="tr-diff" data-testid={testId}>
      {parts.map((p, i) =>
        p.op === 'insert' ? (
          <ins key={i}>{p.text}</ins>
        ) : p.op === 'delete' ? (
          <del key={i}>{p.text}</del>
        ) : (
          <span key={i}>{p.text}</span>
        ),
      )}
    </span>
  );
}
