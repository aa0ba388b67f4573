// Markdown export via turndown, from the same escaped HTML the HTML export prints.
import TurndownService from 'turndown';
import { articleHtmlFragment } from './html';
import type { DocModel } from './model';

export function renderMarkdown(m: DocModel): string {
  const td = new TurndownService({ headingStyle: 'atx', bulletListMarker: '-', emDelimiter: '*', codeBlockStyle: 'fenced' });
  // Markdown passes raw HTML through: text that reads "<script>" must stay text in every field (title, byline,
  // dateline, body), so angle brackets and entity-like ampersands are escaped on top of turndown's own escaping.
  const escapeMd = td.escape.bind(td);
  td.escape = (text: string) =>
    escapeMd(text)
      .replace(/&(?=[#A-Za-z0-9]+;)/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;');
  // Our header's dateline/byline are <p class=…>: turndown keeps them as plain paragraphs, which is what we want.
  return `${td.turndown(articleHtmlFragment(m)).trim()}\n`;
}
