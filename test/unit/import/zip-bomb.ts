// Builds hostile .docx files in memory: a real zip whose word/document.xml inflates to hundreds of MB of tiny
// paragraphs (deflated as a stream, so building it costs little memory), optionally lying about its size.
import { crc32, createDeflateRaw } from 'node:zlib';

interface Part {
  name: string;
  data: Buffer;
  method: 0 | 8;
  size: number;
  crc: number;
}

const stored = (name: string, text: string): Part => {
  const data = Buffer.from(text);
  return { name, data, method: 0, size: data.length, crc: crc32(data) };
};

async function deflatedRepeat(name: string, head: string, unit: string, times: number, tail: string): Promise<Part> {
  const z = createDeflateRaw({ level: 6 });
  const out: Buffer[] = [];
  z.on('data', (c: Buffer) => out.push(c));
  const done = new Promise((r) => z.on('end', r));
  const block = Buffer.from(unit.repeat(4096));
  let crc = crc32(head);
  let size = Buffer.byteLength(head);
  z.write(head);
  for (let i = 0; i < times / 4096; i++) {
    if (!z.write(block)) await new Promise((r) => z.once('drain', r));
    crc = crc32(block, crc);
    size += block.length;
  }
  z.end(tail);
  crc = crc32(tail, crc);
  size += Buffer.byteLength(tail);
  await done;
  return { name, data: Buffer.concat(out), method: 8, size, crc };
}

function zip(parts: Part[], lieAboutSize?: number): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const p of parts) {
    const name = Buffer.from(p.name);
    const size = lieAboutSize !== undefined && p.method === 8 ? lieAboutSize : p.size;
    const h = Buffer.alloc(30);
    h.writeUInt32LE(0x04034b50, 0);
    h.writeUInt16LE(20, 4);
    h.writeUInt16LE(p.method, 8);
    h.writeUInt32LE(p.crc, 14);
    h.writeUInt32LE(p.data.length, 18);
    h.writeUInt32LE(size, 22);
    h.writeUInt16LE(name.length, 26);
    locals.push(h, name, p.data);
    const c = Buffer.alloc(46);
    c.writeUInt32LE(0x02014b50, 0);
    c.writeUInt16LE(20, 4);
    c.writeUInt16LE(20, 6);
    c.writeUInt16LE(p.method, 10);
    c.writeUInt32LE(p.crc, 16);
    c.writeUInt32LE(p.data.length, 20);
    c.writeUInt32LE(size, 24);
    c.writeUInt16LE(name.length, 28);
    c.writeUInt32LE(offset, 42);
    central.push(c, name);
    offset += 30 + name.length + p.data.length;
  }
  const dir = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dir, end]);
}

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

/** A .docx whose text part is `mb` MB of `<w:p><w:r><w:t>x</w:t></w:r></w:p>`. */
export async function zipBombDocx(mb: number, opts: { lie?: boolean } = {}): Promise<Buffer> {
  const unit = '<w:p><w:r><w:t>x</w:t></w:r></w:p>';
  const times = Math.ceil((mb * 1024 * 1024) / unit.length);
  const doc = await deflatedRepeat('word/document.xml', `<?xml version="1.0"?><w:document ${W}><w:body>`, unit, times, '</w:body></w:document>');
  return zip(
    [
      stored('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'),
      stored('_rels/.rels', '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'),
      doc,
    ],
    opts.lie ? 2000 : undefined,
  );
}
