import fs from 'node:fs/promises';
import path from 'node:path';
import { ImportFileError } from './import-bundle.ts';

/**
 * A local folder holding an old site's files (`--media-dir`): WordPress's `wp-content/uploads`,
 * Ghost's `content/images`, or images saved from a Blogger blog. Files are found by the end
 * of their old URL's path, so the folder may be taken from any level: for
 * `https://example.org/wp-content/uploads/2021/02/rally.jpg`, a folder holding
 * `uploads/2021/02/rally.jpg`, `2021/02/rally.jpg` or just `rally.jpg` all match. Names are
 * compared ignoring case, as folders copied through Windows or macOS often change it.
 */
export class MediaFolder {
  readonly #filesByKey = new Map<string, string[]>();

  private constructor(readonly root: string) {}

  /** Lists the folder once; a path that is not a readable folder is the caller's mistake. */
  static async open(root: string): Promise<MediaFolder> {
    const folder = new MediaFolder(path.resolve(root));
    let entries;
    try {
      entries = await fs.readdir(folder.root, { recursive: true, withFileTypes: true });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new ImportFileError(
        code === 'ENOTDIR'
          ? `--media-dir ${root} is a file, not a folder.`
          : `--media-dir ${root} cannot be read (${code ?? 'unknown error'}).`,
      );
    }
    for (const entry of entries) {
      // Only plain files: a link could lead out of the folder.
      if (!entry.isFile() || entry.name.startsWith('.')) continue;
      const file = path.join(entry.parentPath, entry.name);
      const segments = path.relative(folder.root, file).split(path.sep);
      // Every ending of the path is a key, down to the bare name.
      for (let start = 0; start < segments.length; start++) {
        const key = segments.slice(start).join('/').toLowerCase();
        const files = folder.#filesByKey.get(key);
        if (files) files.push(file);
        else folder.#filesByKey.set(key, [file]);
      }
    }
    return folder;
  }

  /**
   * The file an old URL points at: the longest ending of its path that names exactly one file.
   * WordPress's resized copies (`rally-300x200.jpg`) fall back to their original
   * (`rally.jpg`) when the folder does not hold them.
   */
  find(url: string): string | undefined {
    const segments = pathSegmentsOf(url);
    if (!segments) return undefined;
    const name = segments.at(-1) ?? '';
    const original = name.replace(/-\d{1,5}x\d{1,5}(\.[a-z0-9]+)$/i, '$1');
    const names = original === name ? [name] : [name, original];
    for (const candidate of names) {
      const wanted = [...segments.slice(0, -1), candidate];
      for (let start = 0; start < wanted.length; start++) {
        const files = this.#filesByKey.get(wanted.slice(start).join('/').toLowerCase());
        if (files?.length === 1) return files[0];
        // Several files end this way: a longer ending decided it already, or nothing can.
        if (files) break;
      }
    }
    return undefined;
  }
}

/** The decoded segments of a URL's path (absolute or site-relative), or undefined. */
function pathSegmentsOf(url: string): string[] | undefined {
  let pathname: string;
  try {
    // A site-relative path (`/content/images/a.jpg`, Ghost without its URL) parses too.
    pathname = new URL(url, 'http://relative.invalid').pathname;
  } catch {
    return undefined;
  }
  const segments: string[] = [];
  for (const segment of pathname.split('/')) {
    if (!segment) continue;
    try {
      segments.push(decodeURIComponent(segment));
    } catch {
      return undefined;
    }
  }
  // A decoded segment may not step out or hide a separator.
  if (segments.some((segment) => segment === '..' || /[\\/]/.test(segment))) return undefined;
  return segments.length > 0 ? segments : undefined;
}
