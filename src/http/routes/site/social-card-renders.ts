import { LRUCache } from 'lru-cache';
import { type SocialCardInput, renderSocialCard } from '../../../domain/media/social-card.ts';
import { ServiceUnavailableError } from '../../../lib/errors.ts';

export interface SocialCardRenderLimits {
  /** Cards drawn at once: drawing takes a core, and the server has two. */
  concurrency: number;
  /** Cards waiting their turn; past it, a new one is refused (503) rather than queued. */
  maxWaiting: number;
  /** Bytes of drawn cards kept (some 25 KB each). */
  maxBytes: number;
}

const DEFAULT_LIMITS: SocialCardRenderLimits = {
  concurrency: 1,
  maxWaiting: 32,
  maxBytes: 8 * 1024 * 1024,
};

/**
 * Draws social cards, once each: a card is kept by its ETag (a digest of all it shows), so the
 * burst of crawlers that follows a shared link is served from memory, and requests for a card
 * being drawn wait for that drawing. New cards are drawn one at a time, so a flood of links to
 * different items queues up instead of taking both cores from the pages. The cache may be kept
 * per instance: an entry cannot go stale, as a changed card has another ETag.
 */
export class SocialCardRenders {
  private readonly drawn: LRUCache<string, Buffer>;
  private readonly inFlight = new Map<string, Promise<Buffer>>();
  private readonly waiting: (() => void)[] = [];
  private running = 0;

  constructor(
    private readonly render: (input: SocialCardInput) => Promise<Buffer> = renderSocialCard,
    private readonly limits: SocialCardRenderLimits = DEFAULT_LIMITS,
  ) {
    this.drawn = new LRUCache({ maxSize: limits.maxBytes, sizeCalculation: (png) => png.length });
  }

  /** The card of `input`, whose ETag is `etag`: kept, being drawn, or drawn now. */
  async cardFor(etag: string, input: SocialCardInput): Promise<Buffer> {
    return this.drawnOnce(etag, () => this.render(input));
  }

  /**
   * The image `draw` makes, kept by `etag` like a card and drawn in the same queue (the
   * preview's cut of a photo, see share-photo.ts).
   */
  async drawnOnce(etag: string, draw: () => Promise<Buffer>): Promise<Buffer> {
    const kept = this.drawn.get(etag);
    if (kept) return kept;
    const shared = this.inFlight.get(etag);
    if (shared) return shared;
    if (this.waiting.length >= this.limits.maxWaiting) {
      throw new ServiceUnavailableError('Social cards are busy. Please try again shortly.', 5);
    }
    const drawing = this.inTurn(draw)
      .then((image) => {
        this.drawn.set(etag, image);
        return image;
      })
      .finally(() => this.inFlight.delete(etag));
    this.inFlight.set(etag, drawing);
    return drawing;
  }

  /**
   * Runs `work` when fewer than `concurrency` drawings are under way, in arrival order. A
   * drawing that ends hands its place straight to the next in line, so one arriving meanwhile
   * cannot slip in beside it.
   */
  private async inTurn<Result>(work: () => Promise<Result>): Promise<Result> {
    if (this.running < this.limits.concurrency) this.running += 1;
    else await new Promise<void>((resolve) => this.waiting.push(resolve));
    try {
      return await work();
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.running -= 1;
    }
  }
}
