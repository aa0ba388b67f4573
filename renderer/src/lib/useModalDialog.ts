// Modal dialog behaviour: focus moves in, Tab/Shift+Tab cycle inside, Escape closes wherever the focus is, and on
// close the focus returns to where it was. Dialogs stack: only the topmost one listens.
import { useEffect, useRef, type RefObject } from 'react';

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), iframe, [contenteditable="true"], [tabindex]:not([tabindex="-1"])';

const open: HTMLElement[] = [];

/** The elements Tab can reach inside `box`, in document order (hidden ones left out). */
export function focusables(box: HTMLElement): HTMLElement[] {
  return [...box.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => el.tabIndex >= 0 && el.getClientRects().length > 0);
}

/** Give the dialog element `tabIndex={-1}` so it can hold the focus when nothing inside can. */
export function useModalDialog(ref: RefObject<HTMLElement | null>, onClose: () => void): void {
  const close = useRef(onClose);
  close.current = onClose;
  useEffect(() => {
    const box = ref.current;
    if (!box) return;
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    open.push(box);
    const top = () => open[open.length - 1] === box;
    (box.querySelector<HTMLElement>('[data-autofocus]') ?? focusables(box)[0] ?? box).focus();

    // On the document, so the keys work even when the focused control vanished (focus fell back to <body>).
    const onKey = (e: KeyboardEvent) => {
      if (!top() || e.defaultPrevented) return;
      if (e.key === 'Escape') {
        e.preventDefault();
        close.current();
      } else if (e.key === 'Tab') {
        const list = focusables(box);
        const at = list.indexOf(document.activeElement as HTMLElement);
        const next = e.shiftKey ? (at <= 0 ? list.length - 1 : at - 1) : at < 0 || at === list.length - 1 ? 0 : at + 1;
        e.preventDefault();
        (list[next] ?? box).focus();
      }
    };
    // A click or script that moves the focus behind the dialog brings it back in.
    const onFocusIn = (e: FocusEvent) => {
      if (top() && e.target instanceof Node && !box.contains(e.target)) (focusables(box)[0] ?? box).focus();
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('focusin', onFocusIn);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('focusin', onFocusIn);
      open.splice(open.indexOf(box), 1);
      if (before?.isConnected) before.focus();
    };
  }, [ref]);
}
