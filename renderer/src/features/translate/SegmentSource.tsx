// A segment's source text with its glossary terms highlighted; the translation shows on hover (title).
import { memo } from 'react';
import type { TermHit } from '../../../../preload/contract/translate';
import type { Lang } from '../../../../preload/contract/define';

export const SegmentSource = memo(function SegmentSource({
  text,
  terms,
  targetLang,
  pivotLang,
}: {
  text: string;
  terms: TermHit[] | undefined;
  targetLang: Lang;
  pivotLang: Lang | null;
}) {
  if (!terms?.length) return <>{text}</>;
  const out: React.ReactNode[] = [];
  let at = 0;
  for (const h of [...terms].sort((a, b) => a.start - b.start)) {
    if (h.start < at) continue;
    if (h.start > at) out.push(text.slice(at, h.start));
    const tr = h.translations[targetLang];
    const pv = pivotLang ? h.translations[pivotLang] : '';
    out.push(
      <mark
        key={h.start}
        className="term"
        data-testid="term"
        data-translation={tr}
        title={[tr && `${targetLang.toUpperCase()}: ${tr}`, pv && `${pivotLang!.toUpperCase()}: ${pv}`].filter(Boolean).join('\n')}
      >
        {text.slice(h.start, h.end)}
      </mark>,
    );
    at = h.end;
  }
  if (at < text.length) out.push(text.slice(at));
  return <>{out}</>;
});
