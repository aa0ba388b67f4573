// The stylesheet inlined into exported HTML (system fonts only: a standalone file may load nothing).
export const ARTICLE_CSS = `
:root { color-scheme: light; }
body { margin: 0; padding: 2rem 1rem; background: #fff; color: #1a1a1a;
  font: 17px/1.6 "Noto Sans KR", "Noto Sans", "Segoe UI", "Apple SD Gothic Neo", "Malgun Gothic", system-ui, sans-serif; }
article { max-width: 42rem; margin: 0 auto; }
header { margin-bottom: 1.5rem; border-bottom: 1px solid #ddd; }
h1 { font-size: 1.9rem; line-height: 1.25; margin: 0 0 .5rem; }
h2 { font-size: 1.4rem; } h3 { font-size: 1.2rem; } h4 { font-size: 1.05rem; }
.dateline { font-weight: 700; margin: .25rem 0; }
.byline { color: #555; margin: .25rem 0 1rem; }
blockquote { margin: 1rem 0; padding-left: 1rem; border-left: 3px solid #bbb; color: #333; }
a { color: #0645ad; }
:lang(ko) { word-break: keep-all; overflow-wrap: anywhere; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid #ccc; padding: .4rem .5rem; vertical-align: top; text-align: left; }
th { background: #f3f3f3; }
td.status { white-space: nowrap; font-size: .9em; color: #444; }
tr.unapproved td.target { background: #fff8e1; }
tr.untranslated td.target { background: #fdecea; }
@media print { body { padding: 0; } a { color: inherit; } }
`.trim();
