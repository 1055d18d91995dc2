import type { ShareImage } from '../../domain/content/share-image.ts';
import { useMediaUrl } from './media-public-url.ts';

/** Link previews fetch from elsewhere: our own files need the site's address in front. */
function absoluteUrl(siteUrl: string, url: string): string {
  return url.startsWith('/') ? `${siteUrl}${url}` : url;
}

/**
 * The picture of a shared link, for Open Graph (Facebook, WhatsApp, LinkedIn, Telegram) and X:
 * a large picture when the page has one, a plain summary when it has none.
 */
export function ShareImageMeta({ siteUrl, image }: { siteUrl: string; image?: ShareImage }) {
  const mediaUrl = useMediaUrl();
  if (!image) return <meta name="twitter:card" content="summary" />;
  return (
    <>
      <meta property="og:image" content={absoluteUrl(siteUrl, mediaUrl(image.url))} />
      {image.width !== null && image.height !== null && (
        <>
          <meta property="og:image:width" content={String(image.width)} />
          <meta property="og:image:height" content={String(image.height)} />
        </>
      )}
      {image.alt && <meta property="og:image:alt" content={image.alt} />}
      <meta name="twitter:card" content="summary_large_image" />
    </>
  );
}
