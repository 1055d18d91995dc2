import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../lib/project-root.ts';
import { BrandStylesheet } from './brand-stylesheet.ts';
import { buildRepresentation, type Representation } from './representation.ts';

const root = PROJECT_ROOT;
/** Hand-written assets (stylesheets, icons). */
const sourceAssetsDir = path.join(root, 'src', 'views', 'assets');
/** Built assets (the admin editor island, see scripts/build.js); absent until the build ran. */
const builtAssetsDir = path.join(root, 'dist', 'assets');

const contentTypes: Record<string, string> = {
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.js': 'text/javascript; charset=utf-8',
};

export interface AssetManifest {
  /** Fingerprinted public path of each source file name, e.g. `site.css` → `/assets/site.1a2b3c4d.css`. */
  pathOf(name: string): string;
  /** Like `pathOf`, but undefined for an asset that is not there (a build not yet run). */
  optionalPathOf(name: string): string | undefined;
  /** The asset served at a fingerprinted file name, if any. */
  find(fileName: string): Representation | undefined;
  /** site.css, in each brand's colours: not among the assets above (see brand-stylesheet.ts). */
  siteStylesheet: BrandStylesheet;
}

/** The public stylesheet, which the network's brand colours (brand-stylesheet.ts). */
const SITE_STYLESHEET = 'site.css';

function assetFilesIn(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(dir, entry.name));
}

/**
 * Reads the assets once and names each by a hash of its bytes, so they can be cached for
 * ever. Only files listed here are served: a path can never climb out of the folder.
 */
export function loadAssets(): AssetManifest {
  // Compressed on first request: Brotli at its best level takes about a second for the
  // admin editor's 430 kB at start-up, and no public page ever asks for it.
  const byPublicName = new Map<string, () => Representation>();
  const publicNameOf = new Map<string, string>();
  let siteStylesheet: BrandStylesheet | undefined;
  for (const file of [...assetFilesIn(sourceAssetsDir), ...assetFilesIn(builtAssetsDir)]) {
    const name = path.basename(file);
    if (name === SITE_STYLESHEET) {
      siteStylesheet = new BrandStylesheet(fs.readFileSync(file), 'site');
      continue;
    }
    const extension = path.extname(name);
    const contentType = contentTypes[extension];
    if (!contentType) continue;
    const body = fs.readFileSync(file);
    const hash = createHash('sha256').update(body).digest('hex').slice(0, 10);
    const publicName = `${path.basename(name, extension)}.${hash}${extension}`;
    let representation: Representation | undefined;
    byPublicName.set(publicName, () => {
      representation ??= buildRepresentation(body, contentType);
      return representation;
    });
    publicNameOf.set(name, publicName);
  }
  if (!siteStylesheet) throw new Error(`Cannot find ${SITE_STYLESHEET} in ${sourceAssetsDir}.`);
  return {
    siteStylesheet,
    pathOf(name) {
      const publicName = publicNameOf.get(name);
      if (!publicName) throw new Error(`Unknown asset ${name}`);
      return `/assets/${publicName}`;
    },
    optionalPathOf(name) {
      const publicName = publicNameOf.get(name);
      return publicName ? `/assets/${publicName}` : undefined;
    },
    find: (fileName) => byPublicName.get(fileName)?.(),
  };
}
