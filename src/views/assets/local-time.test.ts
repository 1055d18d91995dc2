import assert from 'node:assert/strict';
import fs from 'node:fs';
import { describe, it } from 'node:test';
import vm from 'node:vm';

const script = fs.readFileSync(new URL('./local-time.js', import.meta.url), 'utf8');

interface Line {
  className: string;
  textContent: string;
}

/**
 * Runs the script over one event's "when" element, as a browser in `readerZone` would: the
 * smallest stand-in for the DOM it touches, and an Intl whose default zone is the reader's.
 */
function runFor(readerZone: string, organiserZone = 'America/New_York'): Line[] {
  const appended: Line[] = [];
  const time = (datetime: string) => ({ getAttribute: () => datetime });
  const when = {
    dataset: { zone: organiserZone, yourTime: 'Your time: {time}' },
    querySelectorAll: () => [time('2021-05-12T12:30:00.000Z'), time('2021-05-12T13:45:00.000Z')],
    appendChild: (line: Line) => appended.push(line),
  };
  const document = {
    documentElement: { lang: 'en' },
    querySelectorAll: () => [when],
    createElement: () => ({ className: '', textContent: '' }),
  };
  // Callable with or without `new`, like the real one.
  function ReaderDateTimeFormat(locale?: string, options?: Intl.DateTimeFormatOptions) {
    return new Intl.DateTimeFormat(locale, {
      ...options,
      timeZone: options?.timeZone ?? readerZone,
    });
  }
  vm.runInNewContext(script, { document, Intl: { DateTimeFormat: ReaderDateTimeFormat } });
  return appended;
}

describe('the local-time enhancement', () => {
  it('adds the time in the reader’s own zone, named in the page’s language', () => {
    const [line, ...others] = runFor('Asia/Kathmandu');
    assert.equal(others.length, 0);
    assert.equal(line?.className, 'event-local');
    assert.match(
      line?.textContent ?? '',
      /^Your time: Wed, May 12, 18:15\s*–\s*19:30 \(Nepal Time\)$/,
    );
  });

  it('adds nothing for a reader in the organiser’s own zone', () => {
    assert.deepEqual(runFor('America/New_York'), []);
    // The same zone under another name (the browser may canonicalise either way).
    assert.deepEqual(runFor('Asia/Kolkata', 'Asia/Calcutta'), []);
  });
});
