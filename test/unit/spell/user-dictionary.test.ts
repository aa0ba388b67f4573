// UserDictionary: persisted per language in the data folder, keeps attached spellcheckers in step.
import { describe, it, expect, afterEach } from 'vitest';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { DataStore } from '../../../main/core/store/data-store';
import { UserDictionary, createSpellchecker, checkTextWith } from '../../../main/core/spell';

const dirs: string[] = [];
async function freshStore(): Promise<{ store: DataStore; dir: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'redaksi-spell-'));
  dirs.push(dir);
  return { store: await DataStore.open(dir), dir };
}
afterEach(async () => {
  for (const d of dirs.splice(0)) await rm(d, { recursive: true, force: true });
});

describe('UserDictionary', () => {
  it('adds, lists, removes and persists words in spell/user-<lang>.json', async () => {
    const { store, dir } = await freshStore();
    const dict = new UserDictionary(store, 'id');
    expect(await dict.add('Jokowi')).toBe(true);
    expect(await dict.add('Jokowi')).toBe(false);
    expect(await dict.add('Gibran')).toBe(true);
    expect(await dict.list()).toEqual(['Gibran', 'Jokowi']);
    expect(await dict.remove('Gibran')).toBe(true);
    expect(await dict.remove('Gibran')).toBe(false);
    await store.close();
    const saved = JSON.parse(await readFile(join(dir, 'spell/user-id.json'), 'utf8'));
    expect(saved.words).toEqual(['Jokowi']);
    const reopened = await DataStore.open(dir);
    expect(await new UserDictionary(reopened, 'id').has('Jokowi')).toBe(true);
    await reopened.close();
  });

  it('teaches attached spellcheckers, now and on later changes', async () => {
    const { store } = await freshStore();
    const dict = new UserDictionary(store, 'ko');
    await dict.add('위도도');
    const speller = await createSpellchecker({ lang: 'ko' });
    await dict.attach(speller);
    expect(checkTextWith(speller, '조코 위도도는 말했다.', { suggest: false }).map((m) => m.word)).toEqual(['조코']);
    await dict.add('조코');
    expect(checkTextWith(speller, '조코 위도도는 말했다.', { suggest: false })).toEqual([]);
    await dict.remove('조코');
    expect(speller.check('조코')).toBe(false);
    await store.close();
  });

  it('rejects phrases, empty and over-long words with spell.badWord', async () => {
    const { store } = await freshStore();
    const dict = new UserDictionary(store, 'en');
    for (const bad of ['two words', '   ', 'x'.repeat(65), '1234'])
      await expect(dict.add(bad), bad).rejects.toMatchObject({ code: 'spell.badWord' });
    await store.close();
  });

  it('refuses a spellchecker of another language and an unknown language', async () => {
    const { store } = await freshStore();
    const speller = await createSpellchecker({ lang: 'en' });
    await expect(new UserDictionary(store, 'id').attach(speller)).rejects.toMatchObject({ code: 'spell.langMismatch' });
    expect(() => new UserDictionary(store, 'xx' as never)).toThrow(expect.objectContaining({ code: 'spell.unsupportedLang' }));
    await store.close();
  });
});
