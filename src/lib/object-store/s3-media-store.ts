import fs from 'node:fs/promises';
import { Readable } from 'node:stream';
import type * as S3Sdk from '@aws-sdk/client-s3';
import type { S3Settings } from '../../config.ts';
import type { ByteRange, MediaBatch, MediaStore, StoredFileFacts } from './media-store.ts';

type S3Module = typeof S3Sdk;

/**
 * Loaded on first use: the SDK costs tens of megabytes of memory and start-up time, which a
 * server keeping its media in a local folder should not pay.
 */
let s3Module: Promise<S3Module> | undefined;
function loadS3(): Promise<S3Module> {
  s3Module ??= import('@aws-sdk/client-s3');
  return s3Module;
}

/** A missing object: HeadObject answers a bare 404, GetObject `NoSuchKey`. */
function isNotFound(error: unknown): boolean {
  const failure = error as { name?: string; $metadata?: { httpStatusCode?: number } };
  return (
    failure.name === 'NotFound' ||
    failure.name === 'NoSuchKey' ||
    failure.$metadata?.httpStatusCode === 404
  );
}

/** The files of one upload in a bucket: put straight under their names, deleted again on failure. */
class S3Batch implements MediaBatch {
  readonly #store: S3MediaStore;
  readonly #written: string[] = [];

  constructor(store: S3MediaStore) {
    this.#store = store;
  }

  async stage(name: string, data: Buffer): Promise<void> {
    // Recorded first: a put that fails after the bucket stored it is still removed.
    this.#written.push(name);
    await this.#store.putObject(name, data);
  }

  // An object is visible once put; names are random and unreferenced until the row is saved,
  // so no reader finds a file of an unfinished upload.
  async commit(): Promise<void> {}

  async discard(): Promise<void> {
    await this.#store.remove(this.#written).catch(() => undefined);
  }
}

/**
 * Media in an S3-compatible bucket (MEDIA_STORE=s3): AWS S3, Cloudflare R2, MinIO, Backblaze
 * B2. Objects are named as the files would be, at the bucket's top level.
 */
export class S3MediaStore implements MediaStore {
  readonly kind = 's3';
  readonly location: string;
  readonly #settings: S3Settings;
  readonly #contentTypeOf: (name: string) => string | undefined;
  #client: Promise<S3Sdk.S3Client> | undefined;

  constructor(
    settings: S3Settings,
    options: { scratchParent: string; contentTypeOf: (name: string) => string | undefined },
  ) {
    this.#settings = settings;
    this.#contentTypeOf = options.contentTypeOf;
    this.scratchParent = options.scratchParent;
    this.location = `s3://${settings.bucket}`;
  }

  readonly scratchParent: string;

  startBatch(): MediaBatch {
    return new S3Batch(this);
  }

  async stat(name: string): Promise<StoredFileFacts | undefined> {
    const { HeadObjectCommand } = await loadS3();
    try {
      const head = await (
        await this.#s3()
      ).send(new HeadObjectCommand({ Bucket: this.#settings.bucket, Key: name }));
      return {
        size: head.ContentLength ?? 0,
        // The bucket's own ETag (an MD5 for a single put) is strong and changes with the bytes.
        etag: head.ETag ?? `"${name}-${(head.ContentLength ?? 0).toString(36)}"`,
        lastModified: head.LastModified ?? new Date(0),
      };
    } catch (error) {
      if (isNotFound(error)) return undefined;
      throw error;
    }
  }

  async openRead(name: string, range?: ByteRange): Promise<Readable | undefined> {
    const { GetObjectCommand } = await loadS3();
    try {
      const object = await (
        await this.#s3()
      ).send(
        new GetObjectCommand({
          Bucket: this.#settings.bucket,
          Key: name,
          Range: range ? `bytes=${range.start}-${range.end}` : undefined,
        }),
      );
      // In Node the body is the HTTP response itself: a Readable, streamed, never buffered.
      return object.Body instanceof Readable ? object.Body : undefined;
    } catch (error) {
      if (isNotFound(error)) return undefined;
      throw error;
    }
  }

  async readAll(name: string): Promise<Buffer | undefined> {
    const stream = await this.openRead(name);
    if (!stream) return undefined;
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  }

  async adoptFile(name: string, localPath: string): Promise<void> {
    await this.putObject(name, await fs.readFile(localPath));
    await fs.rm(localPath, { force: true });
  }

  async remove(names: string[]): Promise<void> {
    if (names.length === 0) return;
    const { DeleteObjectCommand } = await loadS3();
    const client = await this.#s3();
    // One request per name: DeleteObjects needs a Content-MD5 some S3-compatible services refuse.
    await Promise.all(
      names.map((name) =>
        client.send(new DeleteObjectCommand({ Bucket: this.#settings.bucket, Key: name })),
      ),
    );
  }

  async list(): Promise<Map<string, number>> {
    const { ListObjectsV2Command } = await loadS3();
    const client = await this.#s3();
    const files = new Map<string, number>();
    let token: string | undefined;
    do {
      const page = await client.send(
        new ListObjectsV2Command({ Bucket: this.#settings.bucket, ContinuationToken: token }),
      );
      for (const object of page.Contents ?? []) {
        if (object.Key) files.set(object.Key, object.Size ?? 0);
      }
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
    return files;
  }

  /** Stores one object with the Content-Type readers of a public bucket URL need. */
  async putObject(name: string, data: Buffer): Promise<void> {
    const { PutObjectCommand } = await loadS3();
    await (
      await this.#s3()
    ).send(
      new PutObjectCommand({
        Bucket: this.#settings.bucket,
        Key: name,
        Body: data,
        ContentLength: data.length,
        ContentType: this.#contentTypeOf(name) ?? 'application/octet-stream',
        // The same promise the app route makes: a name never gets other bytes.
        CacheControl: 'public, max-age=31536000, immutable',
      }),
    );
  }

  #s3(): Promise<S3Sdk.S3Client> {
    this.#client ??= loadS3().then(({ S3Client }) => {
      const { endpoint, region, accessKeyId, secretAccessKey, isPathStyle } = this.#settings;
      return new S3Client({
        region,
        endpoint: endpoint ?? undefined,
        forcePathStyle: isPathStyle,
        credentials: accessKeyId && secretAccessKey ? { accessKeyId, secretAccessKey } : undefined,
        // A store that does not answer must fail a request, not hang it.
        maxAttempts: 3,
        requestHandler: { connectionTimeout: 5_000, requestTimeout: 30_000 },
      });
    });
    return this.#client;
  }
}
