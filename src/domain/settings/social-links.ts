import { type Problem, problem } from '../../lib/problems.ts';

/**
 * Where the network can be followed, shown in the footer as plain links: no third-party script,
 * widget or icon font, so following costs a reader nothing until they choose to go.
 */

/** The networks, in the order the footer lists them. */
export const SOCIAL_NETWORKS = [
  'facebook',
  'x',
  'youtube',
  'linkedin',
  'instagram',
  'whatsapp',
  'telegram',
  'website',
] as const;

export type SocialNetwork = (typeof SOCIAL_NETWORKS)[number];

/** The address of each network the network uses; the others are left out. */
export type SocialLinks = Partial<Record<SocialNetwork, string>>;

/**
 * The hosts each address must be on (or a subdomain: `www.`, `m.`), so a link pasted into the
 * wrong field is caught. The website may be anywhere.
 */
const NETWORK_HOSTS: Record<SocialNetwork, readonly string[] | null> = {
  facebook: ['facebook.com', 'fb.com', 'fb.me'],
  x: ['x.com', 'twitter.com'],
  youtube: ['youtube.com', 'youtu.be'],
  linkedin: ['linkedin.com'],
  instagram: ['instagram.com'],
  whatsapp: ['whatsapp.com', 'wa.me'],
  telegram: ['t.me', 'telegram.me'],
  website: null,
};

const MAX_ADDRESS_LENGTH = 500;

function isOnHost(hostname: string, hosts: readonly string[]): boolean {
  return hosts.some((host) => hostname === host || hostname.endsWith(`.${host}`));
}

/**
 * Why an address cannot be a network's link, or undefined when it can: it must be a whole
 * `https://` address (readers' browsers go there straight from the footer), on that network's
 * site, without a user name or password in it.
 */
export function socialLinkProblem(network: SocialNetwork, address: string): Problem | undefined {
  if (address.length > MAX_ADDRESS_LENGTH) {
    return problem('problem.maxCharacters', { max: MAX_ADDRESS_LENGTH });
  }
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return problem('problem.socialLinkHttps');
  }
  if (url.protocol !== 'https:' || !url.hostname.includes('.')) {
    return problem('problem.socialLinkHttps');
  }
  if (url.username || url.password) return problem('problem.socialLinkHttps');
  const hosts = NETWORK_HOSTS[network];
  if (hosts && !isOnHost(url.hostname, hosts)) {
    return problem('problem.socialLinkHost', { hosts: hosts.join(', ') });
  }
  return undefined;
}

/**
 * The links as sent (empty ones dropped, addresses trimmed and written as the URL parser writes
 * them), with a problem for each one that cannot be kept.
 */
export function readSocialLinks(sent: Partial<Record<SocialNetwork, string | undefined>>): {
  links: SocialLinks;
  problems: Record<string, Problem>;
} {
  const links: SocialLinks = {};
  const problems: Record<string, Problem> = {};
  for (const network of SOCIAL_NETWORKS) {
    const address = sent[network]?.trim() ?? '';
    if (!address) continue;
    const refusal = socialLinkProblem(network, address);
    if (refusal) problems[`socialLinks.${network}`] = refusal;
    else links[network] = new URL(address).href;
  }
  return { links, problems };
}
