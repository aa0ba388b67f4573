// Shows saving / saved / failed, with the reason and a retry button when a save failed.
import { useTranslation } from 'react-i18next';
import { useSaveStatus, type SaveState, type SaveStatus } from '../lib/useAutosave';
import { errorText } from '../lib/i18n';

export function SaveIndicator({ state, error, retry }: { state: SaveState; error: unknown; retry: () => void }) {
  const { t } = useTranslation();
  if (state === 'failed') {
    return (
      <div className="save-state failed" role="alert" data-testid="save-state" data-state="failed">
        <strong>{t('save.failed')}</strong> {errorText(t, error)}{' '}
        <button onClick={retry}>{t('save.retry')}</button>
      </div>
    );
  }
  const label = { idle: '', pending: t('save.pending'), saving: t('save.saving'), saved: t('save.saved') }[state];
  return (
    <div className={`save-state ${state}`} data-testid="save-state" data-state={state} aria-live="polite">
      {label}
    </div>
  );
}

/** The indicator of an autosave (useAutosave's status): only this re-renders when the save state changes. */
export function AutosaveIndicator({ status, retry }: { status: SaveStatus; retry: () => void }) {
  const { state, error } = useSaveStatus(status);
  return <SaveIndicator state={state} error={error} retry={retry} />;
}
