// Text with search matches marked (offsets come from the search index, into the very same string).
export function LibraryHighlight({ text, marks }: { text: string; marks: { start: number; end: number }[] }) {
  if (!marks.length) return <>{text}</>;
  const out: React.ReactNode[] = [];
  let at = 0;
  [...marks]
    .sort((a, b) => a.start - b.start)
    .forEach((m, i) => {
      if (m.start < at) return;
      if (m.start > at) out.push(text.slice(at, m.start));
      out.push(<mark key={i}>{text.slice(m.start, m.end)}</mark>);
      at = m.end;
    });
  if (at < text.length) out.push(text.slice(at));
  return <>{out}</>;
}
