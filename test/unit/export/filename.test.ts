// File-name templates and slugs.
import { describe, expect, it } from 'vitest';
import { renderFileName, slugify } from '../../../main/core/export/filename';

const vars = { date: '2025-03-04', slug: 'judul', lang: 'id', ext: 'docx', id: 'a1', format: 'docx' };

describe('file names', () => {
  it('fills the default template', () => {
    expect(renderFileName('{date}-{slug}-{lang}.{ext}', vars)).toBe('2025-03-04-judul-id.docx');
    expect(renderFileName('{id}_{format}.{ext}', vars)).toBe('a1_docx.docx');
  });

  it('slugs Latin titles without accents and keeps Hangul', () => {
    expect(slugify('Ganjar: Kerja Sama   Ekraf — Café 2025!')).toBe('ganjar-kerja-sama-ekraf-cafe-2025');
    expect(slugify('간자르 주지사, 한국과 협력')).toBe('간자르-주지사-한국과-협력');
    expect(slugify('!!!')).toBe('');
  });

  it('never produces folders or characters file systems refuse', () => {
    const name = renderFileName('../{slug}/x:y*?.{ext}', { ...vars, slug: 'a/b\\c' });
    expect(name).not.toMatch(/[/\\:*?"<>|]/);
    expect(name.endsWith('.docx')).toBe(true);
    expect(renderFileName('con.{ext}', vars)).toBe('_con.docx');
    expect(renderFileName('{slug}.{ext}', { ...vars, slug: '' })).toBe('a1.docx');
  });

  it('rejects unknown placeholders with a translatable error', () => {
    expect(() => renderFileName('{title}.{ext}', vars)).toThrow(/Unknown placeholder \{title\}/);
  });
});
