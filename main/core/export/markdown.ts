// Markdown export via turndown, from the same escaped HTML the HTML export prints.
import TurndownService from 'turndown';
import { articleHtmlFragment } from './html';
import type { DocModel } from './model';

export function renderMarkdown(m: DocModel): string {
  const td = new TurndownService({ headingStyle: 'atx', bulletListMarker: '-', emDelimiter: '*', codeBlockStyle: 'fenced' });
  // Our header's dateline/byline are <p class=…>: turndown keeps them as plain paragraphs, which is what we want.
  return `${td.turndown(articleHtmlFragment(m)).trim()}\n`;
}
