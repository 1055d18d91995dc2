import { randomUUID } from 'node:crypto';
import type { Db } from '../db/connection.ts';
import type { CommentStatus, CommentsTable } from '../db/schema.ts';
import { commentFingerprint } from '../domain/comments/comment-abuse.ts';
import { commentTextToHtml } from '../domain/comments/comment-text.ts';

/**
 * Readers' comments on a few demo posts, so the demo shows dialogue: threads, comments in the
 * network's scripts under the translated posts, and two held for an editor so the moderation
 * queue has work in it. Written for the demo, by invented readers at example.org addresses.
 */
export interface DemoComment {
  /** Names the comment for the replies below it. */
  key: string;
  /** The slug of the demo post (or translation) it is written under. */
  on: string;
  /** The key of the comment it answers. */
  replyTo?: string;
  name: string;
  email: string;
  text: string;
  status: Extract<CommentStatus, 'approved' | 'pending'>;
  /** Always after the post's own publication. */
  at: string;
}

export const demoComments: DemoComment[] = [
  {
    key: 'birgunj-border',
    on: 'nepal-second-wave-migrants-border',
    name: 'Sunita Karki',
    email: 'sunita.karki@example.org',
    text:
      'We were at the Birgunj crossing with the district committee on Monday. Buses arrive ' +
      'every hour and the testing desk closes at five, so people who come later sleep by the ' +
      'road and walk home in the morning without a test.\n\n' +
      'Water and masks help, but the desk has to stay open through the night.',
    status: 'approved',
    at: '2021-05-19T11:20:00.000Z',
  },
  {
    key: 'birgunj-border-reply',
    on: 'nepal-second-wave-migrants-border',
    replyTo: 'birgunj-border',
    name: 'Bikash Thapa',
    email: 'bikash.thapa@example.org',
    text:
      'Thank you, Sunita. We raised the opening hours with the Chief District Officer ' +
      'yesterday; he promised a second shift from next week. We will write here when it starts.',
    status: 'approved',
    at: '2021-05-20T06:45:00.000Z',
  },
  {
    key: 'welfare-fund-question',
    on: 'nepal-second-wave-migrants-border',
    name: 'Hari Prasad',
    email: 'hari.prasad@example.org',
    text:
      'My cousin came back from Pune without a labour permit. Can he still ask the Foreign ' +
      'Employment Welfare Fund for help, or is it only for workers who went through an agency?',
    status: 'pending',
    at: '2021-05-22T03:10:00.000Z',
  },
  {
    key: 'birgunj-border-ne',
    on: 'nepal-second-wave-migrants-border-ne',
    name: 'सुनिता कार्की',
    email: 'sunita.karki@example.org',
    text:
      'बीरगन्ज नाकामा हामीले गत हप्ता पानी र मास्क बाँड्यौँ। क्वारेन्टाइन केन्द्रमा ' +
      'महिलाका लागि छुट्टै शौचालय छैन। युनियनले यो कुरा जिल्ला प्रशासनसँग उठाउनुपर्छ।',
    status: 'approved',
    at: '2021-05-20T02:30:00.000Z',
  },
  {
    key: 'poipet-desk',
    on: 'cambodian-migrants-returning-from-thailand',
    name: 'Dara Sok',
    email: 'dara.sok@example.org',
    text:
      'In Poipet the quarantine centre gives returnees a paper with a phone number for the ' +
      'provincial labour department, but nobody answers it. A desk at the centre itself would ' +
      'reach people while they still have two weeks with nothing to do.',
    status: 'approved',
    at: '2021-05-28T13:05:00.000Z',
  },
  {
    key: 'poipet-desk-reply',
    on: 'cambodian-migrants-returning-from-thailand',
    replyTo: 'poipet-desk',
    name: 'Chenda Phan',
    email: 'chenda.phan@example.org',
    text:
      'Same in Battambang. Our members keep a list of returnees who want to be assessed for ' +
      'IDPoor again; if the department comes to the villages we can bring them together in a day.',
    status: 'approved',
    at: '2021-05-29T01:40:00.000Z',
  },
  {
    key: 'poipet-desk-km',
    on: 'cambodian-migrants-returning-from-thailand-km',
    name: 'ស៊ុន ស្រីពៅ',
    email: 'sun.sreypov@example.org',
    text:
      'សូមអរគុណសម្រាប់អត្ថបទនេះ។ បងប្រុសខ្ញុំបានត្រឡប់មកពីថៃវិញកាលពីខែមុន ' +
      'ហើយនៅតែមិនទាន់រកការងារបានទេ។ តើតុជំនួយនៅខេត្តបាត់ដំបងនឹងបើកនៅពេលណា?',
    status: 'approved',
    at: '2021-05-29T04:15:00.000Z',
  },
  {
    key: 'rana-plaza-treatment',
    on: 'rana-plaza-eight-years-employment-injury-insurance',
    name: 'Nasima Akter',
    email: 'nasima.akter@example.org',
    text:
      'I worked on the fifth floor. Eight years on, the pain in my back decides which days I ' +
      'can sew. A scheme that pays for treatment every month, not once, is what we asked for ' +
      'from the start.',
    status: 'approved',
    at: '2021-04-24T09:50:00.000Z',
  },
  {
    key: 'rana-plaza-treatment-reply',
    on: 'rana-plaza-eight-years-employment-injury-insurance',
    replyTo: 'rana-plaza-treatment',
    name: 'Rafiq Islam',
    email: 'rafiq.islam@example.org',
    text:
      'Thank you for writing this, Nasima. The pilot in Chattogram and Dhaka covers only new ' +
      'accidents; survivors of earlier ones need their own long-term fund, and we are putting ' +
      'that in our next letter to the ministry.',
    status: 'approved',
    at: '2021-04-25T05:30:00.000Z',
  },
  {
    key: 'rana-plaza-bn',
    on: 'rana-plaza-eight-years-employment-injury-insurance-bn',
    name: 'শাহানা বেগম',
    email: 'shahana.begum@example.org',
    text:
      'রানা প্লাজার আট বছর পরেও আহত শ্রমিকদের অনেকে নিয়মিত চিকিৎসা পান না। কর্মক্ষেত্রে ' +
      'দুর্ঘটনা বীমা চালু হলে পরের প্রজন্মকে আর সাহায্যের জন্য হাত পাততে হবে না।',
    status: 'approved',
    at: '2021-04-25T08:20:00.000Z',
  },
  {
    key: 'india-lessons',
    on: 'lessons-from-india-second-wave',
    name: 'Anjali Deshmukh',
    email: 'anjali.deshmukh@example.org',
    text:
      'The point about ration cards matters most. In our ward half the households who lost ' +
      'work in April had moved since the last survey and could not draw their grain anywhere. ' +
      'One Nation One Ration Card only helps if the shop near you knows about it.',
    status: 'approved',
    at: '2021-05-12T10:05:00.000Z',
  },
  {
    key: 'india-lessons-reply',
    on: 'lessons-from-india-second-wave',
    replyTo: 'india-lessons',
    name: 'Mohan Reddy',
    email: 'mohan.reddy@example.org',
    text:
      'Could the network share a short leaflet in Telugu and Kannada on how to use the card ' +
      'away from home? We can print it for the construction sites.',
    status: 'pending',
    at: '2021-05-13T14:25:00.000Z',
  },
  {
    key: 'india-lessons-hi',
    on: 'lessons-from-india-second-wave-hi',
    name: 'राजेश कुमार',
    email: 'rajesh.kumar@example.org',
    text:
      'हमारे ज़िले में भी दूसरी लहर के दौरान आशा कार्यकर्ताओं को न मास्क मिले, न समय पर मानदेय। ' +
      'इस लेख में लिखे सबक़ पंचायत स्तर तक पहुँचने चाहिए।',
    status: 'approved',
    at: '2021-05-13T03:35:00.000Z',
  },
  {
    key: 'riders-accident',
    on: 'philippines-young-delivery-riders-social-protection',
    name: 'Joel Santos',
    email: 'joel.santos@example.org',
    text:
      'I ride in Quezon City. When a rider in our group fell last month the app paid for nothing ' +
      'because he had logged off a minute before. Accident cover should follow the rider, ' +
      'not the app.',
    status: 'approved',
    at: '2021-03-25T02:10:00.000Z',
  },
];

/**
 * Writes the demo's comments straight into the table: the posting path's checks (time on the
 * page, rate limits) guard live requests, not a loader; the stored HTML and fingerprint are
 * made as a live post makes them. They need no demo record: removing their items removes them.
 */
export async function insertDemoComments(db: Db): Promise<number> {
  const slugs = [...new Set(demoComments.map((comment) => comment.on))];
  const items = await db
    .selectFrom('content_items')
    .select(['id', 'slug', 'published_at'])
    .where('type', '=', 'post')
    .where('slug', 'in', slugs)
    .execute();
  const itemBySlug = new Map(items.map((item) => [item.slug, item]));
  const idByKey = new Map<string, string>();
  const rows: CommentsTable[] = [];
  for (const comment of demoComments) {
    const item = itemBySlug.get(comment.on);
    if (!item) throw new Error(`No demo post "${comment.on}" to comment on.`);
    if (!item.published_at || Date.parse(comment.at) <= Date.parse(item.published_at)) {
      throw new Error(`The demo comment "${comment.key}" predates its post.`);
    }
    const id = randomUUID();
    idByKey.set(comment.key, id);
    const parentId = comment.replyTo ? idByKey.get(comment.replyTo) : null;
    if (parentId === undefined) throw new Error(`"${comment.key}" answers a later comment.`);
    rows.push({
      id,
      content_id: item.id,
      parent_id: parentId,
      author_name: comment.name,
      author_email: comment.email,
      author_url: null,
      body_html: commentTextToHtml(comment.text),
      body_text: comment.text,
      // As a live post stores it: the same words posted again are found.
      fingerprint: commentFingerprint(item.id, comment.email, comment.text),
      status: comment.status,
      created_at: comment.at,
      // An editor approved it within a few hours, as a newsroom would.
      moderated_at:
        comment.status === 'approved'
          ? new Date(Date.parse(comment.at) + 3 * 60 * 60 * 1000).toISOString()
          : null,
    });
  }
  await db.insertInto('comments').values(rows).execute();
  return rows.length;
}
