import autocannon from 'autocannon';
import { seededRandom, vocabulary } from './generate-posts.ts';

/** The target: with search under load, cached pages still answer within this (p99). */
export const HOME_P99_TARGET_MS = 50;

const SEARCH_CONNECTIONS = 50;
// The probe asks at a steady pace from its own thread, so it measures the server, not the
// bench's own busy event loop, and adds little load of its own.
const PROBE_CONNECTIONS = 4;
const PROBE_RATE = 200;

/**
 * How the 50 search connections ask: not at all (the home page alone, for comparison), one
 * query over and over, a new query every time from one address, or a new query every time
 * from 50 addresses (told to the server through X-Forwarded-For, which it believes because
 * the bench starts it with TRUST_PROXY=1).
 */
export type SearchLoadKind = 'none' | 'repeated' | 'varied' | 'varied, 50 clients';

export const SEARCH_LOAD_KINDS: SearchLoadKind[] = [
  'none',
  'repeated',
  'varied',
  'varied, 50 clients',
];

export interface SearchLoadResult {
  kind: SearchLoadKind;
  searchesPerSecond: number;
  /** How the searches were answered, by status code. */
  statuses: Record<string, number>;
  homeP50: number;
  homeP99: number;
  homeMax: number;
  homeErrors: number;
}

/** Two words of the generated posts' vocabulary, sometimes a filter, a page from 1 to 3. */
function variedSearchPath(random: () => number): string {
  const word = () => vocabulary[Math.floor(random() * vocabulary.length)] ?? 'workers';
  const params = new URLSearchParams({ q: `${word()} ${word()}` });
  if (random() < 0.3) params.set('country', random() < 0.5 ? 'nepal' : 'india');
  const page = 1 + Math.floor(random() * 3);
  if (page > 1) params.set('page', String(page));
  return `/search?${params.toString()}`;
}

function searchLoadOptions(kind: SearchLoadKind, base: string, durationSeconds: number) {
  const options: autocannon.Options = {
    url: base,
    connections: SEARCH_CONNECTIONS,
    duration: durationSeconds,
    headers: { 'accept-encoding': 'br, gzip' },
  };
  if (kind === 'repeated') {
    return { ...options, url: `${base}/search?q=workers+pension` };
  }
  const random = seededRandom(7);
  options.requests = [
    {
      setupRequest: (request) => ({ ...request, path: variedSearchPath(random) }),
    },
  ];
  if (kind === 'varied, 50 clients') {
    let client = 0;
    options.setupClient = (connection) => {
      client += 1;
      connection.setHeaders({
        'accept-encoding': 'br, gzip',
        'x-forwarded-for': `198.51.100.${client}`,
      });
    };
  }
  return options;
}

/**
 * Loads `/search` with 50 connections of `kind` and, at the same time, asks for the cached
 * home page at a steady pace from a worker thread: the home page's latency percentiles say
 * whether search starves the pages everyone reads.
 */
export async function measureHomeUnderSearchLoad(options: {
  base: string;
  kind: SearchLoadKind;
  durationSeconds: number;
}): Promise<SearchLoadResult> {
  const { base, kind, durationSeconds } = options;
  // Warm the home page so the probe measures the cached page, as readers get it.
  await fetch(`${base}/`);
  const searchLoad =
    kind === 'none' ? undefined : autocannon(searchLoadOptions(kind, base, durationSeconds));
  const probe = autocannon({
    url: `${base}/`,
    connections: PROBE_CONNECTIONS,
    overallRate: PROBE_RATE,
    workers: 1,
    duration: durationSeconds,
    headers: { 'accept-encoding': 'br, gzip' },
  });
  const [search, home] = await Promise.all([searchLoad, probe]);
  const statuses: Record<string, number> = {};
  for (const [status, stats] of Object.entries(search?.statusCodeStats ?? {})) {
    statuses[status] = stats.count ?? 0;
  }
  return {
    kind,
    searchesPerSecond: search?.requests.average ?? 0,
    statuses,
    homeP50: home.latency.p50,
    homeP99: home.latency.p99,
    homeMax: home.latency.max,
    homeErrors: home.errors + home.non2xx,
  };
}

/** Prints the scenario's table and whether the home page's p99 met the target each time. */
export function reportSearchLoad(results: SearchLoadResult[]): void {
  console.log(
    `\nHome page while /search is under load (${SEARCH_CONNECTIONS} search connections; ` +
      `the home page asked ${PROBE_RATE}/s over ${PROBE_CONNECTIONS} connections)\n`,
  );
  console.table(
    results.map((result) => ({
      search: result.kind,
      'searches/s': Math.round(result.searchesPerSecond),
      'search statuses': Object.entries(result.statuses)
        .map(([status, count]) => `${status}×${count}`)
        .join(' '),
      'home p50 ms': result.homeP50,
      'home p99 ms': result.homeP99,
      'home max ms': result.homeMax,
      'home errors': result.homeErrors,
    })),
  );
  for (const result of results) {
    if (result.kind === 'none') continue;
    const isMet = result.homeP99 < HOME_P99_TARGET_MS && result.homeErrors === 0;
    console.log(
      `Home p99 under ${result.kind} search: ${result.homeP99} ms ` +
        `(target < ${HOME_P99_TARGET_MS} ms): ${isMet ? 'met' : 'MISSED'}`,
    );
  }
}
