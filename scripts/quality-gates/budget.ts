import http from 'node:http';
import zlib from 'node:zlib';
import type { PageType } from './page-types.ts';

/** HTML + CSS of one page, Brotli-compressed, images excluded (issue 3). */
export const PAGE_BUDGET_BYTES = 30 * 1024;

type Encoding = 'br' | 'gzip';

interface RawResponse {
  status: number;
  encoding: string | undefined;
  body: Buffer;
}

/** GET without decoding, so the body is the bytes that crossed the wire. */
function getRaw(url: string, acceptEncoding: string): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const request = http.get(url, { headers: { 'accept-encoding': acceptEncoding } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          encoding: res.headers['content-encoding'],
          body: Buffer.concat(chunks),
        }),
      );
      res.on('error', reject);
    });
    request.on('error', reject);
  });
}

function compress(body: Buffer, encoding: Encoding): Buffer {
  return encoding === 'br' ? zlib.brotliCompressSync(body) : zlib.gzipSync(body, { level: 9 });
}

/**
 * Compressed size of a resource as the server sends it in `encoding`. A response the server
 * sends uncompressed (error pages are not cached) is compressed here at default settings,
 * which is what a compressing proxy in front of it would send.
 */
export async function compressedSize(url: string, encoding: Encoding) {
  const response = await getRaw(url, encoding);
  const isServerCompressed = response.encoding === encoding;
  const bytes = isServerCompressed
    ? response.body.length
    : compress(response.body, encoding).length;
  return { status: response.status, bytes, isServerCompressed };
}

async function identityBody(url: string): Promise<string> {
  return (await getRaw(url, 'identity')).body.toString('utf8');
}

/** `href` of every `<link rel="stylesheet">` of a document. */
export function stylesheetHrefs(html: string): string[] {
  return [...html.matchAll(/<link\b[^>]*>/g)]
    .map((match) => match[0])
    .filter((tag) => /\srel="stylesheet"/.test(tag))
    .map((tag) => /\shref="([^"]+)"/.exec(tag)?.[1] ?? '')
    .filter((href) => href !== '');
}

export interface BudgetRow {
  pageType: PageType;
  htmlBrotli: number;
  cssBrotli: number;
  htmlGzip: number;
  cssGzip: number;
  /** True when the server itself sent every measured resource compressed. */
  isServerCompressed: boolean;
  problems: string[];
}

export async function measurePage(baseUrl: string, pageType: PageType): Promise<BudgetRow> {
  const pageUrl = `${baseUrl}${pageType.path}`;
  const problems: string[] = [];
  const html = await identityBody(pageUrl);
  const urls = stylesheetHrefs(html).map((href) => new URL(href, pageUrl).href);
  if (urls.length === 0) problems.push(`${pageType.name}: no stylesheet linked`);
  const sizes = async (url: string) => ({
    br: await compressedSize(url, 'br'),
    gzip: await compressedSize(url, 'gzip'),
  });
  const page = await sizes(pageUrl);
  if (page.br.status !== pageType.status) {
    problems.push(
      `${pageType.name}: ${pageType.path} answered ${page.br.status}, expected ${pageType.status}`,
    );
  }
  const sheets = await Promise.all(urls.map(sizes));
  for (const [index, sheet] of sheets.entries()) {
    if (sheet.br.status === 200) continue;
    problems.push(`${pageType.name}: stylesheet ${urls[index]} answered ${sheet.br.status}`);
  }
  const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
  const row: BudgetRow = {
    pageType,
    htmlBrotli: page.br.bytes,
    htmlGzip: page.gzip.bytes,
    cssBrotli: sum(sheets.map((sheet) => sheet.br.bytes)),
    cssGzip: sum(sheets.map((sheet) => sheet.gzip.bytes)),
    isServerCompressed: [page, ...sheets].every(
      (entry) => entry.br.isServerCompressed && entry.gzip.isServerCompressed,
    ),
    problems,
  };
  const total = row.htmlBrotli + row.cssBrotli;
  if (total > PAGE_BUDGET_BYTES) {
    problems.push(
      `${pageType.name}: ${total} B of HTML + CSS (Brotli) is over the ${PAGE_BUDGET_BYTES} B budget`,
    );
  }
  return row;
}

/** Measures every page type, prints the table and returns the misses. */
export async function checkBudget(baseUrl: string, pageTypes: PageType[]): Promise<string[]> {
  const rows: BudgetRow[] = [];
  for (const pageType of pageTypes) rows.push(await measurePage(baseUrl, pageType));
  console.log(`\nPage weight: HTML + CSS, compressed bytes (budget ${PAGE_BUDGET_BYTES} B Brotli)`);
  console.table(
    rows.map((row) => ({
      page: row.pageType.name,
      path: row.pageType.path,
      'HTML br': row.htmlBrotli,
      'CSS br': row.cssBrotli,
      'total br': row.htmlBrotli + row.cssBrotli,
      'total gzip': row.htmlGzip + row.cssGzip,
      'budget used': `${Math.round(((row.htmlBrotli + row.cssBrotli) / PAGE_BUDGET_BYTES) * 100)}%`,
      'sent by': row.isServerCompressed ? 'server' : 'compressed here',
    })),
  );
  return rows.flatMap((row) => row.problems.map((problem) => `budget: ${problem}`));
}
