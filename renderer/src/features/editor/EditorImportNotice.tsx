// After an import: what was detected (language with confidence, dateline) and any warnings, with a way to
// correct the language right there.
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../../../preload/contract/define';
import type { ImportOutcome } from '../../../../preload/contract/articles';
import { LANG_KEY } from '../../ui/keys';
import { errorText } from '../../lib/i18n';

interface Props {
  outcome: ImportOutcome;
  lang: Lang;
  onLang: (l: Lang) => void;
  onDismiss: () => void;
}

export function EditorImportNotice({ outcome, lang, onLang, onDismiss }: Props) {
  const { t, i18n } = useTranslation('library');
  const pct = new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 0 });
  const { dateline } = outcome.article;
  return (
    <div className="banner info import-notice" role="status" data-testid="import-notice">
      <p>
        <span data-testid="detected-lang" data-lang={outcome.detectedLang}>
          {outcome.langChosen
            ? t('importNotice.chosen', { lang: t(LANG_KEY[outcome.detectedLang]) })
            : t('importNotice.detected', {
                lang: t(LANG_KEY[outcome.detectedLang]),
                confidence: pct.format(outcome.langConfidence),
              })}
        </span>{' '}
        <label>
          {t('importNotice.change')}{' '}
          <select value={lang} onChange={(e) => onLang(e.target.value as Lang)} data-testid="import-notice-lang">
            <option value="id">{t('common:lang.id')}</option>
            <option value="en">{t('common:lang.en')}</option>
            <option value="ko">{t('common:lang.ko')}</option>
          </select>
        </label>
      </p>
      <p>
        {dateline.outlet || dateline.place
          ? t('importNotice.dateline', { outlet: dateline.outlet || '—', place: dateline.place || '—' })
          : t('importNotice.noDateline')}
      </p>
      {outcome.warnings.map((w) => (
        <p key={w.code} className="warning-text">
          {errorText(t, w)}
        </p>
      ))}
      <button type="button" onClick={onDismiss}>
        {t('common:dismiss')}
      </button>
    </div>
  );
}
