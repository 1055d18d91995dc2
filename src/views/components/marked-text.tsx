import type { TextSegment } from '../../domain/search/search-snippet.ts';

/** Text with the words a reader searched for in `<mark>`; every piece is escaped as text. */
export function MarkedText({ segments }: { segments: TextSegment[] }) {
  return (
    <>{segments.map((segment) => (segment.isMatch ? <mark>{segment.text}</mark> : segment.text))}</>
  );
}
