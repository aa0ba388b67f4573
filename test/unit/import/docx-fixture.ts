// Builds a real .docx in memory with the `docx` package: headings, bold/italic runs, a bullet list, a link.
import { Document, ExternalHyperlink, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';

export async function makeDocx(): Promise<Uint8Array> {
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph({ text: 'Ganjar Perkuat Kerja Sama Ekraf', heading: HeadingLevel.HEADING_1 }),
          new Paragraph({
            children: [new TextRun('MONITOR, Semarang – Gubernur '), new TextRun({ text: 'Ganjar Pranowo', bold: true }), new TextRun(' bertemu pejabat Korea Selatan di Semarang.')],
          }),
          new Paragraph({ text: 'Latar belakang', heading: HeadingLevel.HEADING_2 }),
          new Paragraph({ text: 'Rincian kecil', heading: HeadingLevel.HEADING_5 }),
          new Paragraph({ children: [new TextRun({ text: 'Ekonomi kreatif', italics: true }), new TextRun(' menjadi fokus kerja sama.')] }),
          new Paragraph({ text: 'Industri otomotif', bullet: { level: 0 } }),
          new Paragraph({ text: 'Usaha kecil dan mikro', bullet: { level: 0 } }),
          new Paragraph({
            children: [
              new TextRun('Sumber: '),
              new ExternalHyperlink({ link: 'https://example.org/ekraf', children: [new TextRun('situs resmi')] }),
            ],
          }),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
