// Whether the quote panel is open: one flag shared by the toggle and the panel, remembered across reloads.
import { useSyncExternalStore } from 'react';

const KEY = 'redaksi.quotePanel';
const listeners = new Set<() => void>();
let open = (() => {
  try {
    return localStorage.getItem(KEY) === '1';
  } catch {
    return false;
  }
})();

export function setQuotePanelOpen(v: boolean): void {
  open = v;
  try {
    localStorage.setItem(KEY, v ? '1' : '0');
  } catch {
    // storage unavailable: the flag still works for this session
  }
  listeners.forEach((l) => l());
}

export function useQuotePanelOpen(): boolean {
  return useSyncExternalStore(
    (l) => (listeners.add(l), () => void listeners.delete(l)),
    () => open,
  );
}
