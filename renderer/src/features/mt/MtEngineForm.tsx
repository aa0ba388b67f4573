// Add/edit one MT engine: local model folder (with "Check folder"), OpenAI-compatible server or LibreTranslate.
// A server outside this computer needs an explicit opt-in for exactly that host; main refuses it otherwise.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../../../preload/contract/define';
import type { ModelFolderReport, MtEngineConfig, MtEngineView } from '../../../../preload/contract/mt';
import { mtCalls, useMtEndpoint } from './useMt';
import { errorText } from '../../lib/i18n';
import { LangOptions } from '../../ui/SelectOptions';
import { MT_KIND_KEY } from './keys';

type Kind = MtEngineConfig['kind'];
const KINDS: Kind[] = ['marian-local', 'openai', 'libretranslate'];

interface Props {
  initial: MtEngineConfig | null;
  onSaved: (engines: MtEngineView[]) => void;
  onCancel: () => void;
}

export function MtEngineForm({ initial, onSaved, onCancel }: Props) {
  const { t } = useTranslation('mt');
  const [kind, setKind] = useState<Kind>(initial?.kind ?? 'marian-local');
  const [label, setLabel] = useState(initial?.label ?? '');
  const [path, setPath] = useState(initial?.kind === 'marian-local' ? initial.path : '');
  const [from, setFrom] = useState<Lang | ''>(initial?.from ?? (initial ? '' : 'id'));
  const [to, setTo] = useState<Lang | ''>(initial?.to ?? (initial ? '' : 'en'));
  const [baseUrl, setBaseUrl] = useState(initial && initial.kind !== 'marian-local' ? initial.baseUrl : '');
  const [model, setModel] = useState(initial?.kind === 'openai' ? initial.model : '');
  const [apiKey, setApiKey] = useState(initial && initial.kind !== 'marian-local' ? (initial.apiKey ?? '') : '');
  const [report, setReport] = useState<ModelFolderReport | null>(null);
  const [checking, setChecking] = useState(false);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const server = kind !== 'marian-local';

  const { endpoint, optInHost, setOptInHost } = useMtEndpoint(server, baseUrl, initial);

  const allowRemote = !!endpoint?.sends && optInHost === endpoint.host;

  const checkFolder = async () => {
    if (!path.trim()) return;
    setChecking(true);
    try {
      setReport(await mtCalls.checkFolder({ path: path.trim() }));
      setError(null);
    } catch (err) {
      setError(err);
    } finally {
      setChecking(false);
    }
  };

  const build = (): MtEngineConfig => {
    const id = initial?.id ?? `engine-${Date.now().toString(36)}`;
    const dir = from && to ? { from, to } : {};
    const name = label.trim() || (server ? t(MT_KIND_KEY[kind]) : t('form.defaultLabel', { from, to }));
    if (kind === 'marian-local') return { kind, id, label: name, path: path.trim(), ...dir };
    const key = apiKey.trim() ? { apiKey: apiKey.trim() } : {};
    if (kind === 'openai') return { kind, id, label: name, baseUrl: baseUrl.trim(), model: model.trim(), allowRemote, ...dir, ...key };
    return { kind, id, label: name, baseUrl: baseUrl.trim(), allowRemote, ...dir, ...key };
  };

  const save = async () => {
    setSaving(true);
    try {
      onSaved(await mtCalls.save({ engine: build() }));
    } catch (err) {
      setError(err);
    } finally {
      setSaving(false);
    }
  };

  const langSelect = (value: Lang | '', set: (l: Lang | '') => void, name: string, testId: string) => (
    <label>
      {name}
      <select value={value} onChange={(e) => set(e.target.value as Lang | '')} data-testid={testId} required={!server}>
        {server && <option value="">{t('dirs.any')}</option>}
        <LangOptions />
      </select>
    </label>
  );

  return (
    <form
      className="mt-form"
      data-testid="mt-form"
      aria-labelledby="mt-form-title"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
      onKeyDown={(e) => e.key === 'Escape' && onCancel()}
    >
      <h3 id="mt-form-title">{initial ? t('form.titleEdit') : t('form.titleNew')}</h3>
      <div className="mt-row">
        <label>
          {t('form.kind')}
          <select
            value={kind}
            onChange={(e) => {
              const next = e.target.value as Kind;
              setKind(next);
              setError(null);
              // A server translates every direction: one entry, "Any" → "Any"; a local model is one direction.
              if (next !== 'marian-local' && from === 'id' && to === 'en') {
                setFrom('');
                setTo('');
              } else if (next === 'marian-local' && !from && !to) {
                setFrom('id');
                setTo('en');
              }
            }}
            data-testid="mt-kind"
            disabled={!!initial}
          >
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {t(MT_KIND_KEY[k])}
              </option>
            ))}
          </select>
        </label>
        <label className="grow">
          {t('form.label')}
          <input value={label} maxLength={200} onChange={(e) => setLabel(e.target.value)} data-testid="mt-label" autoFocus />
        </label>
      </div>

      {kind === 'marian-local' && (
        <>
          <div className="mt-row">
            <label className="grow">
              {t('form.path')}
              <input
                value={path}
                maxLength={4000}
                onChange={(e) => {
                  setPath(e.target.value);
                  setReport(null);
                }}
                data-testid="mt-path"
                spellCheck={false}
                required
              />
            </label>
            <button type="button" onClick={() => void checkFolder()} disabled={!path.trim() || checking} data-testid="mt-check">
              {checking ? t('form.checking') : t('form.check')}
            </button>
          </div>
          <p className="hint">{t('form.pathHint')}</p>
          {report && (
            <div className={report.ok ? 'mt-report ok' : 'mt-report bad'} role="status" data-testid="mt-folder-report">
              {report.ok ? (
                <p>{t('form.folderOk', { family: report.family ?? '?', dtype: report.dtype ?? '?' })}</p>
              ) : (
                <>
                  <p>{t('form.folderProblems')}</p>
                  <ul>
                    {report.problems.map((p, i) => (
                      <li key={i} data-testid="mt-folder-problem">
                        {errorText(t, p)}
                      </li>
                    ))}
                  </ul>
                </>
              )}
            </div>
          )}
        </>
      )}

      {server && (
        <>
          <div className="mt-row">
            <label className="grow">
              {t('form.baseUrl')}
              <input
                value={baseUrl}
                maxLength={2000}
                placeholder="http://127.0.0.1:8080"
                onChange={(e) => setBaseUrl(e.target.value)}
                data-testid="mt-baseurl"
                spellCheck={false}
                required
              />
            </label>
            {kind === 'openai' && (
              <label>
                {t('form.model')}
                <input value={model} maxLength={300} onChange={(e) => setModel(e.target.value)} data-testid="mt-model" required />
              </label>
            )}
            <label>
              {t('form.apiKey')}
              <input type="password" value={apiKey} maxLength={1000} onChange={(e) => setApiKey(e.target.value)} data-testid="mt-apikey" />
            </label>
          </div>
          {endpoint &&
            (endpoint.sends ? (
              <div className="mt-remote" data-testid="mt-remote">
                <p className="mt-sends" data-testid="mt-sends">
                  {t('where.sends', { host: endpoint.host })}
                </p>
                <label className="mt-optin">
                  <input
                    type="checkbox"
                    checked={allowRemote}
                    onChange={(e) => setOptInHost(e.target.checked ? endpoint.host : null)}
                    data-testid="mt-optin"
                  />
                  {t('form.optIn', { host: endpoint.host })}
                </label>
              </div>
            ) : (
              <p className="hint" data-testid="mt-stays">
                {t('form.staysLocal')}
              </p>
            ))}
        </>
      )}

      <div className="mt-row">
        {langSelect(from, setFrom, t('form.from'), 'mt-from')}
        {langSelect(to, setTo, t('form.to'), 'mt-to')}
      </div>

      {!!error && (
        <p className="banner error" role="alert" data-testid="mt-form-error">
          {errorText(t, error)}
        </p>
      )}
      <div className="mt-row">
        <button type="submit" className="primary" disabled={saving} data-testid="mt-save">
          {t('form.save')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('form.cancel')}
        </button>
      </div>
    </form>
  );
}
