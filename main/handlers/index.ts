// Every channel's handler, keyed by channel name. Features add their handler maps here.
import type { HandlerMap } from '../core/context';
import { articleHandlers } from './articles';
import { exportHandlers } from './export';
import { mtHandlers } from './mt';
import { langHandlers, spellHandlers } from './lang';
import { systemHandlers } from './system';
import { translateHandlers } from './translate';
import { quoteHandlers } from './quotes';

export const handlers: HandlerMap = {
  ...systemHandlers,
  ...articleHandlers,
  ...exportHandlers,
  ...mtHandlers,
  ...langHandlers,
  ...spellHandlers,
  ...translateHandlers,
  ...quoteHandlers,
};
