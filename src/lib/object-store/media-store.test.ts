import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { after, before, describe, it } from 'node:test';
import { s3ConfigOf, startS3Server, type S3TestServer } from '../../../test/support/s3-server.ts';
import { LocalMediaStore } from './local-media-store.ts';
import type { MediaStore } from './media-store.ts';
import { S3MediaStore } from './s3-media-store.ts';

async function bytesOf(stream: Readable | undefined): Promise<Buffer> {
  assert.ok(stream, 'a stream');
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

const contentTypeOf = (name: string) => (name.endsWith('.pdf') ? 'application/pdf' : undefined);

/** The same promises from both stores: what uploads, the media route, export and move rely on. */
function describeStoreContract(
  name: string,
  open: () => Promise<{ store: MediaStore; close(): Promise<void> }>,
  /** A name this store refuses to write, to make a batch fail halfway. */
  unwritableName: string,
) {
  describe(`media store contract: ${name}`, () => {
    let store: MediaStore;
    let close: () => Promise<void>;
    const hello = Buffer.from('hello, stored world');

    before(async () => {
      ({ store, close } = await open());
    });
    after(() => close());

    it('stores a batch, then reads it whole, in ranges, with a strong ETag and its size', async () => {
      const batch = store.startBatch();
      await batch.stage('a.pdf', hello);
      await batch.stage('b.pdf', Buffer.from('second'));
      await batch.commit();
      const facts = await store.stat('a.pdf');
      assert.equal(facts?.size, hello.length);
      assert.match(facts?.etag ?? '', /^"[^"]+"$/);
      assert.ok(facts?.lastModified instanceof Date);
      assert.deepEqual(await bytesOf(await store.openRead('a.pdf')), hello);
      assert.equal(
        (await bytesOf(await store.openRead('a.pdf', { start: 7, end: 12 }))).toString(),
        'stored',
      );
      assert.deepEqual(await store.readAll('b.pdf'), Buffer.from('second'));
      const listed = await store.list();
      assert.equal(listed.get('a.pdf'), hello.length);
      assert.equal(listed.get('b.pdf'), 6);
    });

    it('gives a different ETag to different bytes of the same size', async () => {
      const batch = store.startBatch();
      await batch.stage('c.pdf', Buffer.from('second'));
      await batch.commit();
      // Names are never reused for other bytes; the ETag still differs between files.
      assert.ok((await store.stat('c.pdf'))?.etag);
    });

    it('answers undefined, not an error, for a file that is not there', async () => {
      assert.equal(await store.stat('absent.pdf'), undefined);
      assert.equal(await store.openRead('absent.pdf'), undefined);
      assert.equal(await store.readAll('absent.pdf'), undefined);
    });

    it('removes files, ignoring names that are not there', async () => {
      await store.remove(['b.pdf', 'c.pdf', 'absent.pdf']);
      assert.equal(await store.stat('b.pdf'), undefined);
      assert.deepEqual([...(await store.list()).keys()], ['a.pdf']);
    });

    it('leaves nothing of a batch that fails halfway', async () => {
      const before = [...(await store.list()).keys()];
      const batch = store.startBatch();
      await batch.stage('d.pdf', Buffer.from('first of two'));
      await assert.rejects(batch.stage(unwritableName, Buffer.from('second of two')));
      await batch.discard();
      assert.deepEqual([...(await store.list()).keys()], before);
    });

    it('takes in a file from this machine (restores), using it up', async () => {
      const folder = await fs.mkdtemp(path.join(os.tmpdir(), 'inspir-adopt-'));
      const file = path.join(folder, 'e.pdf');
      await fs.writeFile(file, 'restored bytes');
      await store.adoptFile('e.pdf', file);
      assert.equal((await store.readAll('e.pdf'))?.toString(), 'restored bytes');
      await assert.rejects(fs.access(file));
      await fs.rm(folder, { recursive: true, force: true });
    });
  });
}

describeStoreContract(
  'local folder',
  async () => {
    const folder = await fs.mkdtemp(path.join(os.tmpdir(), 'inspir-store-'));
    const store = new LocalMediaStore(path.join(folder, 'media'));
    return { store, close: () => fs.rm(folder, { recursive: true, force: true }) };
  },
  'no-such-folder/e.pdf',
);

describeStoreContract(
  'S3 (s3rver)',
  async () => {
    const server: S3TestServer = await startS3Server();
    const settings = s3ConfigOf(server).s3;
    assert.ok(settings);
    const store = new S3MediaStore(settings, { scratchParent: os.tmpdir(), contentTypeOf });
    return { store, close: () => server.stop() };
  },
  '',
);

describe('S3 media store', () => {
  it('gives objects the Content-Type and cache lifetime readers of a public URL need', async () => {
    const server = await startS3Server();
    try {
      const settings = s3ConfigOf(server).s3;
      assert.ok(settings);
      const store = new S3MediaStore(settings, { scratchParent: os.tmpdir(), contentTypeOf });
      const batch = store.startBatch();
      await batch.stage('report.pdf', Buffer.from('%PDF-1.4'));
      await batch.commit();
      const response = await fetch(`${server.endpoint}/${server.bucket}/report.pdf`, {
        method: 'HEAD',
      });
      assert.equal(response.headers.get('content-type'), 'application/pdf');
      assert.equal(response.headers.get('cache-control'), 'public, max-age=31536000, immutable');
    } finally {
      await server.stop();
    }
  });

  it('fails clearly, without hanging, when the store does not answer', async () => {
    const server = await startS3Server();
    const settings = s3ConfigOf(server).s3;
    await server.stop();
    assert.ok(settings);
    const store = new S3MediaStore(settings, { scratchParent: os.tmpdir(), contentTypeOf });
    await assert.rejects(store.list(), (error: Error) =>
      /ECONNREFUSED|connect/i.test(
        `${error.name} ${error.message} ${String((error as { code?: string }).code)}`,
      ),
    );
  });
});
