/// <reference lib="dom" />
import { onEnter } from './dom-elements.ts';
import { say } from './editor-words.ts';
import { type LibraryImage, searchImages } from './media-library-client.ts';

export interface ImageSearch {
  /** Searches for what the box holds now (opening a picker, the Search button). */
  run(): void;
}

/** "3 images found: choose one." or how to get one when there are none. */
export function foundMessage(count: number): string {
  return count === 0 ? say('editor.images.none') : say('editor.images.found', { count });
}

/**
 * Searches the media library as the author types into `input` (after a pause) or presses
 * Enter, saying in `status` what is happening; `show` gets the images found.
 */
export function startImageSearch(options: {
  endpoint: string;
  input: HTMLInputElement;
  status: HTMLElement;
  show(images: LibraryImage[]): void;
}): ImageSearch {
  const { endpoint, input, status, show } = options;
  // Searches overlap while typing: only the latest one's answer is shown.
  let latestSearch = 0;
  const run = async () => {
    latestSearch += 1;
    const asked = latestSearch;
    status.textContent = say('editor.images.searching');
    try {
      const found = await searchImages(endpoint, input.value.trim());
      if (asked === latestSearch) show(found);
    } catch {
      if (asked === latestSearch) {
        status.textContent = say('editor.images.unreachable');
      }
    }
  };
  onEnter(input, () => void run());
  let typing: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(typing);
    typing = setTimeout(() => void run(), 300);
  });
  return { run: () => void run() };
}
