import { sanitizeBodyHtml } from '../../src/lib/sanitize-body-html.ts';
import type { EmailInput } from '../../src/views/email/email-types.ts';

/** Words of a typical newsletter, in the scripts whose line height and fonts need care. */
const WORDS = {
  en: {
    heading: 'Garment workers win a wage agreement in Phnom Penh',
    paragraph:
      'After six weeks of talks, the union and three factories agreed a new minimum wage and paid sick leave.',
    button: 'Read the full story',
    items: ['Tea estate workers organise in Assam', 'A court hearing on the Rana Plaza fund'],
    excerpt: 'Women on the estates formed their first committee and asked for clean water.',
    reason: 'You receive this because you follow Cambodia on Inspir Network.',
    unsubscribe: 'Unsubscribe',
    preferences: 'Change what you receive',
  },
  km: {
    heading: 'កម្មករកាត់ដេរឈ្នះកិច្ចព្រមព្រៀងប្រាក់ឈ្នួលនៅភ្នំពេញ',
    paragraph:
      'បន្ទាប់ពីការចរចាប្រាំមួយសប្តាហ៍ សហជីព និងរោងចក្របីបានព្រមព្រៀងលើប្រាក់ឈ្នួលអប្បបរមាថ្មី និងការឈប់សម្រាកព្យាបាលជំងឺដែលមានប្រាក់ឈ្នួល។',
    button: 'អានរឿងពេញលេញ',
    items: ['កម្មករចម្ការតែរៀបចំខ្លួននៅអាសាម', 'សវនាការតុលាការលើមូលនិធិ Rana Plaza'],
    excerpt: 'ស្ត្រីនៅចម្ការបានបង្កើតគណៈកម្មាធិការដំបូងរបស់ពួកគេ ហើយស្នើសុំទឹកស្អាត។',
    reason: 'អ្នកទទួលបានអ៊ីមែលនេះ ដោយសារអ្នកតាមដានកម្ពុជានៅលើ Inspir Network។',
    unsubscribe: 'ឈប់ជាវ',
    preferences: 'ផ្លាស់ប្តូរអ្វីដែលអ្នកទទួល',
  },
  hi: {
    heading: 'नोम पेन्ह में परिधान श्रमिकों ने वेतन समझौता जीता',
    paragraph:
      'छह सप्ताह की बातचीत के बाद, यूनियन और तीन कारखानों ने नए न्यूनतम वेतन और सवेतन बीमारी अवकाश पर सहमति जताई।',
    button: 'पूरी कहानी पढ़ें',
    items: ['असम में चाय बागान मज़दूर संगठित हुए', 'राणा प्लाज़ा कोष पर अदालत में सुनवाई'],
    excerpt: 'बागानों की महिलाओं ने अपनी पहली समिति बनाई और साफ़ पानी की माँग की।',
    reason: 'आपको यह इसलिए मिल रहा है क्योंकि आप Inspir Network पर कंबोडिया को फ़ॉलो करते हैं।',
    unsubscribe: 'सदस्यता छोड़ें',
    preferences: 'आपको क्या मिले, बदलें',
  },
  bn: {
    heading: 'নমপেনে পোশাক শ্রমিকরা মজুরি চুক্তি জিতলেন',
    paragraph:
      'ছয় সপ্তাহের আলোচনার পর ইউনিয়ন ও তিনটি কারখানা নতুন ন্যূনতম মজুরি এবং সবেতন অসুস্থতাজনিত ছুটিতে সম্মত হয়েছে।',
    button: 'পুরো গল্পটি পড়ুন',
    items: ['আসামে চা বাগানের শ্রমিকরা সংগঠিত হচ্ছেন', 'রানা প্লাজা তহবিল নিয়ে আদালতে শুনানি'],
    excerpt: 'বাগানের নারীরা তাদের প্রথম কমিটি গঠন করেছেন এবং পরিষ্কার পানির দাবি জানিয়েছেন।',
    reason: 'আপনি এটি পাচ্ছেন কারণ আপনি Inspir Network-এ কম্বোডিয়া অনুসরণ করেন।',
    unsubscribe: 'সদস্যতা বাতিল',
    preferences: 'আপনি কী পাবেন তা বদলান',
  },
};

export type SampleLanguage = keyof typeof WORDS;

/** A newsletter with one block of every kind, the body with site-relative links and images. */
export function sampleNewsletter(
  language: SampleLanguage,
  siteUrl = 'https://news.example.org',
): EmailInput {
  const words = WORDS[language];
  const body = sanitizeBodyHtml(
    `<h2>${words.items[0]}</h2><p>${words.paragraph} <a href="/2024/05/wages">${words.button}</a>.</p>` +
      `<ul><li>${words.excerpt}</li><li><strong>${words.items[1]}</strong></li></ul>` +
      `<blockquote><p>${words.excerpt}</p></blockquote>` +
      `<figure><img src="/media/2024/05/march.jpg" alt="${words.items[0]}" width="1200" height="800"><figcaption>${words.items[0]}</figcaption></figure>`,
  );
  return {
    language,
    siteTitle: 'Inspir Network',
    siteUrl,
    preheader: words.paragraph,
    heading: words.heading,
    blocks: [
      { kind: 'paragraph', text: words.paragraph },
      { kind: 'button', label: words.button, url: `${siteUrl}/2024/05/wages` },
      ...words.items.map((title, index) => ({
        kind: 'item' as const,
        title,
        url: `${siteUrl}/2024/05/item-${index + 1}`,
        excerpt: words.excerpt,
        meta: `12 May 2024 · ${language.toUpperCase()}`,
        image: {
          url: `${siteUrl}/media/2024/05/item-${index + 1}.jpg`,
          alt: title,
          width: 1200,
          height: 675,
        },
      })),
      { kind: 'html', html: body },
      { kind: 'quote', text: words.excerpt, attribution: 'Sok Dara' },
    ],
    footer: {
      reason: words.reason,
      links: [
        { label: words.preferences, url: `${siteUrl}/subscriptions/preferences?token=abc` },
        { label: words.unsubscribe, url: `${siteUrl}/subscriptions/unsubscribe?token=abc` },
      ],
    },
  };
}
