import { type SiteLogo as Logo, logoUrl } from '../../domain/settings/settings-service.ts';

/**
 * The network's logo in the header, at its drawn size (no layout shift while it loads) and
 * twice that for sharp screens. Standing for the name, it carries the name as its text; beside
 * the written name it is decoration, so the name is not read or shown twice (and the link's
 * label names the site either way).
 */
export function SiteLogo({ logo, name }: { logo: Logo; name: string }) {
  const [single, ...sharper] = logo.renditions;
  if (!single) return null;
  const srcset = [single, ...sharper]
    .map((rendition) => `${logoUrl(rendition.name)} ${rendition.density}x`)
    .join(', ');
  return (
    <img
      class="site-logo"
      src={logoUrl(single.name)}
      srcset={sharper.length > 0 ? srcset : undefined}
      width={single.width}
      height={single.height}
      alt={logo.showsName ? name : ''}
    />
  );
}
