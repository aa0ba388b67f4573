// The editor's paste pre-pass: inline handler attributes are cut from the markup before any DOM parses it.
import { describe, it, expect } from 'vitest';
import { stripHandlers } from '../../../renderer/src/features/editor/EditorPasteClean';

describe('stripHandlers', () => {
  it('removes on* attributes in every quoting style and keeps the rest', () => {
    expect(stripHandlers('<img src="x" onerror="alert(1)">')).toBe('<img src="x">');
    expect(stripHandlers("<p ONCLICK='a()' class=x>t</p>")).toBe('<p class=x>t</p>');
    expect(stripHandlers('<a href=https://e.org onmouseover=go()>l</a>')).toBe('<a href=https://e.org>l</a>');
    expect(stripHandlers('<svg/onload=alert(1)>')).toBe('<svg>');
  });
  it('catches handlers after other attributes without spaces around "="', () => {
    expect(stripHandlers('<div id=a\nonfocus = "x()" tabindex=1>')).toBe('<div id=a tabindex=1>');
  });
  it('is not fooled by ">" inside a quoted value and leaves text alone', () => {
    expect(stripHandlers('<img alt="a > b" onerror="x()">')).toBe('<img alt="a > b">');
    expect(stripHandlers('<p>turn on=off here</p>')).toBe('<p>turn on=off here</p>');
  });
});
