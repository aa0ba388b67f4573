// Spellcheck for the TipTap body: paragraphs are checked in main (debounced, only the ones not checked yet),
// misspellings get a red wavy underline (class "misspelt"), and a click or right-click on one opens a small
// popup with suggestions (asked for that one word as the popup opens) and "Add to dictionary".
//
// Incremental: a keystroke maps the existing squiggles through the transaction and looks again only at the
// textblocks the change touched (marked dirty); the debounced check sends just those. The whole document is
// walked only when the language changes or a word is added to the dictionary.
//
// Language: options.lang (a value or a getter) or else the `lang` attribute of the nearest element around the
// editor (the article's language), excluding <html> (that is the interface language). A change of that
// attribute re-checks the document. No language → no checking.
import { Extension } from '@tiptap/core';
import type { Node as PMNode } from '@tiptap/pm/model';
import { Plugin, PluginKey, type Transaction } from '@tiptap/pm/state';
import { Decoration, DecorationSet, type EditorView } from '@tiptap/pm/view';
import i18next from 'i18next';
import type { Lang } from '../../../../preload/contract/define';
import type { Misspelling } from '../../../../preload/contract/lang';
import { api, call } from '../../lib/api';
import { errorText } from '../../lib/i18n';
import { syncSelectionFromDom } from '../editor/selection-sync-extension';
import './lang.css';

export interface SpellcheckOptions {
  lang?: Lang | null | (() => Lang | null);
  debounceMs: number;
  /** Replaceable for tests; defaults to the spell.check channel. */
  check: (lang: Lang, text: string) => Promise<Misspelling[]>;
  suggest: (lang: Lang, word: string) => Promise<string[]>;
  add: (lang: Lang, word: string) => Promise<void>;
}

interface Block {
  pos: number;
  end: number;
  text: string;
  /** Document position of each string offset's run start (inline leaves count as one character). */
  starts: { offset: number; pos: number }[];
}

interface DecoSpec {
  word: string;
}

const LANGS: Lang[] = ['id', 'en', 'ko'];
/** Characters per spell.check request: several paragraphs go in one call. */
const BATCH_CHARS = 20_000;

/** The squiggles, and the start positions of the textblocks edited since their text was last checked. */
interface SpellState {
  decos: DecorationSet;
  dirty: number[];
}

/** `refresh`: redecorate the whole document from the cache; `settle`: redecorate the dirty blocks now known. */
type SpellMeta = { refresh: true } | { settle: true };

export const spellKey = new PluginKey<SpellState>('spellcheck');

export const defaultCheck = (lang: Lang, text: string) => call(api.spell.check({ lang, text }));
/** Suggestions for a word, asked once per language and word (a popup reopened on it shows them at once). */
const suggested = new Map<string, Promise<string[]>>();
export const defaultSuggest = (lang: Lang, word: string): Promise<string[]> => {
  const key = `${lang}\u0000${word}`;
  let p = suggested.get(key);
  if (!p) {
    p = call(api.spell.suggest({ lang, word }));
    suggested.set(key, p);
    p.catch(() => suggested.delete(key)); // a failure is shown, and asked again next time
    if (suggested.size > 2000) suggested.delete(suggested.keys().next().value!);
  }
  return p;
};
export const defaultAdd = async (lang: Lang, word: string) => {
  await call(api.spell.add({ lang, word }));
};

/** The textblock `node` at `pos`, as checkable text. */
function blockAt(node: PMNode, pos: number): Block {
  let text = '';
  const starts: Block['starts'] = [];
  node.forEach((child, offset) => {
    starts.push({ offset: text.length, pos: pos + 1 + offset });
    text += child.isText ? child.text! : '\ufffc';
  });
  return { pos, end: pos + node.nodeSize, text, starts };
}

function blocksOf(doc: PMNode): Block[] {
  const out: Block[] = [];
  doc.descendants((node, pos) => {
    if (!node.isTextblock) return true;
    const b = blockAt(node, pos);
    if (b.text.trim()) out.push(b);
    return false;
  });
  return out;
}

/** The textblocks starting at `positions` (positions that no longer start one are dropped), in order. */
function blocksAt(doc: PMNode, positions: Iterable<number>): Block[] {
  const out: Block[] = [];
  for (const pos of [...new Set(positions)].sort((a, b) => a - b)) {
    const node = pos >= 0 && pos < doc.content.size ? doc.nodeAt(pos) : null;
    if (node?.isTextblock) out.push(blockAt(node, pos));
  }
  return out;
}

/** Start positions (in tr.doc) of every textblock a transaction's steps changed or that holds a change. */
function touchedBlocks(tr: Transaction): number[] {
  const doc = tr.doc;
  const out = new Set<number>();
  const add = (from: number, to: number) => {
    const a = Math.max(0, Math.min(from, to, doc.content.size));
    const b = Math.min(doc.content.size, Math.max(from, to));
    for (const p of [a, b]) {
      const $p = doc.resolve(p);
      if ($p.parent.isTextblock) out.add($p.before());
    }
    if (b > a) {
      doc.nodesBetween(a, b, (node, pos) => {
        if (!node.isTextblock) return true;
        out.add(pos);
        return false;
      });
    }
  };
  tr.mapping.maps.forEach((map, i) => {
    const rest = tr.mapping.slice(i + 1);
    map.forEach((_oldFrom, _oldTo, from, to) => add(rest.map(from, -1), rest.map(to, 1)));
  });
  return [...out];
}

/** The squiggles for one checked block's misspellings. */
function blockDecorations(b: Block, known: Misspelling[]): Decoration[] {
  return known.map((m) => {
    const spec: DecoSpec = { word: m.word };
    return Decoration.inline(toPos(b, m.start), toPos(b, m.end), { class: 'misspelt', 'data-word': m.word }, spec);
  });
}

function toPos(b: Block, i: number): number {
  let k = b.starts.length - 1;
  while (k > 0 && b.starts[k].offset > i) k--;
  return b.starts[k].pos + (i - b.starts[k].offset);
}

/** Looks up the language from the editor's surroundings (see the header comment). */
function domLang(view: EditorView): Lang | null {
  let el: HTMLElement | null = view.dom.parentElement;
  while (el && el !== document.documentElement) {
    const l = el.getAttribute('lang');
    if (l) return (LANGS as string[]).includes(l) ? (l as Lang) : null;
    el = el.parentElement;
  }
  return null;
}

/** Misspellings known per language and paragraph text; shared by every editor on the page. */
class SpellCache {
  private results = new Map<string, Misspelling[]>();
  private pending = new Set<string>();
  private key = (lang: Lang, text: string) => `${lang}\u0000${text}`;
  get(lang: Lang, text: string) {
    return this.results.get(this.key(lang, text));
  }
  set(lang: Lang, text: string, m: Misspelling[]) {
    this.results.set(this.key(lang, text), m);
    if (this.results.size > 5000) this.results.delete(this.results.keys().next().value!);
  }
  isPending(lang: Lang, text: string) {
    return this.pending.has(this.key(lang, text));
  }
  setPending(lang: Lang, text: string, on: boolean) {
    if (on) this.pending.add(this.key(lang, text));
    else this.pending.delete(this.key(lang, text));
  }
  /** After "Add to dictionary": the word is no longer a misspelling anywhere in that language. */
  forgetWord(lang: Lang, word: string) {
    for (const [k, list] of this.results) {
      if (k.startsWith(`${lang}\u0000`)) this.results.set(k, list.filter((m) => m.word !== word));
    }
  }
}
const cache = new SpellCache();

/**
 * For plain-text fields (the translate grid's target cells): the misspellings of `text`, cached like the
 * editor's paragraphs. Rejects with the API error when the language cannot be checked.
 */
export async function misspellings(lang: Lang, text: string, check = defaultCheck): Promise<Misspelling[]> {
  const known = cache.get(lang, text);
  if (known) return known;
  const found = await check(lang, text);
  cache.set(lang, text, found);
  return found;
}

/** After "Add to dictionary" from elsewhere: forget cached misspellings of that word. */
export function forgetMisspelling(lang: Lang, word: string): void {
  cache.forgetWord(lang, word);
}

/** Squiggles for the whole document from the cache; every non-empty block not checked yet is dirty. */
function decorate(doc: PMNode, lang: Lang | null): SpellState {
  if (!lang) return { decos: DecorationSet.empty, dirty: [] };
  const decos: Decoration[] = [];
  const dirty: number[] = [];
  for (const b of blocksOf(doc)) {
    const known = cache.get(lang, b.text);
    if (known) decos.push(...blockDecorations(b, known));
    else dirty.push(b.pos);
  }
  return { decos: DecorationSet.create(doc, decos), dirty };
}

/**
 * Redecorates `blocks` only: a block checked already gets its squiggles from the cache; one not checked yet keeps
 * its previous squiggles (mapped through the edit) except on a word that no longer reads the same, so typing does
 * not make the others flicker, and stays (or becomes) dirty.
 */
function redecorate(doc: PMNode, lang: Lang, decos: DecorationSet, blocks: Block[], dirty: Set<number>): DecorationSet {
  const remove: Decoration[] = [];
  const add: Decoration[] = [];
  for (const b of blocks) {
    const old = decos.find(b.pos, b.end);
    const known = b.text.trim() ? cache.get(lang, b.text) : [];
    if (known) {
      remove.push(...old);
      add.push(...blockDecorations(b, known));
      dirty.delete(b.pos);
    } else {
      for (const d of old) if (doc.textBetween(d.from, d.to) !== (d.spec as DecoSpec).word) remove.push(d);
      dirty.add(b.pos);
    }
  }
  let out = remove.length ? decos.remove(remove) : decos;
  if (add.length) out = out.add(doc, add);
  return out;
}

const tt = (k: string, o?: Record<string, unknown>): string => i18next.t(k, o as never) as unknown as string;

export const Spellcheck = Extension.create<SpellcheckOptions>({
  name: 'spellcheck',

  addOptions() {
    return { lang: undefined, debounceMs: 400, check: defaultCheck, suggest: defaultSuggest, add: defaultAdd };
  },

  addProseMirrorPlugins() {
    const options = this.options;
    let currentLang: Lang | null = null;
    const resolveLang = (view: EditorView): Lang | null => {
      const o = options.lang;
      if (typeof o === 'function') return o();
      if (o !== undefined) return o;
      return domLang(view);
    };

    return [
      new Plugin<SpellState>({
        key: spellKey,
        state: {
          init: (): SpellState => ({ decos: DecorationSet.empty, dirty: [] }),
          apply(tr, old, _prev, state): SpellState {
            const meta = tr.getMeta(spellKey) as SpellMeta | undefined;
            if (meta && 'refresh' in meta) return decorate(state.doc, currentLang);
            if (!currentLang) return old.decos === DecorationSet.empty && !old.dirty.length ? old : decorate(state.doc, null);
            if (!tr.docChanged && !meta) return old;
            const lang = currentLang;
            let decos = old.decos;
            let dirtyPositions = old.dirty;
            let blocks: Block[];
            if (tr.docChanged) {
              decos = decos.map(tr.mapping, tr.doc);
              dirtyPositions = dirtyPositions.map((p) => tr.mapping.map(p, 1));
              blocks = blocksAt(tr.doc, touchedBlocks(tr));
            } else blocks = [];
            // A keystroke only maps the dirty positions (the first pass over a 50,000-word article leaves a thousand
            // of them); those that no longer start a textblock are dropped when the blocks are looked at (settle, run).
            const dirty = new Set(meta ? blocksAt(tr.doc, dirtyPositions).map((b) => b.pos) : dirtyPositions);
            // On `settle`, the dirty blocks whose text has been checked meanwhile get their squiggles too.
            if (meta) blocks = blocksAt(tr.doc, [...blocks.map((b) => b.pos), ...dirty]);
            decos = redecorate(tr.doc, lang, decos, blocks, dirty);
            return { decos, dirty: [...dirty] };
          },
        },
        props: {
          decorations: (state) => spellKey.getState(state)?.decos,
        },
        view(view) {
          let timer: number | null = null;
          let destroyed = false;
          let popup: HTMLElement | null = null;
          /** Bumped by every open and close: suggestions arriving for a popup no longer wanted are dropped. */
          let popupTicket = 0;

          const dispatchMeta = (meta: SpellMeta) => {
            if (!destroyed) view.dispatch(view.state.tr.setMeta(spellKey, meta).setMeta('addToHistory', false));
          };
          const refresh = () => dispatchMeta({ refresh: true });
          const settle = () => dispatchMeta({ settle: true });

          const run = async () => {
            timer = null;
            const lang = resolveLang(view);
            if (lang !== currentLang) {
              currentLang = lang;
              refresh();
            }
            if (!lang) return;
            // Only the blocks edited since they were last checked.
            const dirty = blocksAt(view.state.doc, spellKey.getState(view.state)?.dirty ?? []);
            const texts = [...new Set(dirty.map((b) => b.text))].filter((t) => t.trim());
            const todo = texts.filter((t) => !cache.get(lang, t) && !cache.isPending(lang, t));
            // Dirty blocks already known (checked for another block or editor, or undone to a checked text).
            if (todo.length < texts.length) settle();
            // Paragraphs joined by a newline: offsets are split back per paragraph.
            for (let i = 0; i < todo.length; ) {
              const group: string[] = [];
              let size = 0;
              while (i < todo.length && (group.length === 0 || size + todo[i].length < BATCH_CHARS)) {
                size += todo[i].length + 1;
                group.push(todo[i++]);
              }
              group.forEach((t) => cache.setPending(lang, t, true));
              try {
                const sent = group.map((t) => t.slice(0, 90_000));
                const found = await options.check(lang, sent.join('\n'));
                let base = 0;
                sent.forEach((t, k) => {
                  const end = base + t.length;
                  cache.set(
                    lang,
                    group[k],
                    found.filter((m) => m.start >= base && m.end <= end).map((m) => ({ ...m, start: m.start - base, end: m.end - base })),
                  );
                  base = end + 1;
                });
              } catch (err) {
                // Not being able to check is shown once in the console; the text itself is never affected.
                console.warn(errorText(tt, err));
              } finally {
                group.forEach((t) => cache.setPending(lang, t, false));
              }
              settle();
            }
          };

          const schedule = (delay = options.debounceMs) => {
            if (timer !== null) window.clearTimeout(timer);
            timer = window.setTimeout(() => void run(), delay);
          };

          const closePopup = () => {
            popupTicket++;
            popup?.remove();
            popup = null;
            document.removeEventListener('mousedown', onOutside, true);
          };
          const onOutside = (e: MouseEvent) => {
            if (popup && !popup.contains(e.target as Node)) closePopup();
          };

          const openPopup = (target: HTMLElement, x: number, y: number, focusFirst: boolean) => {
            closePopup();
            const lang = currentLang;
            const word = target.dataset.word;
            if (!lang || !word) return;
            const ticket = popupTicket;
            const show = (suggestions: string[], error: unknown) => {
              if (ticket === popupTicket && !destroyed && target.isConnected) showPopup(target, x, y, focusFirst, lang, suggestions, error);
            };
            options.suggest(lang, word).then(
              (s) => show(s, null),
              (err) => show([], err),
            );
          };

          const showPopup = (target: HTMLElement, x: number, y: number, focusFirst: boolean, lang: Lang, suggestions: string[], error: unknown) => {
            const at = view.posAtDOM(target, 0);
            const deco = spellKey
              .getState(view.state)
              ?.decos.find(at, at + 1)
              .find((d) => (d.spec as DecoSpec).word === target.dataset.word);
            if (!deco) return;
            const spec = deco.spec as DecoSpec;
            const t = tt;
            const el = document.createElement('div');
            el.className = 'spell-popup';
            el.setAttribute('role', 'menu');
            el.setAttribute('aria-label', t('lang:spell.menu', { word: spec.word }));
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
                closePopup();
              });
              el.appendChild(b);
              return b;
            };
            if (suggestions.length) {
              for (const s of suggestions) {
                item(
                  s,
                  () => {
                    view.dispatch(view.state.tr.insertText(s, deco.from, deco.to));
                    view.focus();
                  },
                  'spell-suggestion',
                );
              }
            } else {
              const none = document.createElement('span');
              none.className = 'spell-none';
              none.textContent = error ? errorText(tt, error) : t('lang:spell.none');
              el.appendChild(none);
            }
            el.appendChild(document.createElement('hr'));
            item(
              t('lang:spell.add'),
              () => {
                void options.add(lang, spec.word).then(
                  () => {
                    cache.forgetWord(lang, spec.word);
                    refresh();
                  },
                  (err) => window.alert(errorText(tt, err)),
                );
              },
              'spell-add',
            );
            el.addEventListener('keydown', (e) => {
              const items = [...el.querySelectorAll<HTMLButtonElement>('button')];
              const i = items.indexOf(document.activeElement as HTMLButtonElement);
              if (e.key === 'Escape') {
                e.preventDefault();
                closePopup();
                view.focus();
              } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
                e.preventDefault();
                items[(i + (e.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length]?.focus();
              }
            });
            document.body.appendChild(el);
            const r = el.getBoundingClientRect();
            el.style.left = `${Math.max(4, Math.min(x, window.innerWidth - r.width - 4))}px`;
            el.style.top = `${Math.max(4, Math.min(y + 4, window.innerHeight - r.height - 4))}px`;
            popup = el;
            document.addEventListener('mousedown', onOutside, true);
            if (focusFirst) el.querySelector<HTMLButtonElement>('button')?.focus();
          };

          const onDomEvent = (e: MouseEvent) => {
            const target = (e.target as HTMLElement).closest?.('.misspelt') as HTMLElement | null;
            if (!target || !view.dom.contains(target)) return;
            if (e.type === 'contextmenu') e.preventDefault();
            openPopup(target, e.clientX, e.clientY, e.type === 'contextmenu');
          };
          // Keyboard: Shift+F10 or the Menu key on a misspelt word opens the same popup, first suggestion focused.
          const onKey = (e: KeyboardEvent) => {
            if (e.key === 'Escape' && popup) {
              e.preventDefault();
              closePopup();
              return;
            }
            if (!(e.key === 'ContextMenu' || (e.key === 'F10' && e.shiftKey))) return;
            // The caret where the user sees it: a click's caret may not have reached the state yet.
            const from = syncSelectionFromDom(view);
            const deco = spellKey.getState(view.state)?.decos.find(Math.max(0, from - 1), from + 1)[0];
            if (!deco) return;
            const el = [...view.dom.querySelectorAll<HTMLElement>('.misspelt')].find((x) => view.posAtDOM(x, 0) === deco.from);
            if (!el) return;
            e.preventDefault();
            const r = el.getBoundingClientRect();
            openPopup(el, r.left, r.bottom, true);
          };
          view.dom.addEventListener('contextmenu', onDomEvent);
          view.dom.addEventListener('click', onDomEvent);
          view.dom.addEventListener('keydown', onKey);

          // The article's language can change while editing: re-check when the lang attribute around us changes.
          const observer = new MutationObserver(() => {
            if (resolveLang(view) !== currentLang) schedule(0);
          });
          observer.observe(document.body, { attributes: true, attributeFilter: ['lang'], subtree: true });

          schedule(0);
          return {
            update(v, prev) {
              if (v.state.doc !== prev.doc) {
                closePopup();
                schedule();
              }
            },
            destroy() {
              destroyed = true;
              if (timer !== null) window.clearTimeout(timer);
              observer.disconnect();
              closePopup();
              view.dom.removeEventListener('contextmenu', onDomEvent);
              view.dom.removeEventListener('click', onDomEvent);
              view.dom.removeEventListener('keydown', onKey);
            },
          };
        },
      }),
    ];
  },
});
