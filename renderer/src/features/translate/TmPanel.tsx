// TM side panel: matches for the active segment (Ctrl+1…9 inserts), concordance search, TMX import and export.
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConcordanceHit, TmMatch } from '../../../../preload/contract/translate';
import { tmCalls } from './useTranslate';
import { errorText } from '../../lib/i18n';
import { downloadFile, fileToBase64, MAX_IMPORT_BYTES } from '../../lib/files';
import { SegmentDiff } from './SegmentDiff';
import { ImportProgress } from '../../ui/ImportProgress';
import { useImportTask } from '../tasks/useTasks';
import { TM_KIND_KEY } from './keys';
import type { Lang } from '../../../../preload/contract/define';

export function TmMatches({
  forSeg,
  matches,
  loading,
  onInsert,
  mt,
}: {
  /** The segment this list was looked up for (null while loading): tests and tools can see the binding. */
  forSeg: string | null;
  matches: TmMatch[];
  loading: boolean;
  onInsert(i: number): void;
  mt?: { text: string; route: string[] } | null;
}) {
  const { t } = useTranslation('translate');
  const n = matches.length;
  return (
    <ol className="tm-matches" data-testid="tm-matches" data-for={forSeg ?? undefined} aria-busy={loading || undefined}>
      {!n && (
        <li className="hint none" data-testid="tm-empty">
          {loading ? t('common:loading') : t('tm.none')}
        </li>
      )}
      {matches.map((m, i) => (
        <li key={m.unit.id} data-testid="tm-match" data-score={m.score}>
          <div className="tm-head">
            <kbd title={t('tm.insertKey', { n: i + 1 })}>{i + 1}</kbd>
            <span className={`score ${m.score >= 100 ? 'exact' : 'fuzzy'}`} data-testid="tm-score">
              {m.score}%
            </span>
            <span className="hint">{t(TM_KIND_KEY[m.kind])}</span>
            <button type="button" onClick={() => onInsert(i)}>
              {t('tm.insert')}
            </button>
          </div>
          <div className="tm-src">{m.score >= 100 ? m.unit.source : <SegmentDiff parts={m.diff} />}</div>
          <div className="tm-tgt" data-testid="tm-target">
            {m.unit.target}
          </div>
        </li>
      ))}
      {mt && (
        <li data-testid="mt-suggestion">
          <div className="tm-head">
            {n < 9 && <kbd title={t('tm.insertKey', { n: n + 1 })}>{n + 1}</kbd>}
            <span className="score mt">MT</span>
            <span className="hint">{mt.route.map((l) => l.toUpperCase()).join(' → ')}</span>
            <button type="button" onClick={() => onInsert(n)}>
              {t('tm.insert')}
            </button>
          </div>
          <div className="tm-tgt">{mt.text}</div>
        </li>
      )}
    </ol>
  );
}

function Highlighted({ text, ranges }: { text: string; ranges: [number, number][] }) {
  const out: React.ReactNode[] = [];
  let at = 0;
  for (const [s, e] of ranges) {
    if (s < at) continue;
    out.push(text.slice(at, s), <mark key={s}>{text.slice(s, e)}</mark>);
    at = e;
  }
  out.push(text.slice(at));
  return <>{out}</>;
}

export function TmTools({ from, to }: { from: Lang; to: Lang }) {
  const { t } = useTranslation('translate');
  const [phrase, setPhrase] = useState('');
  const [side, setSide] = useState<'source' | 'target'>('source');
  const [hits, setHits] = useState<ConcordanceHit[] | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const { task, begin, end } = useImportTask();
  const file = useRef<HTMLInputElement>(null);

  const search = async () => {
    if (!phrase.trim()) return;
    try {
      setHits(await tmCalls.concordance({ phrase: phrase.trim(), from, to, side }));
      setMessage(null);
    } catch (err) {
      setMessage({ ok: false, text: errorText(t, err) });
    }
  };

  const importTmx = async (f: File) => {
    if (f.size > MAX_IMPORT_BYTES) return setMessage({ ok: false, text: t('file.tooLarge', { name: f.name }) });
    try {
      const r = await tmCalls.importTmx({ name: f.name, dataBase64: await fileToBase64(f), taskId: begin() });
      setMessage({ ok: true, text: t('tm.imported', { imported: r.imported, skipped: r.skipped }) });
    } catch (err) {
      setMessage({ ok: false, text: errorText(t, err) });
    } finally {
      end();
    }
  };

  return (
    <div className="tm-tools">
      <ImportProgress task={task} />
      <form
        className="concordance"
        onSubmit={(e) => {
          e.preventDefault();
          void search();
        }}
      >
        <input
          type="search"
          data-testid="concordance-input"
          placeholder={t('tm.concordance')}
          aria-label={t('tm.concordance')}
          value={phrase}
          onChange={(e) => setPhrase(e.target.value)}
        />
        <select aria-label={t('tm.side')} value={side} onChange={(e) => setSide(e.target.value as 'source' | 'target')}>
          <option value="source">{t('tm.sideSource')}</option>
          <option value="target">{t('tm.sideTarget')}</option>
        </select>
        <button type="submit">{t('tm.search')}</button>
      </form>
      {hits && (
        <ul className="concordance-hits" data-testid="concordance-hits">
          {hits.length === 0 && <li className="hint">{t('tm.noHits')}</li>}
          {hits.map((h) => (
            <li key={h.unit.id}>
              <div>{side === 'source' ? <Highlighted text={h.unit.source} ranges={h.ranges} /> : h.unit.source}</div>
              <div className="tm-tgt">{side === 'target' ? <Highlighted text={h.unit.target} ranges={h.ranges} /> : h.unit.target}</div>
            </li>
          ))}
        </ul>
      )}
      <div className="tm-files">
        <button type="button" data-testid="tmx-import" onClick={() => file.current?.click()}>
          {t('tm.importTmx')}
        </button>
        <input
          ref={file}
          type="file"
          accept=".tmx,.xml"
          hidden
          data-testid="tmx-file"
          onChange={(e) => {
            const f = e.target.files?.[0];
            e.target.value = '';
            if (f) void importTmx(f);
          }}
        />
        <button
          type="button"
          data-testid="tmx-export"
          onClick={() =>
            tmCalls.exportTmx({ from, to }).then(downloadFile, (err) => setMessage({ ok: false, text: errorText(t, err) }))
          }
        >
          {t('tm.exportTmx')}
        </button>
      </div>
      {message && (
        <p className={message.ok ? 'hint' : 'banner error'} role={message.ok ? 'status' : 'alert'}>
          {message.text}
        </p>
      )}
    </div>
  );
}
