// Language detection for id / en / ko copy: Hangul share first, then function-word votes between id and en.
import type { Lang } from '../../../preload/contract/define';

const ID_WORDS = new Set(
  'yang dan di ke dari ini itu dengan untuk pada tidak akan juga dalam adalah kata ujar menurut bahwa sudah kami kita mereka ia dia oleh atau karena saat bisa telah sebagai para lebih'.split(
    ' ',
  ),
);
const EN_WORDS = new Set(
  'the and of to in is that for on with as was said by at from it he she they be this are were has have not will an which would'.split(
    ' ',
  ),
);

export function detectLanguage(text: string): { lang: Lang; confidence: number } {
  const sample = text.slice(0, 20_000);
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  const hangul = sample.match(/[\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f]/g)?.length ?? 0;
  if (letters > 0 && hangul / letters > 0.3) return { lang: 'ko', confidence: Math.min(1, hangul / letters + 0.3) };
  let id = 0;
  let en = 0;
  for (const w of sample.toLowerCase().match(/\p{L}+/gu) ?? []) {
    if (ID_WORDS.has(w)) id++;
    if (EN_WORDS.has(w)) en++;
  }
  if (id + en === 0) return { lang: 'id', confidence: 0 };
  return id >= en ? { lang: 'id', confidence: id / (id + en) } : { lang: 'en', confidence: en / (id + en) };
}
