// Words printed inside exported documents (table headers, comment fields), in the document's language.
import type { Lang } from '../../../preload/contract/define';

export interface Labels {
  source: string;
  pivot: string;
  target: string;
  status: string;
  quote: string;
  speaker: string;
  role: string;
  /** Quote-sheet column: the attribution word (kata, membantah, said, 부인했다). */
  cue: string;
  /** Shown after a cue that reverses the quote. */
  denies: string;
  verification: string;
  sourceNote: string;
  unknownSpeaker: string;
  reviewCopy: string;
  quoteSheet: string;
  segmentStatus: Record<string, string>;
  quoteStatus: Record<string, string>;
  verificationStatus: Record<string, string>;
}

const en: Labels = {
  source: 'Source',
  pivot: 'Pivot',
  target: 'Translation',
  status: 'Status',
  quote: 'Quote',
  speaker: 'Speaker',
  role: 'Role',
  cue: 'Cue',
  denies: 'denies',
  verification: 'Verification',
  sourceNote: 'Source note',
  unknownSpeaker: '(unknown speaker)',
  reviewCopy: 'Bilingual review copy',
  quoteSheet: 'Quote sheet',
  segmentStatus: { new: 'new', draft: 'draft', translated: 'translated', reviewed: 'reviewed', approved: 'approved' },
  quoteStatus: { suggested: 'suggested', confirmed: 'confirmed', rejected: 'rejected' },
  verificationStatus: { unverified: 'unverified', verified: 'verified', disputed: 'disputed' },
};

const id: Labels = {
  source: 'Sumber',
  pivot: 'Perantara',
  target: 'Terjemahan',
  status: 'Status',
  quote: 'Kutipan',
  speaker: 'Narasumber',
  role: 'Jabatan',
  cue: 'Penanda',
  denies: 'membantah',
  verification: 'Verifikasi',
  sourceNote: 'Catatan sumber',
  unknownSpeaker: '(narasumber tidak diketahui)',
  reviewCopy: 'Salinan tinjauan dwibahasa',
  quoteSheet: 'Daftar kutipan',
  segmentStatus: { new: 'baru', draft: 'draf', translated: 'diterjemahkan', reviewed: 'ditinjau', approved: 'disetujui' },
  quoteStatus: { suggested: 'usulan', confirmed: 'dikonfirmasi', rejected: 'ditolak' },
  verificationStatus: { unverified: 'belum diverifikasi', verified: 'terverifikasi', disputed: 'dipersoalkan' },
};

const ko: Labels = {
  source: '원문',
  pivot: '중간 언어',
  target: '번역',
  status: '상태',
  quote: '인용',
  speaker: '발화자',
  role: '직책',
  cue: '인용 표현',
  denies: '부인',
  verification: '검증',
  sourceNote: '출처 메모',
  unknownSpeaker: '(발화자 미상)',
  reviewCopy: '이중 언어 검토본',
  quoteSheet: '인용 목록',
  segmentStatus: { new: '신규', draft: '초안', translated: '번역됨', reviewed: '검토됨', approved: '승인됨' },
  quoteStatus: { suggested: '제안', confirmed: '확정', rejected: '거부' },
  verificationStatus: { unverified: '미검증', verified: '검증됨', disputed: '이의 있음' },
};

const ALL: Record<Lang, Labels> = { en, id, ko };

export function labelsFor(lang: Lang): Labels {
  return ALL[lang] ?? en;
}
