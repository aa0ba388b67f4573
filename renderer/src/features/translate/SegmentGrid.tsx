// The segment grid: a header row (source | pivot | target | status) and one SegmentRow per visible segment.
import { useTranslation } from 'react-i18next';
import type { Segment, TranslationProject } from '../../../../preload/contract/models';
import type { DiffPart, ProjectView } from '../../../../preload/contract/translate';
import { SegmentRow, type RowActions } from './SegmentRow';

interface Props {
  project: TranslationProject;
  view: ProjectView;
  /** The segments the status filter lets through (the active one always). */
  visible: Segment[];
  /** How many segments the project has, filtered or not. */
  total: number;
  indexOf: Map<string, number>;
  active: string | null;
  diffs: Record<string, DiffPart[]>;
  actions: RowActions;
}

const L = (l: string) => l.toUpperCase();

export function SegmentGrid({ project, view, visible, total, indexOf, active, diffs, actions }: Props) {
  const { t } = useTranslation('translate');
  const hasPivot = project.pivotLang !== null;
  return (
    <div className="tr-grid" data-testid="segment-grid">
      {/* A table, not an ARIA grid: rows hold their own editors and buttons, and Ctrl+↑/↓ move between segments. */}
      <div role="table" aria-label={t('grid')}>
      <div className={`tr-row tr-head${hasPivot ? ' with-pivot' : ''}`} role="row">
        <div className="tr-num" role="columnheader">#</div>
        <div className="tr-cell" role="columnheader" data-testid="col-source">{t('col.source', { lang: L(project.sourceLang) })}</div>
        {hasPivot && <div className="tr-cell" role="columnheader" data-testid="col-pivot">{t('col.pivot', { lang: L(project.pivotLang!) })}</div>}
        <div className="tr-cell" role="columnheader" data-testid="col-target">{t('col.target', { lang: L(project.targetLang) })}</div>
        <div className="tr-state" role="columnheader"><span className="sr-only">{t('status.label')}</span></div>
      </div>
      {visible.map((s) => (
        <SegmentRow
          key={s.id}
          seg={s}
          index={indexOf.get(s.id) ?? 0}
          active={s.id === active}
          hasPivot={hasPivot}
          sourceLang={project.sourceLang}
          targetLang={project.targetLang}
          pivotLang={project.pivotLang}
          terms={view.terms[s.id]}
          diff={diffs[s.id]}
          quotes={view.quotes[s.id]}
          actions={actions}
        />
      ))}
      </div>
      {visible.length === 0 && <p className="empty">{total ? t('filter.none') : t('noSegments')}</p>}
      <p className="hint tr-keys">{t('keys')}</p>
    </div>
  );
}
