import { demoPosts202101 } from './demo-posts-2021-01.ts';
import { demoPosts202102 } from './demo-posts-2021-02.ts';
import { demoPosts202103 } from './demo-posts-2021-03.ts';
import { demoPosts202104 } from './demo-posts-2021-04.ts';
import { demoPosts202105 } from './demo-posts-2021-05.ts';
import type { DemoPost } from './demo-types.ts';

/** All demo posts, newest first, as the front page lists them. */
export const demoPosts: DemoPost[] = [
  ...demoPosts202101,
  ...demoPosts202102,
  ...demoPosts202103,
  ...demoPosts202104,
  ...demoPosts202105,
].sort((a, b) => Date.parse(b.publishedAt) - Date.parse(a.publishedAt));
