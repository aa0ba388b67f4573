// Beside the editor: the revision history and the quote panel, side by side, or as two tabs in one column when the
// window is too narrow for both and a body of at least 480 px.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Editor } from '@tiptap/react';
import type { Article } from '../../../../preload/contract/common';
import { TabList, tabId, tabPanelId } from '../../ui/TabList';
import { QuotePanel } from '../quotes/QuotePanel';
import { HistoryPanel } from './HistoryPanel';

interface Props {
  id: string;
  rev: number;
  title: string;
  editor: Editor | null;
  /** The history is open. */
  history: boolean;
  /** History and quotes share one column as tabs. */
  tabbed: boolean;
  beforeRestore(): Promise<void>;
  onRestored(a: Article): void;
  onCloseHistory(): void;
}

export function EditorSide({ id, rev, title, editor, history, tabbed, beforeRestore, onRestored, onCloseHistory }: Props) {
  const { t } = useTranslation('library');
  const [sideTab, setSideTab] = useState<'history' | 'quotes'>('quotes');
  const historyPanel = history && (
    <HistoryPanel id={id} rev={rev} beforeRestore={beforeRestore} onRestored={onRestored} onClose={onCloseHistory} />
  );
  const quotePanel = <QuotePanel articleId={id} editor={editor} title={title} />;
  if (!tabbed) {
    return (
      <>
        {historyPanel}
        {quotePanel}
      </>
    );
  }
  return (
    <div className="side-tabs" data-testid="side-tabs">
      <TabList
        className="side-tablist"
        prefix="side"
        label={t('side.tabs')}
        value={sideTab}
        onChange={setSideTab}
        tabs={[
          { key: 'history', label: t('history.title'), testId: 'side-tab-history' },
          { key: 'quotes', label: t('quotes:panel.title'), testId: 'side-tab-quotes' },
        ]}
      />
      <div role="tabpanel" id={tabPanelId('side', 'history')} aria-labelledby={tabId('side', 'history')} hidden={sideTab !== 'history'}>
        {historyPanel}
      </div>
      <div role="tabpanel" id={tabPanelId('side', 'quotes')} aria-labelledby={tabId('side', 'quotes')} hidden={sideTab !== 'quotes'}>
        {quotePanel}
      </div>
    </div>
  );
}
