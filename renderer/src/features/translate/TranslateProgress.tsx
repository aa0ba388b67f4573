// The project's progress: a bar by segment status (widths by words or characters) with its legend and percentage.
import { useTranslation } from 'react-i18next';
import type { Progress } from '../../../../preload/contract/translate';
import { STATUSES } from './SegmentRow';
import { SEGMENT_STATUS_KEY } from './keys';

export function TranslateProgress({ progress, n }: { progress: Progress; n: (x: number) => string }) {
  const { t } = useTranslation('translate');
  return (
    <div className="tr-progress" data-testid="progress">
      <div
        className="bar"
        role="progressbar"
        aria-label={t('progress.label')}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={progress.percent}
      >
        {STATUSES.map((s) =>
          progress.byStatus[s] > 0 ? (
            <span
              key={s}
              className={`seg status-${s}`}
              style={{ width: `${(progress.byStatus[s] / Math.max(1, progress.total)) * 100}%` }}
              title={`${t(SEGMENT_STATUS_KEY[s])}: ${n(progress.byStatus[s])}`}
            />
          ) : null,
        )}
      </div>
      <span className="hint" data-testid="progress-text">
        {t(progress.unit === 'words' ? 'progress.words' : 'progress.chars', { percent: progress.percent, done: n(progress.done), total: n(progress.total) })}
      </span>
      <span className="legend">
        {STATUSES.map((s) => (
          <span key={s}>
            <span className={`dot status-${s}`} /> {t(SEGMENT_STATUS_KEY[s])} {n(progress.byStatus[s])}
          </span>
        ))}
      </span>
    </div>
  );
}
