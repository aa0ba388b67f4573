// The workspace's side column: glossary terms and TM/MT suggestions for the active segment, then the TM tools, QA
// and analysis as tabs.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Segment, TranslationProject } from '../../../../preload/contract/models';
import type { TermHit } from '../../../../preload/contract/translate';
import { TabList, tabId, tabPanelId } from '../../ui/TabList';
import { AnalysisPanel } from './AnalysisPanel';
import { GlossaryTerms } from './GlossaryTerms';
import { QaPanel } from './QaPanel';
import { TmMatches, TmTools } from './TmPanel';
import { SIDE_TAB_KEY } from './keys';
import type { Bound, MtSuggestion } from './useSuggestions';

type Tab = 'tm' | 'qa' | 'analysis';

interface Props {
  project: TranslationProject;
  projectId: string;
  activeSeg: Segment | null;
  /** The glossary terms found in the active segment's source. */
  terms: TermHit[];
  /** The TM list, only when it is bound to the active segment and its current source. */
  liveList: Bound | null;
  /** The MT suggestion, only when it belongs to that same segment and source. */
  mt: MtSuggestion | null;
  onInsertSuggestion(n: number): void;
  onInsertTerm(text: string): void;
  numberOf(segId: string): number;
  beforeQa(): Promise<void>;
  onPickFinding(segId: string): void;
}

export function TranslateSide({ project, projectId, activeSeg, terms, liveList, mt, onInsertSuggestion, onInsertTerm, numberOf, beforeQa, onPickFinding }: Props) {
  const { t } = useTranslation('translate');
  const [tab, setTab] = useState<Tab>('tm');
  return (
    <aside className="tr-side" aria-label={t('side')}>
      <section>
        <h2>{t('glossary.title')}</h2>
        {activeSeg ? (
          <GlossaryTerms
            terms={terms}
            targetLang={project.targetLang}
            pivotLang={project.pivotLang}
            onInsert={onInsertTerm}
          />
        ) : (
          <p className="hint">{t('noActive')}</p>
        )}
      </section>
      <section>
        <h2>{t('tm.title')}</h2>
        <TmMatches
          forSeg={liveList?.segId ?? null}
          matches={liveList?.matches ?? []}
          loading={!liveList && !!activeSeg}
          onInsert={onInsertSuggestion}
          mt={mt}
        />
      </section>
      <TabList
        className="tabs"
        prefix="tr-side"
        label={t('side')}
        value={tab}
        onChange={setTab}
        tabs={(['tm', 'qa', 'analysis'] as const).map((k) => ({ key: k, label: t(SIDE_TAB_KEY[k]), testId: `tab-${k}` }))}
      />
      <section role="tabpanel" id={tabPanelId('tr-side', tab)} aria-labelledby={tabId('tr-side', tab)}>
        {tab === 'tm' && <TmTools from={project.sourceLang} to={project.targetLang} />}
        {tab === 'qa' && <QaPanel projectId={projectId} numberOf={numberOf} beforeRun={beforeQa} onPick={onPickFinding} />}
        {tab === 'analysis' && <AnalysisPanel projectId={projectId} />}
      </section>
    </aside>
  );
}
