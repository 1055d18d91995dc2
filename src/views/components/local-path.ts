import { createContext } from 'preact';
import { useContext } from 'preact/hooks';

/**
 * How this page's language addresses a site path (`SiteChrome.localPath`), provided by
 * `SiteLayout` to everything inside it, so a link deep in a listing goes to `/ne/…` on a
 * Nepali page without every component taking the chrome. Outside a layout: unchanged.
 */
export const LocalPath = createContext<(path: string) => string>((path) => path);

/** The page's `localPath`: `const localPath = useLocalPath()`, then `href={localPath(…)}`. */
export function useLocalPath(): (path: string) => string {
  return useContext(LocalPath);
}
