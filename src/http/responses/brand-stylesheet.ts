import { createHash } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import {
  type AccentPair,
  DEFAULT_ACCENT,
  DEFAULT_DARK_ACCENT,
} from '../../domain/settings/accent-colours.ts';
import { buildRepresentation, type Representation } from './representation.ts';

/**
 * The public stylesheet in the network's colours: still one file, cached for ever under a
 * fingerprint of its bytes, so no page carries a style of its own (the CSP allows none).
 *
 * The brand's accents replace the two `--accent` declarations at the top of site.css (light,
 * then dark), colour for colour, so a brand's stylesheet has exactly the bytes of the plain one
 * and differs from it only in those 14 characters. Without a brand the file is served as it is,
 * under the name it always had.
 */

/** `--accent: #rrggbb` in site.css: the light declaration, then the dark one. */
const ACCENT_DECLARATION = /(--accent:\s*)(#[0-9a-f]{6})/gi;

const CONTENT_TYPE = 'text/css; charset=utf-8';

/** How many brands' stylesheets an instance keeps: the current one and a few just replaced. */
const KEPT_VARIANTS = 4;

interface BuiltStylesheet {
  publicName: string;
  representation: Representation;
}

export class BrandStylesheet {
  readonly #source: string;
  readonly #baseName: string;
  readonly #namePattern: RegExp;
  readonly #byAccents = new LRUCache<string, BuiltStylesheet>({ max: KEPT_VARIANTS });
  readonly #byName = new LRUCache<string, BuiltStylesheet>({ max: KEPT_VARIANTS });

  /**
   * `source` is site.css as written. Its accents must be the domain's defaults: a stylesheet
   * whose colours the contrast rules do not know would be refused at start, not served.
   */
  constructor(source: Buffer, baseName: string) {
    this.#source = source.toString('utf8');
    this.#baseName = baseName;
    this.#namePattern = new RegExp(`^${baseName}\\.[0-9a-f]{10}\\.css$`);
    const found = [...this.#source.matchAll(ACCENT_DECLARATION)].map((match) =>
      match[2]?.toLowerCase(),
    );
    if (found.length !== 2 || found[0] !== DEFAULT_ACCENT || found[1] !== DEFAULT_DARK_ACCENT) {
      throw new Error(
        `${baseName}.css must declare --accent: ${DEFAULT_ACCENT} and then (dark) ` +
          `--accent: ${DEFAULT_DARK_ACCENT}, as src/domain/settings/accent-colours.ts says; ` +
          `it declares ${found.join(', ') || 'none'}.`,
      );
    }
  }

  /** Whether a file name is one of this stylesheet's fingerprinted names (any brand's). */
  isNameOfThis(fileName: string): boolean {
    return this.#namePattern.test(fileName);
  }

  /** The stylesheet in these accents, built once and kept. */
  build(accents: AccentPair): BuiltStylesheet {
    const key = `${accents.light}${accents.dark}`;
    const known = this.#byAccents.get(key);
    if (known) return known;
    const colours = [accents.light, accents.dark];
    let index = 0;
    const body = this.#source.replace(ACCENT_DECLARATION, (_match, property: string) => {
      const colour = colours[index] ?? DEFAULT_ACCENT;
      index += 1;
      return `${property}${colour}`;
    });
    const bytes = Buffer.from(body);
    const hash = createHash('sha256').update(bytes).digest('hex').slice(0, 10);
    const built = {
      publicName: `${this.#baseName}.${hash}.css`,
      representation: buildRepresentation(bytes, CONTENT_TYPE),
    };
    this.#byAccents.set(key, built);
    this.#byName.set(built.publicName, built);
    return built;
  }

  /** The public path of the stylesheet in these accents. */
  pathFor(accents: AccentPair): string {
    return `/assets/${this.build(accents).publicName}`;
  }

  /**
   * A stylesheet this instance built, by its name: its bytes are what the name says, whichever
   * brand is current, so it is served as named.
   */
  findBuilt(fileName: string): Representation | undefined {
    return this.#byName.get(fileName)?.representation;
  }
}
