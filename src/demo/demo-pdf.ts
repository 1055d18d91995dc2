/**
 * A one-page PDF with a title and a few lines of text, built byte by byte: the demo's
 * publication needs real files to upload, and a PDF library would be a dependency for this
 * alone. The file uses only a standard font (Helvetica, WinAnsi encoding), so it embeds nothing.
 */

/** WinAnsi codes of the characters outside Latin-1 that demo texts use. */
const WIN_ANSI_EXTRAS: Record<string, number> = {
  '‘': 0x91,
  '’': 0x92,
  '“': 0x93,
  '”': 0x94,
  '–': 0x96,
  '—': 0x97,
  '…': 0x85,
  '€': 0x80,
};

/** A PDF literal string in WinAnsi, escaped so the file stays ASCII. */
function literal(text: string): string {
  let out = '(';
  for (const character of text) {
    const code = WIN_ANSI_EXTRAS[character] ?? character.codePointAt(0) ?? 0x3f;
    if (character === '(' || character === ')' || character === '\\') out += `\\${character}`;
    else if (code >= 0x20 && code < 0x7f) out += character;
    else if (code <= 0xff) out += `\\${code.toString(8).padStart(3, '0')}`;
    else out += '?';
  }
  return `${out})`;
}

/** A PDF text string in UTF-16BE, for the document information (any character). */
function unicodeString(text: string): string {
  const bytes = Buffer.from(`\ufeff${text}`, 'utf16le').swap16();
  return `<${bytes.toString('hex').toUpperCase()}>`;
}

export interface SimplePdf {
  title: string;
  lines: string[];
  /** BCP 47 tag of the text's language, recorded in the catalogue. */
  language: string;
}

/** A valid one-page A5 PDF showing the title and lines. */
export function makeSimplePdf({ title, lines, language }: SimplePdf): Buffer {
  const text = [
    'BT',
    '/F1 18 Tf',
    '22 TL',
    '48 540 Td',
    `${literal(title)} Tj`,
    '/F1 11 Tf',
    '16 TL',
    'T*',
    ...lines.map((line) => `T* ${literal(line)} Tj`),
    'ET',
  ].join('\n');
  const objects = [
    `<< /Type /Catalog /Pages 2 0 R /Lang ${literal(language)} >>`,
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 420 595] ' +
      '/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    `<< /Length ${Buffer.byteLength(text, 'latin1')} >>\nstream\n${text}\nendstream`,
    `<< /Title ${unicodeString(title)} /Producer (inspir demo) >>`,
  ];
  // The header's second line marks the file as binary for tools that sniff it.
  let body = '%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n';
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(Buffer.byteLength(body, 'latin1'));
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xrefOffset = Buffer.byteLength(body, 'latin1');
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, '0')} 00000 n \n`;
  body +=
    `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info ${objects.length} 0 R >>\n` +
    `startxref\n${xrefOffset}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}
