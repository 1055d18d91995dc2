import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import net from 'node:net';
import { after, before, it } from 'node:test';
import Fastify, { type FastifyInstance } from 'fastify';
import { describeEachDatabase } from '../../../test/support/test-databases.ts';
import { ResponseCache } from '../responses/response-cache.ts';
import { cachedPageRoute, registerResponseCaching } from './response-caching.ts';

/**
 * A shared render whose own reader hangs up. Readers who ask for a page while it is being
 * rendered wait for that render (see `ResponseCache.pendingRender`); if the reader it is
 * rendered for closes the connection first, Fastify never runs `onResponse` for it, so the
 * waiters must be released some other way or they would wait for ever. Over a real socket,
 * since `inject` cannot hang up half-way.
 */

/** Longer than a render and a few round trips on a busy machine; shorter than the test's limit. */
const RELEASE_LIMIT_MS = 10_000;

/** A promise with its resolve function outside, to hold and release a render from the test. */
function signal(): { promise: Promise<void>; resolve: () => void } {
  let resolve: () => void = () => undefined;
  const promise = new Promise<void>((settle) => {
    resolve = settle;
  });
  return { promise, resolve };
}

async function withinLimit<T>(work: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`${what} after ${RELEASE_LIMIT_MS} ms`)),
      RELEASE_LIMIT_MS,
    );
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

describeEachDatabase('response cache: a shared render whose reader hangs up', (database) => {
  let app: FastifyInstance;
  let port: number;
  let cache: ResponseCache;
  let renders = 0;
  let waiting = 0;
  const firstRenderStarted = signal();
  const firstRenderMayFinish = signal();
  const firstReaderGone = signal();

  before(async () => {
    app = Fastify();
    cache = new ResponseCache(database());
    // Counts the readers who wait on a render, so the test hangs up only once they all do.
    const findPending = cache.pendingRender.bind(cache);
    cache.pendingRender = (key, state) => {
      const pending = findPending(key, state);
      if (pending) waiting += 1;
      return pending;
    };
    app.addHook('onRequestAbort', (_request, done) => {
      firstReaderGone.resolve();
      done();
    });
    registerResponseCaching(app, cache);
    app.get('/page', cachedPageRoute, async (_request, reply) => {
      renders += 1;
      const render = renders;
      if (render === 1) {
        firstRenderStarted.resolve();
        await firstRenderMayFinish.promise;
      }
      return reply.type('text/html; charset=utf-8').send(`<p>render ${render}</p>`);
    });
    await app.listen({ port: 0, host: '127.0.0.1' });
    port = (app.server.address() as AddressInfo).port;
  });
  after(() => app.close());

  it('serves the readers waiting on it, or lets them render, instead of leaving them waiting', async () => {
    const socket = net.connect(port, '127.0.0.1');
    socket.on('error', () => undefined);
    socket.write(`GET /page HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nConnection: close\r\n\r\n`);
    await withinLimit(firstRenderStarted.promise, 'the first render did not start');

    const readers = Array.from({ length: 3 }, () => fetch(`http://127.0.0.1:${port}/page`));
    await withinLimit(
      (async () => {
        while (waiting < readers.length) await new Promise((resolve) => setTimeout(resolve, 5));
      })(),
      'the other readers did not wait on the render',
    );

    socket.destroy();
    await withinLimit(firstReaderGone.promise, 'the server did not see the reader hang up');
    firstRenderMayFinish.resolve();

    const responses = await withinLimit(
      Promise.all(readers),
      'the readers waiting on the abandoned render were never answered',
    );
    for (const response of responses) {
      assert.equal(response.status, 200);
      assert.match(await response.text(), /^<p>render \d+<\/p>$/);
      assert.ok(['shared', 'miss'].includes(String(response.headers.get('x-cache'))));
    }
    // The page is cached after all: the next reader renders nothing.
    const rendersSoFar = renders;
    const later = await fetch(`http://127.0.0.1:${port}/page`);
    assert.equal(later.headers.get('x-cache'), 'hit');
    assert.equal(renders, rendersSoFar);
  });
});
