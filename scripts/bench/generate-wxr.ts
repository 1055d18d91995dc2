import fs from 'node:fs';
import { seededRandom } from './generate-posts.ts';

/**
 * Writes a WordPress (WXR 1.2) export of a network blog with `posts` classic-editor posts, the
 * same every run for the same seed: 300–800 words each in paragraphs separated by blank lines
 * (so wpautop has work to do), country and theme categories, tags, five authors, about one
 * comment per three posts (some of them replies) and dates over ten years.
 */
export function writeWordPressExport(file: string, options: { posts: number; seed?: number }) {
  const random = seededRandom(options.seed ?? 2026);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const out = fs.openSync(file, 'w');
  // Buffered: one write per post would make the generator, not the importer, the slow part.
  let buffer: string[] = [];
  const write = (text: string): void => {
    buffer.push(text);
    if (buffer.length >= 200) flush();
  };
  const flush = (): void => {
    fs.writeSync(out, buffer.join(''));
    buffer = [];
  };

  write(channelHeader());
  const start = Date.UTC(2016, 0, 1);
  const span = Date.UTC(2025, 11, 31) - start;
  let commentId = 1;
  let comments = 0;
  for (let index = 0; index < options.posts; index++) {
    const id = 1000 + index;
    const published = new Date(start + Math.floor(random() * span));
    const title = `${headline(random, pick)} ${index + 1}`;
    const slug = title
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '');
    const gmt = wpDate(published);
    const [year, month, day] = gmt.split(/[- ]/);
    const link = `https://network.example.org/news/${year}/${month}/${day}/${slug}/`;
    const categories = [pick(COUNTRIES), pick(THEMES)];
    if (random() < 0.3) categories.push(pick(COUNTRIES));
    const tags = Array.from({ length: Math.floor(random() * 4) }, () => pick(TAGS));

    // ~1 comment per 3 posts: a third of the posts get one, a few of those a reply too.
    const postComments: string[] = [];
    if (random() < 0.3) {
      const first = commentId++;
      postComments.push(comment(random, pick, { id: first, parent: 0, after: published }));
      if (random() < 0.25) {
        postComments.push(
          comment(random, pick, { id: commentId++, parent: first, after: published }),
        );
      }
    }
    comments += postComments.length;

    write(`
	<item>
		<title><![CDATA[${title}]]></title>
		<link>${link}</link>
		<pubDate>${published.toUTCString().replace('GMT', '+0000')}</pubDate>
		<dc:creator><![CDATA[${pick(AUTHORS).login}]]></dc:creator>
		<guid isPermaLink="false">https://network.example.org/news/?p=${id}</guid>
		<description></description>
		<content:encoded><![CDATA[${body(random, pick)}]]></content:encoded>
		<excerpt:encoded><![CDATA[]]></excerpt:encoded>
		<wp:post_id>${id}</wp:post_id>
		<wp:post_date><![CDATA[${gmt}]]></wp:post_date>
		<wp:post_date_gmt><![CDATA[${gmt}]]></wp:post_date_gmt>
		<wp:post_modified><![CDATA[${gmt}]]></wp:post_modified>
		<wp:post_modified_gmt><![CDATA[${gmt}]]></wp:post_modified_gmt>
		<wp:comment_status><![CDATA[open]]></wp:comment_status>
		<wp:ping_status><![CDATA[open]]></wp:ping_status>
		<wp:post_name><![CDATA[${slug}]]></wp:post_name>
		<wp:status><![CDATA[publish]]></wp:status>
		<wp:post_parent>0</wp:post_parent>
		<wp:menu_order>0</wp:menu_order>
		<wp:post_type><![CDATA[post]]></wp:post_type>
		<wp:post_password><![CDATA[]]></wp:post_password>
		<wp:is_sticky>0</wp:is_sticky>
${[...new Set(categories)].map((name) => `\t\t<category domain="category" nicename="${nicename(name)}"><![CDATA[${name}]]></category>\n`).join('')}${[...new Set(tags)].map((name) => `\t\t<category domain="post_tag" nicename="${nicename(name)}"><![CDATA[${name}]]></category>\n`).join('')}${postComments.join('')}	</item>`);
  }
  write('\n</channel>\n</rss>\n');
  flush();
  fs.closeSync(out);
  return { posts: options.posts, comments };
}

const COUNTRIES = ['Nepal', 'India', 'Bangladesh', 'Cambodia', 'Indonesia', 'Philippines'];
const THEMES = [
  'Health insurance',
  'Pensions',
  'Maternity protection',
  'Informal workers',
  'Migrant workers',
];
const TAGS = [
  'garment workers',
  'domestic workers',
  'minimum wage',
  'social security fund',
  'COVID-19 relief',
  'union training',
  'legal aid',
  'occupational safety',
];
const AUTHORS = [
  { id: 2, login: 'sunita', name: 'Sunita Rai' },
  { id: 3, login: 'sokha', name: 'Sokha Chan' },
  { id: 4, login: 'rahima', name: 'Rahima Begum' },
  { id: 5, login: 'dewi', name: 'Dewi Lestari' },
  { id: 6, login: 'marites', name: 'Marites Santos' },
];
const COMMENTERS = ['Ram Bahadur', 'Anjali Devi', 'Karim Uddin', 'Sophea Lim', 'Budi Santoso'];

const VOCABULARY = (
  'workers union social protection health insurance pension maternity benefit informal ' +
  'garment domestic migrant youth women wage minimum campaign government ministry scheme ' +
  'coverage contribution employer factory training legal assistance awareness advocacy ' +
  'network federation rights decent work safety occupational disease compensation fund ' +
  'registration card access clinic village district province city allowance elderly child ' +
  'grant budget programme partner survey report figures lockdown pandemic relief cash transfer ' +
  'the a of and to in for with on by from their members leaders meeting local national law ' +
  'policy reform enrolment premium hospital claim delay brick kiln construction plantation ' +
  'fishing transport vendor street home-based care worker platform delivery driver'
).split(' ');

const nicename = (name: string): string => name.toLowerCase().replace(/[^a-z0-9]+/g, '-');

function sentence(random: () => number, pick: <T>(list: readonly T[]) => T): string {
  const words = Array.from({ length: 8 + Math.floor(random() * 14) }, () => pick(VOCABULARY));
  const text = words.join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

function headline(random: () => number, pick: <T>(list: readonly T[]) => T): string {
  const text = sentence(random, pick).slice(0, -1).split(' ').slice(0, 8).join(' ');
  return `${pick(COUNTRIES)}: ${text}`;
}

/** 300–800 words in paragraphs of 40–120 words, blank lines between, a line break or two. */
function body(random: () => number, pick: <T>(list: readonly T[]) => T): string {
  const target = 300 + Math.floor(random() * 501);
  const paragraphs: string[] = [];
  let words = 0;
  while (words < target) {
    const sentences: string[] = [];
    const size = 40 + Math.floor(random() * 80);
    let paragraphWords = 0;
    while (paragraphWords < size && words + paragraphWords < target) {
      const next = sentence(random, pick);
      sentences.push(next);
      paragraphWords += next.split(' ').length;
    }
    words += paragraphWords;
    // A single newline inside a paragraph becomes <br />, as classic content does.
    paragraphs.push(sentences.join(random() < 0.1 ? '\n' : ' '));
  }
  if (random() < 0.2) paragraphs.splice(1, 0, '<!--more-->');
  return paragraphs.join('\n\n');
}

function comment(
  random: () => number,
  pick: <T>(list: readonly T[]) => T,
  { id, parent, after }: { id: number; parent: number; after: Date },
): string {
  const date = wpDate(new Date(after.getTime() + (1 + Math.floor(random() * 20)) * 3_600_000));
  return `		<wp:comment>
			<wp:comment_id>${id}</wp:comment_id>
			<wp:comment_author><![CDATA[${pick(COMMENTERS)}]]></wp:comment_author>
			<wp:comment_author_email><![CDATA[reader${id}@example.org]]></wp:comment_author_email>
			<wp:comment_author_url></wp:comment_author_url>
			<wp:comment_date><![CDATA[${date}]]></wp:comment_date>
			<wp:comment_date_gmt><![CDATA[${date}]]></wp:comment_date_gmt>
			<wp:comment_content><![CDATA[${sentence(random, pick)}

${sentence(random, pick)}]]></wp:comment_content>
			<wp:comment_approved><![CDATA[1]]></wp:comment_approved>
			<wp:comment_type><![CDATA[comment]]></wp:comment_type>
			<wp:comment_parent>${parent}</wp:comment_parent>
			<wp:comment_user_id>0</wp:comment_user_id>
		</wp:comment>
`;
}

function wpDate(date: Date): string {
  return date.toISOString().slice(0, 19).replace('T', ' ');
}

function channelHeader(): string {
  const authors = AUTHORS.map(
    (author) =>
      `\t<wp:author><wp:author_id>${author.id}</wp:author_id><wp:author_login><![CDATA[${author.login}]]></wp:author_login><wp:author_email><![CDATA[${author.login}@network.example.org]]></wp:author_email><wp:author_display_name><![CDATA[${author.name}]]></wp:author_display_name></wp:author>\n`,
  ).join('');
  const categories = [...COUNTRIES, ...THEMES]
    .map(
      (name, index) =>
        `\t<wp:category><wp:term_id>${10 + index}</wp:term_id><wp:category_nicename><![CDATA[${nicename(name)}]]></wp:category_nicename><wp:category_parent><![CDATA[]]></wp:category_parent><wp:cat_name><![CDATA[${name}]]></wp:cat_name></wp:category>\n`,
    )
    .join('');
  const tags = TAGS.map(
    (name, index) =>
      `\t<wp:tag><wp:term_id>${50 + index}</wp:term_id><wp:tag_slug><![CDATA[${nicename(name)}]]></wp:tag_slug><wp:tag_name><![CDATA[${name}]]></wp:tag_name></wp:tag>\n`,
  ).join('');
  return `<?xml version="1.0" encoding="UTF-8" ?>
<rss version="2.0"
	xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/"
	xmlns:content="http://purl.org/rss/1.0/modules/content/"
	xmlns:wfw="http://wellformedweb.org/CommentAPI/"
	xmlns:dc="http://purl.org/dc/elements/1.1/"
	xmlns:wp="http://wordpress.org/export/1.2/"
>
<channel>
	<title>Social Protection Network News</title>
	<link>https://network.example.org/news</link>
	<description>Members report on social protection for workers in Asia</description>
	<language>en-US</language>
	<wp:wxr_version>1.2</wp:wxr_version>
	<wp:base_site_url>https://network.example.org/</wp:base_site_url>
	<wp:base_blog_url>https://network.example.org/news</wp:base_blog_url>
${authors}${categories}${tags}	<generator>https://wordpress.org/?v=6.4.2</generator>
`;
}
