import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { publicMediaUrl } from '../../domain/media/public-media-url.ts';

/**
 * The media store's public base (`SiteChrome.mediaPublicUrl`), provided by `SiteLayout` to
 * everything inside it, so a picture deep in a listing links the store without every component
 * taking the chrome. Outside a layout (the admin's own pages): null, uploads stay at `/media/…`,
 * which the app serves or redirects anyway.
 */
export const MediaPublicUrl = createContext<string | null>(null);

/** How this page addresses an upload: `const mediaUrl = useMediaUrl()`, then `src={mediaUrl(…)}`. */
export function useMediaUrl(): (url: string) => string {
  const mediaPublicUrl = useContext(MediaPublicUrl);
  return (url) => publicMediaUrl(url, mediaPublicUrl);
}
