// A row of ARIA tabs (WAI-ARIA tabs pattern): one Tab stop, arrows/Home/End move between tabs, the tab names its panel.
import type { KeyboardEvent } from 'react';

export interface TabDef<K extends string> {
  key: K;
  label: string;
  testId?: string;
}

/** Ids that tie a tab to its panel: put `id={tabPanelId(prefix, key)}` and `aria-labelledby={tabId(prefix, key)}` on the panel. */
export const tabId = (prefix: string, key: string) => `${prefix}-tab-${key}`;
export const tabPanelId = (prefix: string, key: string) => `${prefix}-pane-${key}`;

export function TabList<K extends string>({
  prefix,
  label,
  tabs,
  value,
  onChange,
  className,
}: {
  prefix: string;
  label: string;
  tabs: TabDef<K>[];
  value: K;
  onChange: (key: K) => void;
  className?: string;
}) {
  const onKeyDown = (e: KeyboardEvent<HTMLButtonElement>, i: number) => {
    const n = tabs.length;
    const next =
      e.key === 'ArrowRight' ? (i + 1) % n : e.key === 'ArrowLeft' ? (i - 1 + n) % n : e.key === 'Home' ? 0 : e.key === 'End' ? n - 1 : -1;
    if (next < 0) return;
    e.preventDefault();
    e.stopPropagation();
    onChange(tabs[next].key);
    document.getElementById(tabId(prefix, tabs[next].key))?.focus();
  };
  return (
    <div className={className} role="tablist" aria-label={label}>
      {tabs.map((tab, i) => (
        <button
          key={tab.key}
          type="button"
          role="tab"
          id={tabId(prefix, tab.key)}
          aria-selected={value === tab.key}
          // Only the shown panel is sure to exist (callers may mount just that one).
          aria-controls={value === tab.key ? tabPanelId(prefix, tab.key) : undefined}
          tabIndex={value === tab.key ? 0 : -1}
          className={value === tab.key ? 'active' : ''}
          onClick={() => onChange(tab.key)}
          onKeyDown={(e) => onKeyDown(e, i)}
          data-testid={tab.testId}
        >
          {tab.label}
        </button>
      ))}
    </div>
  );
}
