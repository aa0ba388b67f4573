// Settings → Machine translation → route test: a sample through all engines in any direction, with the route taken.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../../../preload/contract/define';
import { mtCalls } from './useMt';
import { MtTestResult, type MtTestOutcome } from './MtTestResult';
import { LangOptions } from '../../ui/SelectOptions';

/** Sample sentences in each source language (language data, not interface text). */
export const SAMPLE: Record<Lang, string> = {
  id: 'Presiden meresmikan jembatan baru di Semarang hari ini.',
  en: 'The president opened a new bridge in Semarang today.',
  ko: '대통령은 오늘 스마랑에서 새 다리를 개통했다.',
};

/** Translates a sample through all engines for any direction: shows which route (direct or via English) is taken. */
export function MtRouteTest() {
  const { t } = useTranslation('mt');
  const [from, setFrom] = useState<Lang>('id');
  const [to, setTo] = useState<Lang>('ko');
  const [text, setText] = useState(SAMPLE.id);
  const [outcome, setOutcome] = useState<MtTestOutcome | null>(null);
  const run = async () => {
    setOutcome({ state: 'running' });
    try {
      const result = await mtCalls.test({ from, to, text: text.trim() || SAMPLE[from] });
      setOutcome({ state: 'done', source: text, result });
    } catch (error) {
      setOutcome({ state: 'failed', error });
    }
  };
  return (
    <form
      className="mt-route-test"
      data-testid="mt-route-test"
      onSubmit={(e) => {
        e.preventDefault();
        void run();
      }}
    >
      <h3>{t('try.title')}</h3>
      <div className="mt-row">
        <label>
          {t('form.from')}
          <select
            value={from}
            data-testid="mt-try-from"
            onChange={(e) => {
              const l = e.target.value as Lang;
              if (text === SAMPLE[from]) setText(SAMPLE[l]);
              setFrom(l);
            }}
          >
            <LangOptions />
          </select>
        </label>
        <label>
          {t('form.to')}
          <select value={to} data-testid="mt-try-to" onChange={(e) => setTo(e.target.value as Lang)}>
            <LangOptions />
          </select>
        </label>
        <label className="grow">
          {t('try.text')}
          <input value={text} maxLength={2000} onChange={(e) => setText(e.target.value)} data-testid="mt-try-text" />
        </label>
        <button type="submit" disabled={outcome?.state === 'running'} data-testid="mt-try-run">
          {t('try.run')}
        </button>
      </div>
      {outcome && <MtTestResult outcome={outcome} />}
    </form>
  );
}
