const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/**
 * The chunks a PNG needs to be shown as made: pixels, palette and transparency, colour
 * (including the ICC profile), pixel density, and an animated PNG's frames. Everything else is
 * dropped, known or not: text (`tEXt`, `zTXt`, `iTXt`, where authors, software and XMP go),
 * `eXIf`, `tIME`, C2PA manifests, private chunks. An allowlist, so a new kind of metadata
 * chunk is dropped too.
 */
const KEPT_CHUNKS = new Set([
  'IHDR',
  'PLTE',
  'IDAT',
  'IEND',
  'tRNS',
  'cHRM',
  'gAMA',
  'iCCP',
  'sBIT',
  'sRGB',
  'cICP',
  'mDCV',
  'cLLI',
  'bKGD',
  'pHYs',
  'acTL',
  'fcTL',
  'fdAT',
]);

/**
 * A PNG without its metadata chunks (see `KEPT_CHUNKS`) and without anything after `IEND`,
 * the kept chunks copied byte for byte: the same pixels, the same animation, never larger.
 * Returns `undefined` when the file is not a well-formed chain of chunks.
 */
export function withoutPngMetadata(bytes: Buffer): Buffer | undefined {
  if (!bytes.subarray(0, 8).equals(PNG_SIGNATURE)) return undefined;
  const kept: Buffer[] = [PNG_SIGNATURE];
  let offset = 8;
  // Each chunk: 4-byte length, 4-byte type, the data, a 4-byte CRC.
  while (offset + 12 <= bytes.length) {
    const length = bytes.readUInt32BE(offset);
    const type = bytes.toString('latin1', offset + 4, offset + 8);
    const end = offset + 12 + length;
    if (end > bytes.length) return undefined;
    if (KEPT_CHUNKS.has(type)) kept.push(bytes.subarray(offset, end));
    if (type === 'IEND') return Buffer.concat(kept);
    offset = end;
  }
  return undefined;
}
