// The drafts table: title (search marks, snippet), dateline, language, status, words, date, and the row's actions
// (duplicate and trash, or restore in the trash); a checkbox per row for the batch export.
import { useTranslation } from 'react-i18next';
import type { LibraryHit } from '../../../../preload/contract/articles';
import { hrefFor, navigate } from '../../lib/router';
import { ARTICLE_STATUS_KEY, LANG_KEY } from '../../ui/keys';
import { ExportSelectAll, ExportSelectBox, type ExportSelection } from '../export/ExportBatchBar';
import { LibraryHighlight } from './LibraryHighlight';

interface Props {
  hits: LibraryHit[];
  /** The trash is shown: deletion dates, Restore, no links or selection. */
  trash: boolean;
  /** The search text (snippets show only while searching). */
  q: string;
  selection: ExportSelection;
  onRestore(a: LibraryHit): void;
  onDuplicate(a: LibraryHit): void;
  onTrash(a: LibraryHit): void;
}

export function LibraryTable({ hits, trash, q, selection, onRestore, onDuplicate, onTrash }: Props) {
  const { t, i18n } = useTranslation('library');
  const dateFmt = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  const numFmt = new Intl.NumberFormat(i18n.language);
  return (
    <table className="drafts" data-testid="drafts">
      <thead>
        <tr>
          {!trash && <th className="select-col"><ExportSelectAll selection={selection} items={hits} /></th>}
          <th>{t('common:library.col.title')}</th>
          <th>{t('col.dateline')}</th>
          <th>{t('common:library.col.lang')}</th>
          <th>{t('common:library.col.status')}</th>
          <th className="num">{t('common:library.col.words')}</th>
          <th>{trash ? t('col.deleted') : t('common:library.col.updated')}</th>
          <th>
            <span className="sr-only">{t('col.actions')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {hits.map((a) => (
          <tr
            key={a.id}
            data-testid="draft-row"
            data-id={a.id}
            onDoubleClick={() => !trash && navigate({ view: 'article', id: a.id })}
          >
            {!trash && <td className="select-col"><ExportSelectBox selection={selection} item={a} /></td>}
            <td className="title-cell" lang={a.lang}>
              {trash ? (
                <span className="draft-title">
                  <LibraryHighlight text={a.title || t('common:library.untitled')} marks={a.titleHighlights} />
                </span>
              ) : (
                <a className="draft-title" href={hrefFor({ view: 'article', id: a.id })} data-testid="draft-link">
                  <LibraryHighlight text={a.title || t('common:library.untitled')} marks={a.titleHighlights} />
                </a>
              )}
              {q.trim() && a.snippet && (
                <div className="snippet" data-testid="snippet">
                  <LibraryHighlight text={a.snippet} marks={a.snippetHighlights} />
                </div>
              )}
            </td>
            <td>{[a.dateline.outlet, a.dateline.place].filter(Boolean).join(', ')}</td>
            <td>{t(LANG_KEY[a.lang])}</td>
            <td>
              <span className={`status status-${a.status}`}>{t(ARTICLE_STATUS_KEY[a.status])}</span>
            </td>
            <td className="num">{numFmt.format(a.words)}</td>
            <td>{dateFmt.format(new Date(trash && a.deletedAt ? a.deletedAt : a.updatedAt))}</td>
            <td className="row-actions">
              {trash ? (
                <button
                  type="button"
                  onClick={() => onRestore(a)}
                  data-testid="restore-draft"
                >
                  {t('trash.restore')}
                </button>
              ) : (
                <>
                  <button
                    type="button"
                    onClick={() => onDuplicate(a)}
                    data-testid="duplicate-draft"
                  >
                    {t('duplicate.button')}
                  </button>
                  <button
                    type="button"
                    onClick={() => onTrash(a)}
                    data-testid="trash-draft"
                  >
                    {t('trash.move')}
                  </button>
                </>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
