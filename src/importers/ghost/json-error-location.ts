/**
 * Where a JSON text stops being valid, as a line and column. `JSON.parse` says where only
 * for some errors, and in a wording that differs between Node versions ("Unexpected token
 * '}', ..." has no position at all), so after it fails this scanner walks the text again to
 * find the first character that breaks the grammar.
 */

export interface TextLocation {
  /** 1-based. */
  line: number;
  /** 1-based, in UTF-16 code units like the rest of JavaScript. */
  column: number;
}

/** The line and column of the first syntax error in `text`; null if it is valid JSON. */
export function locateJsonError(text: string): TextLocation | null {
  const offset = firstErrorOffset(text);
  return offset === null ? null : locationOf(text, offset);
}

/** The reason in `JSON.parse`'s message, without the position and the echoed text. */
export function jsonErrorReason(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message
    .replace(/ in JSON at position \d+.*$/s, '')
    .replace(/, ".*" is not valid JSON$/s, '')
    .trim();
}

function locationOf(text: string, offset: number): TextLocation {
  let line = 1;
  let lineStart = 0;
  for (let index = text.indexOf('\n'); index !== -1 && index < offset;) {
    line += 1;
    lineStart = index + 1;
    index = text.indexOf('\n', lineStart);
  }
  return { line, column: offset - lineStart + 1 };
}

class SyntaxStop {
  constructor(readonly offset: number) {}
}

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);

function firstErrorOffset(text: string): number | null {
  let position = 0;

  const stop = (): never => {
    throw new SyntaxStop(position);
  };
  const skipWhitespace = (): void => {
    while (position < text.length && WHITESPACE.has(text.charAt(position))) position += 1;
  };
  const expect = (char: string): void => {
    if (text.charAt(position) !== char) stop();
    position += 1;
  };

  const string = (): void => {
    expect('"');
    for (;;) {
      if (position >= text.length) stop();
      const char = text.charAt(position);
      if (char === '"') {
        position += 1;
        return;
      }
      if (char < ' ') stop();
      if (char === '\\') {
        position += 1;
        const escaped = text.charAt(position);
        if (escaped === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(position + 1, position + 5))) stop();
          position += 5;
        } else if ('"\\/bfnrt'.includes(escaped) && escaped !== '') {
          position += 1;
        } else {
          stop();
        }
      } else {
        position += 1;
      }
    }
  };

  const number = (): void => {
    const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(
      text.slice(position, position + 64),
    );
    if (!match) stop();
    position += match?.[0].length ?? 0;
  };

  const literal = (word: string): void => {
    for (const char of word) expect(char);
  };

  const value = (): void => {
    skipWhitespace();
    const char = text.charAt(position);
    if (char === '{') object();
    else if (char === '[') array();
    else if (char === '"') string();
    else if (char === 't') literal('true');
    else if (char === 'f') literal('false');
    else if (char === 'n') literal('null');
    else number();
    skipWhitespace();
  };

  const object = (): void => {
    expect('{');
    skipWhitespace();
    if (text.charAt(position) === '}') {
      position += 1;
      return;
    }
    for (;;) {
      skipWhitespace();
      string();
      skipWhitespace();
      expect(':');
      value();
      if (text.charAt(position) === '}') {
        position += 1;
        return;
      }
      expect(',');
    }
  };

  const array = (): void => {
    expect('[');
    skipWhitespace();
    if (text.charAt(position) === ']') {
      position += 1;
      return;
    }
    for (;;) {
      value();
      if (text.charAt(position) === ']') {
        position += 1;
        return;
      }
      expect(',');
    }
  };

  try {
    value();
    if (position < text.length) stop();
    return null;
  } catch (error) {
    if (error instanceof SyntaxStop) return error.offset;
    throw error;
  }
}
