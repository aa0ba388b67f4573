// The article's speaker registry: rename, role, aliases, and how each name is spelt in id/en/ko (Hangul suggested).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArticleQuotes, Speaker } from '../../../../preload/contract/models';
import type { SpeakerPatch } from '../../../../preload/contract/quotes';
import { TranslitSuggest } from '../lang/TranslitSuggest';
import { LANG_KEY } from '../../ui/keys';
import { LANGS } from '../../ui/SelectOptions';

interface Form {
  name: string;
  role: string;
  aliases: string;
  id: string;
  en: string;
  ko: string;
}

const toForm = (s: Speaker): Form => ({
  name: s.name,
  role: s.role,
  aliases: s.aliases.join(', '),
  id: s.spellings.id ?? '',
  en: s.spellings.en ?? '',
  ko: s.spellings.ko ?? '',
});

function patchOf(s: Speaker, f: Form): SpeakerPatch | null {
  const b = toForm(s);
  const p: SpeakerPatch = {};
  if (f.name !== b.name) p.name = f.name;
  if (f.role !== b.role) p.role = f.role;
  if (f.aliases !== b.aliases)
    p.aliases = f.aliases
      .split(',')
      .map((a) => a.trim())
      .filter(Boolean);
  const sp: NonNullable<SpeakerPatch['spellings']> = {};
  for (const l of LANGS) if (f[l] !== b[l]) sp[l] = f[l];
  if (Object.keys(sp).length) p.spellings = sp;
  return Object.keys(p).length ? p : null;
}

interface Props {
  quotes: ArticleQuotes;
  colors: Map<string, string>;
  busy: boolean;
  onSave: (speakerId: string, patch: SpeakerPatch) => Promise<boolean>;
}

export function QuoteSpeakers({ quotes, colors, busy, onSave }: Props) {
  const { t } = useTranslation('quotes');
  // Unsaved edits per speaker survive switching views (this component stays mounted, only hidden).
  const [forms, setForms] = useState<Record<string, Form>>({});
  if (!quotes.speakers.length) return <p className="empty">{t('speakers.empty')}</p>;
  return (
    <ul className="quote-speakers" data-testid="quote-speakers">
      {quotes.speakers.map((s) => {
        const f = forms[s.id] ?? toForm(s);
        const set = (patch: Partial<Form>) => setForms((all) => ({ ...all, [s.id]: { ...f, ...patch } }));
        const patch = patchOf(s, f);
        const n = quotes.quotes.filter((q) => q.speakerId === s.id && q.status !== 'rejected').length;
        return (
          <li key={s.id} className="quote-speaker" data-testid="quote-speaker-form" data-speaker-id={s.id}>
            <form
              onSubmit={async (e) => {
                e.preventDefault();
                if (patch && (await onSave(s.id, patch))) setForms(({ [s.id]: _, ...rest }) => rest);
              }}
            >
              <div className="quote-speaker-head">
                <span className="swatch" style={{ background: colors.get(s.id) }} aria-hidden />
                <strong>{s.name}</strong>
                <span className="hint">{t('speakers.quoteCount', { n, count: n })}</span>
              </div>
              <label>
                {t('speaker.name')}
                <input
                  value={f.name}
                  maxLength={300}
                  onChange={(e) => set({ name: e.target.value })}
                  data-testid="speaker-name"
                />
              </label>
              <label>
                {t('speaker.role')}
                <input
                  value={f.role}
                  maxLength={300}
                  onChange={(e) => set({ role: e.target.value })}
                  data-testid="speaker-role"
                />
              </label>
              <label>
                {t('speakers.aliases')}
                <input
                  value={f.aliases}
                  placeholder={t('speakers.aliasesHint')}
                  onChange={(e) => set({ aliases: e.target.value })}
                  data-testid="speaker-aliases"
                />
              </label>
              <fieldset>
                <legend>{t('speakers.spellings')}</legend>
                {LANGS.map((l) => (
                  <label key={l} className="spelling">
                    <span>{t(LANG_KEY[l])}</span>
                    <input
                      lang={l}
                      value={f[l]}
                      maxLength={300}
                      onChange={(e) => set({ [l]: e.target.value })}
                      data-testid={`speaker-spelling-${l}`}
                    />
                    {l === 'ko' && (
                      <TranslitSuggest name={f.id || f.en || f.name} onPick={(ko) => set({ ko })} />
                    )}
                  </label>
                ))}
              </fieldset>
              <div className="quote-actions">
                <button
                  type="submit"
                  className="primary"
                  disabled={busy || !patch}
                  data-testid="speaker-save"
                >
                  {t('speakers.save')}
                </button>
                {patch && (
                  <button type="button" onClick={() => setForms(({ [s.id]: _, ...rest }) => rest)}>
                    {t('speakers.discard')}
                  </button>
                )}
              </div>
            </form>
          </li>
        );
      })}
    </ul>
  );
}
