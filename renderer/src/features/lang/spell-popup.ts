// The spellcheck popup (a small ARIA menu at the misspelt word): suggestions, or why there are none, then
// "Add to dictionary"; arrows move, Escape closes. Plain DOM: it lives beside ProseMirror's view, not in React.
import i18next from 'i18next';
import { errorText } from '../../lib/i18n';

const tt = (k: string, o?: Record<string, unknown>): string => i18next.t(k, o as never) as unknown as string;

export interface SpellMenu {
  word: string;
  suggestions: string[];
  /** Why the suggestions could not be asked for (shown instead of them), or null. */
  error: unknown;
  /** Where to open (viewport coordinates of the click or of the word's bottom left). */
  x: number;
  y: number;
  pick(suggestion: string): void;
  add(): void;
  /** After an item ran. */
  close(): void;
  /** Escape: close and give the keyboard back to the editor. */
  escape(): void;
}

/** Builds the popup, adds it to the page, keeps it inside the window, and returns it. */
export function showSpellPopup(m: SpellMenu): HTMLElement {
  const t = tt;
  const el = document.createElement('div');
  el.className = 'spell-popup';
  el.setAttribute('role', 'menu');
  el.setAttribute('aria-label', t('lang:spell.menu', { word: m.word }));
  el.dataset.testid = 'spell-popup';
  const item = (label: string, onClick: () => void, testId: string) => {
    const b = document.createElement('button');
    b.type = 'button';
    b.setAttribute('role', 'menuitem');
    b.textContent = label;
    b.dataset.testid = testId;
    b.addEventListener('mousedown', (e) => e.preventDefault());
    b.addEventListener('click', () => {
      onClick();
      m.close();
    });
    el.appendChild(b);
    return b;
  };
  if (m.suggestions.length) {
    for (const s of m.suggestions) item(s, () => m.pick(s), 'spell-suggestion');
  } else {
    const none = document.createElement('span');
    none.className = 'spell-none';
    none.textContent = m.error ? errorText(tt, m.error) : t('lang:spell.none');
    el.appendChild(none);
  }
  el.appendChild(document.createElement('hr'));
  item(t('lang:spell.add'), m.add, 'spell-add');
  el.addEventListener('keydown', (e) => {
    const items = [...el.querySelectorAll<HTMLButtonElement>('button')];
    const i = items.indexOf(document.activeElement as HTMLButtonElement);
    if (e.key === 'Escape') {
      e.preventDefault();
      m.escape();
    } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      items[(i + (e.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length]?.focus();
    }
  });
  document.body.appendChild(el);
  const r = el.getBoundingClientRect();
  el.style.left = `${Math.max(4, Math.min(m.x, window.innerWidth - r.width - 4))}px`;
  el.style.top = `${Math.max(4, Math.min(m.y + 4, window.innerHeight - r.height - 4))}px`;
  return el;
}
