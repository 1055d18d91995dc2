import fs from 'node:fs';
import path from 'node:path';
import type { SaxesTagNS } from 'saxes';
import { ImportFileError } from './import-bundle.ts';

/**
 * A small element tree of an export file. Exports hold one record per post (WordPress's
 * `<item>`, an Atom `<entry>`), and a 10,000-post file is tens of megabytes: the file is read
 * as a stream, each record is built alone, handed over and forgotten, and only what sits
 * outside the records (the channel's authors and categories, the feed's title) stays as a tree.
 */
export interface XmlElement {
  /** The namespace URI, `''` for none. */
  uri: string;
  /** The name without its prefix. */
  local: string;
  /**
   * Attributes by name: un-namespaced ones by their plain name, namespaced ones as
   * `{uri}local`.
   */
  attributes: Record<string, string>;
  children: XmlElement[];
  /** The element's own text and CDATA, in order (not its children's). */
  text: string;
  /** Where it opens in the file (1-based). */
  line: number;
}

/** The children of `element` with this namespace and name. */
export function childrenNamed(element: XmlElement, uri: string, local: string): XmlElement[] {
  return element.children.filter((child) => child.local === local && child.uri === uri);
}

/** The first child of `element` with this namespace and name. */
export function childNamed(
  element: XmlElement,
  uri: string,
  local: string,
): XmlElement | undefined {
  return element.children.find((child) => child.local === local && child.uri === uri);
}

/**
 * How deep elements may nest. Real exports nest fewer than 20 levels (a WXR comment's fields
 * sit at depth 4; HTML inside CDATA is text, not elements). The parser resolves each element's
 * namespace by walking every open element, so nesting without a bound costs quadratic time:
 * 200,000 nested elements in a 1.4 MB file took over 300 s. With the bound it stays linear.
 */
export const MAX_XML_DEPTH = 256;

export interface XmlRecordOptions {
  /** Whether an element opening at this depth (the root is 0) is a record. */
  isRecord(element: { uri: string; local: string }, depth: number): boolean;
  /** Called with each record once it has closed. */
  onRecord(record: XmlElement): void;
  /** How deep elements may nest (the root is depth 0); {@link MAX_XML_DEPTH} by default. */
  maxDepth?: number;
}

/**
 * A copy of `text` that holds on to nothing else. saxes hands out slices of the chunk of the
 * file being read; keeping any slice, say an item's title, would keep the whole chunk,
 * and so, over a file, most of the file.
 */
function ownCopy(text: string): string {
  // Joining makes a new string of both; slicing that flattens it into a copy of its own.
  return text.length === 0 ? '' : ` ${text}`.slice(1);
}

function attributesOf(tag: SaxesTagNS): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const attribute of Object.values(tag.attributes)) {
    // Namespace declarations are how the file names its vocabularies, not data.
    if (attribute.prefix === 'xmlns' || attribute.name === 'xmlns') continue;
    const key = attribute.uri ? `{${attribute.uri}}${attribute.local}` : attribute.local;
    attributes[key] = ownCopy(attribute.value);
  }
  return attributes;
}

/**
 * Reads an XML file as a stream. Records go to `onRecord`; the rest is returned as the root's
 * tree. A malformed or truncated file fails with the line and column at fault, and the record
 * it was in.
 */
export async function readXmlRecords(file: string, options: XmlRecordOptions): Promise<XmlElement> {
  const records = streamXmlRecords(file, options);
  for (;;) {
    const next = await records.next();
    if (next.done) return next.value;
    options.onRecord(next.value);
  }
}

/**
 * Reads an XML file as a stream and yields each record once it has closed, a chunk of the
 * file at a time: the reader waits while the caller works on what it was given, so neither
 * the file's text nor its records pile up in memory. Returns the root's tree without the
 * records. A malformed or truncated file fails with the line and column at fault, and the
 * record it was in.
 */
export async function* streamXmlRecords(
  file: string,
  options: Omit<XmlRecordOptions, 'onRecord'>,
): AsyncGenerator<XmlElement, XmlElement, void> {
  // Loaded here, by an import, not by every process (the server).
  const { SaxesParser } = await import('saxes');
  const parser = new SaxesParser({ xmlns: true, position: true });
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  /** The depth in `stack` at which the record being read opened, or -1 outside records. */
  let recordDepth = -1;
  const maxDepth = options.maxDepth ?? MAX_XML_DEPTH;
  const name = path.basename(file);
  /** Records closed by the chunk being parsed, handed over once it is done. */
  let closed: XmlElement[] = [];

  // Checked as a tag's name ends, before the parser resolves its namespace (the costly part).
  parser.on('opentagstart', () => {
    if (stack.length < maxDepth) return;
    throw new ImportFileError(
      `${name} line ${parser.line}: elements nest more than ${maxDepth} levels deep; ` +
        'an export nests fewer than 20, so the file is damaged or not an export.',
    );
  });
  parser.on('opentag', (tag) => {
    const element: XmlElement = {
      uri: tag.uri,
      local: tag.local,
      attributes: attributesOf(tag),
      children: [],
      text: '',
      line: parser.line,
    };
    const depth = stack.length;
    if (recordDepth < 0 && options.isRecord(element, depth)) recordDepth = depth;
    else stack.at(-1)?.children.push(element);
    if (!root) root = element;
    stack.push(element);
  });
  const addText = (text: string): void => {
    const current = stack.at(-1);
    if (current) current.text += text;
  };
  parser.on('text', addText);
  parser.on('cdata', addText);
  parser.on('closetag', () => {
    const element = stack.pop();
    if (element) element.text = ownCopy(element.text);
    if (element && stack.length === recordDepth) {
      recordDepth = -1;
      closed.push(element);
    }
  });

  const failure = (error: unknown): ImportFileError => {
    if (error instanceof ImportFileError) return error;
    const message = error instanceof Error ? error.message : String(error);
    // saxes puts "line:column: " before its message.
    const where = /^(?:[^:]*:)?(\d+):(\d+): (.*)$/s.exec(message);
    const record = recordDepth >= 0 ? stack[recordDepth] : undefined;
    const inRecord = record ? `, in the <${record.local}> that opens on line ${record.line}` : '';
    return new ImportFileError(
      where
        ? `${name} is not well-formed XML: line ${where[1]}, column ${where[2]}: ${where[3]?.replace(/\.$/, '')}${inRecord}.`
        : `${name} could not be read: ${message}${inRecord}.`,
    );
  };

  // Small chunks: the records a chunk completes, and the chunk, die young, so the garbage of a
  // long file stays out of the old generation and the process's peak memory.
  const stream = fs.createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 16 });
  try {
    for await (const chunk of stream) {
      parser.write(chunk as string);
      const ready = closed;
      closed = [];
      yield* ready;
    }
    parser.close();
  } catch (error) {
    // The caller's own errors never come in here: a generator is not resumed with them.
    throw failure(error);
  } finally {
    stream.destroy();
  }
  yield* closed;
  if (!root) throw new ImportFileError(`${name} holds no XML element.`);
  return root;
}
