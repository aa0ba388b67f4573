// Length figures for the editor, computed in the renderer so a keystroke never waits for a round trip.
export interface TextCounts {
  words: number;
  characters: number;
  charactersNoSpaces: number;
  manuscriptPages: number;
}

/**
 * The same rules as main/core/articles/counts.ts (test/unit/library/counts.test.ts keeps them equal): the
 * renderer counts locally so a keystroke never waits for a round trip. `text` has one block per line.
 */
export function countText(text: string): TextCounts {
  const nfc = text.normalize('NFC');
  let characters = 0;
  let spaces = 0;
  for (const ch of nfc) {
    if (ch === '\n' || ch === '\r') continue;
    characters++;
    if (/\s/u.test(ch)) spaces++;
  }
  const words = nfc.match(/[\p{L}\p{N}]+(?:[-'’.,][\p{L}\p{N}]+)*/gu)?.length ?? 0;
  return { words, characters, charactersNoSpaces: characters - spaces, manuscriptPages: Math.ceil(characters / 200) };
}
