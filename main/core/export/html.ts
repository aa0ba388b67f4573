// Standalone, semantic HTML export: <article>, <header>, inline CSS, strict CSP, no script, nothing remote.
import { blocksHtml, headerHtml, htmlPage } from './html-render';
import { ARTICLE_CSS } from './html-style';
import { withDatelineLead, type DocModel } from './model';

export function articleHtmlFragment(m: DocModel): string {
  return `<article lang="${m.lang}">\n${headerHtml(m)}\n${blocksHtml(withDatelineLead(m.blocks, m.dateline))}\n</article>`;
}

export function renderHtml(m: DocModel): string {
  return htmlPage({ lang: m.lang, title: m.title, css: ARTICLE_CSS, bodyHtml: articleHtmlFragment(m) });
}
