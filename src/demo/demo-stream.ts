import { demoEvents } from './demo-events.ts';
import { demoPosts } from './demo-posts.ts';
import { demoPublications } from './demo-publications.ts';
import { demoReports } from './demo-reports.ts';
import { demoStatements } from './demo-statements.ts';
import { demoStories } from './demo-stories.ts';
import type { DemoItem, DemoPost } from './demo-types.ts';

/** Every item of the news stream, of every type, newest first, as the front page lists them. */
export const demoStreamItems: (DemoPost | DemoItem)[] = [
  ...demoPosts,
  ...demoReports,
  ...demoEvents,
  ...demoPublications,
  ...demoStories,
  ...demoStatements,
].sort((a, b) => Date.parse(b.publishedAt) - Date.parse(a.publishedAt));
