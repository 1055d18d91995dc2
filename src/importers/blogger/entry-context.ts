import { ImportFileError } from '../import-bundle.ts';
import type { XmlElement } from '../xml-records.ts';
import { MalformedDateError, atomDate, textOf, titleOf } from './blogger-vocabulary.ts';

/** What reading one entry needs to know about where it is, for dates and error messages. */
export interface EntryContext {
  /** 1-based position among the file's entries. */
  index: number;
  /** The time of parsing: a live post dated after it is scheduled. */
  now: Date;
  /** An error naming the file, the line and the entry. */
  fail(problem: string, line?: number): ImportFileError;
  /** The element's date as a UTC instant, null when absent; malformed ones fail. */
  date(element: XmlElement, uri: string, local: string): string | null;
}

export function entryContext(options: {
  fileName: string;
  entry: XmlElement;
  index: number;
  now: Date;
}): EntryContext {
  const { fileName, entry, index, now } = options;
  const title = titleOf(entry);
  const fail = (problem: string, line = entry.line): ImportFileError =>
    new ImportFileError(
      `${fileName} line ${line}: entry ${index}${title ? ` ("${title}")` : ''} ${problem}`,
    );
  return {
    index,
    now,
    fail,
    date(element, uri, local) {
      try {
        return atomDate(textOf(element, uri, local));
      } catch (error) {
        if (error instanceof MalformedDateError) {
          throw fail(`has a malformed <${local}>: ${error.message}.`);
        }
        throw error;
      }
    },
  };
}
