// Spellcheck for the TipTap body: paragraphs are checked in main (debounced, only the ones not checked yet),
// misspellings get a red wavy underline (class "misspelt"), and a click or right-click on one opens a small
// popup with suggestions (asked for that one word as the popup opens) and "Add to dictionary".
//
// The word being typed (a misspelling touching the caret right after typed text) gets its squiggle once the caret
// moves on, as in word processors; Shift+F10, the Menu key or a right-click on it draws it at once for the popup.
//
// Incremental: a keystroke maps the existing squiggles through the transaction and looks again only at the
// textblocks the change touched (marked dirty); the debounced check sends just those. The whole document is
// walked only when the language changes or a word is added to the dictionary.
//
// Language: options.lang (a value or a getter) or else the `lang` attribute of the nearest element around the
// editor (the article's language), excluding <html> (that is the interface language). A change of that
// attribute re-checks the document. No language → no checking.
import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { DecorationSet, type EditorView } from '@tiptap/pm/view';
import i18next from 'i18next';
import type { Lang } from '../../../../preload/contract/define';
import type { Misspelling } from '../../../../preload/contract/lang';
import { errorText } from '../../lib/i18n';
import { LANGS } from '../../ui/SelectOptions';
import { syncSelectionFromDom } from '../editor/selection-sync-extension';
import { cache, defaultAdd, defaultCheck, defaultSuggest } from './useSpell';
import { blocksAt, decorate, redecorate, touchedBlocks, type Block, type DecoSpec, type SpellState } from './spell-blocks';
import { showSpellPopup } from './spell-popup';
import './lang.css';

export interface SpellcheckOptions {
  lang?: Lang | null | (() => Lang | null);
  debounceMs: number;
  /** Replaceable for tests; defaults to the spell.check channel. */
  check: (lang: Lang, text: string) => Promise<Misspelling[]>;
  suggest: (lang: Lang, word: string) => Promise<string[]>;
  add: (lang: Lang, word: string) => Promise<void>;
}

/** Characters per spell.check request: several paragraphs go in one call. */
const BATCH_CHARS = 20_000;

/**
 * `refresh`: redecorate the whole document from the cache; `settle`: redecorate the dirty blocks now known;
 * `reveal`: draw the squiggle of the word being typed now (see SpellState.typing), for the popup.
 */
type SpellMeta = { refresh: true } | { settle: true } | { reveal: true };

export const spellKey = new PluginKey<SpellState>('spellcheck');

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
          init: (): SpellState => ({ decos: DecorationSet.empty, dirty: [], typing: null }),
          apply(tr, old, _prev, state): SpellState {
            const meta = tr.getMeta(spellKey) as SpellMeta | undefined;
            // The caret after typed text; it stops being "typing" when the caret moves anywhere else.
            const sel = state.selection;
            let typing = old.typing;
            if (tr.docChanged) typing = sel.empty ? sel.head : null;
            else if (typing !== null && tr.selectionSet && !(sel.empty && sel.head === typing)) typing = null;
            if (meta && 'reveal' in meta) typing = null;
            if (meta && 'refresh' in meta) return decorate(state.doc, currentLang, typing);
            if (!currentLang) return old.decos === DecorationSet.empty && !old.dirty.length ? old : decorate(state.doc, null);
            const lang = currentLang;
            if (!tr.docChanged && (!meta || 'reveal' in meta)) {
              if (typing === old.typing) return old;
              // The caret left the word it was typing: that block's squiggles are drawn in full.
              const at = old.typing!;
              const $at = at <= state.doc.content.size ? state.doc.resolve(at) : null;
              const blocks = $at?.parent.isTextblock ? blocksAt(state.doc, [$at.before()]) : [];
              const dirty = new Set(old.dirty);
              return { decos: redecorate(state.doc, lang, old.decos, blocks, dirty), dirty: [...dirty], typing };
            }
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
            decos = redecorate(tr.doc, lang, decos, blocks, dirty, typing);
            return { decos, dirty: [...dirty], typing };
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
          /** Suggestions asked for, popup not on screen yet: Escape in this gap must still cancel it. */
          let popupPending = false;

          const dispatchMeta = (meta: SpellMeta) => {
            if (!destroyed) view.dispatch(view.state.tr.setMeta(spellKey, meta).setMeta('addToHistory', false));
          };
          const refresh = () => dispatchMeta({ refresh: true });
          const settle = () => dispatchMeta({ settle: true });
          /** Draws the squiggle of the word being typed, if one is held back (a popup was asked for). */
          const reveal = () => {
            if (spellKey.getState(view.state)?.typing != null) dispatchMeta({ reveal: true });
          };

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
            popupPending = false;
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
            popupPending = true;
            const show = (suggestions: string[], error: unknown) => {
              if (ticket === popupTicket) popupPending = false;
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
            const el = showSpellPopup({
              word: spec.word,
              suggestions,
              error,
              x,
              y,
              pick: (s) => {
                view.dispatch(view.state.tr.insertText(s, deco.from, deco.to));
                view.focus();
              },
              add: () => {
                void options.add(lang, spec.word).then(
                  () => {
                    cache.forgetWord(lang, spec.word);
                    refresh();
                  },
                  (err) => window.alert(errorText(tt, err)),
                );
              },
              close: closePopup,
              escape: () => {
                closePopup();
                view.focus();
              },
            });
            popup = el;
            document.addEventListener('mousedown', onOutside, true);
            if (focusFirst) el.querySelector<HTMLButtonElement>('button')?.focus();
          };

          const onDomEvent = (e: MouseEvent) => {
            let target = (e.target as HTMLElement).closest?.('.misspelt') as HTMLElement | null;
            if (!target && e.type === 'contextmenu') {
              // Right-click on the word just typed: its squiggle was held back, draw it and look again.
              reveal();
              target = (document.elementFromPoint(e.clientX, e.clientY)?.closest('.misspelt') as HTMLElement | null) ?? null;
            }
            if (!target || !view.dom.contains(target)) return;
            if (e.type === 'contextmenu') e.preventDefault();
            openPopup(target, e.clientX, e.clientY, e.type === 'contextmenu');
          };
          // Keyboard: Shift+F10 or the Menu key on a misspelt word opens the same popup, first suggestion focused.
          const onKey = (e: KeyboardEvent) => {
            if (e.key === 'Escape' && (popup || popupPending)) {
              e.preventDefault();
              closePopup();
              return;
            }
            if (!(e.key === 'ContextMenu' || (e.key === 'F10' && e.shiftKey))) return;
            // The caret where the user sees it: a click's caret may not have reached the state yet.
            const from = syncSelectionFromDom(view);
            reveal(); // the word just typed (its squiggle held back) is the one asked about
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
