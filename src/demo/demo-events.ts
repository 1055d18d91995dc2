import { wallClockInDays } from './demo-coming-dates.ts';
import type { DemoEvent } from './demo-types.ts';

const zoomInstructions =
  'Registration is free. Everyone who registers receives a secure Zoom link by email the day ' +
  'before.';

/**
 * Online events across the region's time zones. Times are the organiser's wall clock; the
 * pages show them to readers in Nepal (UTC+5:45), Cambodia and Indonesia (UTC+7) and elsewhere.
 */
export const demoEvents: DemoEvent[] = [
  {
    type: 'event',
    slug: 'home-based-workers-online-assembly',
    title: 'Online assembly: home-based workers agree on a charter for social protection',
    excerpt:
      'Home-based workers’ organisations from five countries meet online to agree on what a ' +
      'social protection charter must say. Register on this page; interpretation is provided.',
    publishedAt: '2021-05-28T06:00:00Z',
    author: 'sabina',
    countries: ['nepal', 'india', 'bangladesh', 'indonesia', 'philippines'],
    themes: ['informal-workers', 'social-security', 'gender-equality'],
    fields: {
      // Three weeks after the demo is loaded, so that its registration form is open.
      startsAt: wallClockInDays(21, '14:00', 'Asia/Kathmandu'),
      endsAt: wallClockInDays(21, '16:00', 'Asia/Kathmandu'),
      timeZone: 'Asia/Kathmandu',
      location:
        'Online (Jitsi), with interpretation into Hindi, Bangla, Nepali and Bahasa Indonesia',
      organisers: ['inspir Asia', 'GEFONT', 'SEWA'],
      organizations: ['PATAMABA', 'NGWF', 'KSBSI'],
      moderator: {
        name: 'Sunita Maharjan',
        role: 'Steering committee member for Nepal',
        organization: 'GEFONT',
      },
      programme: [
        {
          title: 'What home-based workers lose when they fall ill or grow old',
          speakers: [
            {
              name: 'Meena Ben Parmar',
              role: 'Embroidery worker and organiser',
              organization: 'SEWA',
            },
            { name: 'Lorna Villanueva', role: 'Garment homeworker', organization: 'PATAMABA' },
          ],
        },
        {
          title: 'Reading and amending the draft charter',
          speakers: [{ name: 'Sunita Maharjan', role: 'Moderator', organization: 'GEFONT' }],
        },
      ],
      registrationInstructions:
        'Register on this page. Confirmed participants receive the joining link by email, with ' +
        'reminders a day and an hour before the start.',
      contact: 'events@example.org',
      registrationOpen: true,
      capacity: 100,
      reminderHours: [24, 1],
      registrationQuestions: [
        'Which language of interpretation do you need?',
        'Do you have access needs we should plan for?',
      ],
      // Private: sent to confirmed registrants only, never shown on the site.
      joiningUrl: 'https://meet.example.org/home-based-workers-assembly',
    },
    html: `<p>Millions of women in our six countries work from home: they embroider, roll bidi, stitch garments and sort recycled plastic for a piece rate. Few of them are covered when they fall ill, have a child or grow old. The network’s home-based workers’ organisations have drafted a charter of what social protection must offer them, and they meet online to agree on it.</p>
<p>Workers will speak first, then the draft is read section by section, with time for amendments from every country. Interpretation is provided; say which language you need when you register.</p>`,
  },
  {
    type: 'event',
    slug: 'young-informal-uninsured-webinar',
    title: 'Webinar: young, informal and uninsured — what social protection for Asia’s youth?',
    excerpt:
      'Young workers from across the region discuss what keeps them out of social security and what ' +
      'would bring them in. Online, with interpretation into Bahasa Indonesia and Khmer.',
    publishedAt: '2021-05-19T09:00:00Z',
    author: 'anika',
    countries: ['indonesia', 'cambodia', 'philippines', 'bangladesh', 'nepal', 'india'],
    themes: ['youth', 'informal-workers', 'social-security'],
    fields: {
      startsAt: '2021-06-10T13:00',
      endsAt: '2021-06-10T14:30',
      timeZone: 'Asia/Bangkok',
      location: 'Online (Zoom), with interpretation into Bahasa Indonesia and Khmer',
      organisers: ['inspir Asia', 'KSBSI', 'FFW', 'NGWF'],
      organizations: ['IDEA', 'ITUC-NAC', 'GARTEKS', 'CWM-India', 'GEFONT'],
      moderator: {
        name: 'Arjun Menon',
        role: 'Youth organiser',
        organization: 'Centre for Workers’ Management (CWM-India)',
      },
      programme: [
        {
          title: 'Opening',
          speakers: [
            {
              name: 'Ratih Kusumawati',
              role: 'Steering committee member for Indonesia',
              organization: 'KSBSI',
            },
          ],
        },
        {
          title: 'What young workers face',
          speakers: [
            {
              name: 'Nurul Hidayah',
              role: 'Garment worker and organiser',
              organization: 'GARTEKS',
            },
            { name: 'Rashed Khan', role: 'Youth secretary', organization: 'NGWF' },
            {
              name: 'Paolo Reyes',
              role: 'Delivery rider, member of the youth committee',
              organization: 'FFW',
            },
          ],
        },
        {
          title: 'Schemes that could work for young people',
          speakers: [
            { name: 'Lim Sokunthea', role: 'Organiser', organization: 'IDEA' },
            { name: 'Bikash Tamang', role: 'Social security officer', organization: 'ITUC-NAC' },
          ],
        },
        {
          title: 'What we will ask of governments',
          speakers: [
            {
              name: 'Sunita Maharjan',
              role: 'Steering committee member for Nepal, conclusions',
              organization: 'GEFONT',
            },
          ],
        },
      ],
      registrationUrl: 'https://example.org/events/young-informal-uninsured/register',
      registrationInstructions:
        'Participation is free. A recording will be shared with registered participants. To ask ' +
        'for interpretation into another language, write before 4 June.',
      contact: 'youth@example.org',
    },
    html: `<p>Across our six countries, most workers under 35 start their working lives without a contract, a contribution record or a union. The pandemic hit them hard: young people were the first to lose jobs in factories, shops and tourism, and many turned to delivery apps, street trade or migration. Our network, with the youth committees of its member organisations, invites you to an online discussion on what social protection means for them.</p>
<p>Young garment workers, riders and organisers will say what keeps them out of social security today, union and NGO staff will present schemes that have reached young people, and participants will agree on what to ask of governments. There is time for questions after each section.</p>`,
  },
  {
    type: 'event',
    slug: 'may-day-online-rally',
    title: 'May Day online rally: Nepal’s workers stand together, at a distance',
    excerpt:
      'With prohibitory orders back in the Kathmandu valley, GEFONT, NTUC and ITUC-NAC move their ' +
      'May Day rally online: speeches, a minute of silence and the unions’ demands.',
    publishedAt: '2021-04-28T04:30:00Z',
    author: 'sabina',
    countries: ['nepal'],
    themes: ['labour-law', 'covid-19', 'informal-workers'],
    fields: {
      startsAt: '2021-05-01T11:00',
      endsAt: '2021-05-01T12:30',
      timeZone: 'Asia/Kathmandu',
      location: 'Online, streamed on the unions’ pages and on Zoom',
      organisers: ['GEFONT', 'NTUC', 'ITUC-NAC'],
      organizations: ['inspir Nepal', 'SPCSN'],
      moderator: {
        name: 'Sunita Maharjan',
        role: 'Steering committee member for Nepal',
        organization: 'GEFONT',
      },
      programme: [
        {
          title: 'A minute of silence for the workers the pandemic has taken',
          speakers: [],
        },
        {
          title: 'The unions speak',
          speakers: [
            { name: 'Ram Bahadur Thapa', role: 'Vice-president', organization: 'NTUC' },
            { name: 'Kamala Rai', role: 'Women’s committee coordinator', organization: 'GEFONT' },
            { name: 'Dipendra Yadav', role: 'Secretary', organization: 'ITUC-NAC' },
          ],
        },
        {
          title: 'Voices from the informal economy and from abroad',
          speakers: [
            { name: 'Anita Chaudhary', role: 'Community volunteer', organization: 'SPCSN' },
            { name: 'Mohan Shrestha', role: 'Returned migrant worker, construction' },
          ],
        },
        {
          title: 'Reading of the joint May Day demands',
          speakers: [{ name: 'Sunita Maharjan', role: 'Moderator', organization: 'GEFONT' }],
        },
      ],
      registrationUrl: 'https://example.org/events/may-day-online-rally',
      registrationInstructions:
        'No registration is needed to watch the stream. To speak in the open part, sign up ' +
        'through the link.',
      contact: 'nepal@example.org',
    },
    html: `<p>A year ago, Nepal’s unions marked May Day in a strict lockdown. This year the second wave has brought prohibitory orders back to the Kathmandu valley and to most districts, so GEFONT, NTUC and ITUC-NAC will again hold their rally online, together, instead of in the streets.</p>
<p>The rally is for every worker: those in the Social Security Fund, the many more who are outside it, and the migrants coming home across the border from India. Speakers will talk about wages unpaid during the lockdowns, about relief that reaches informal workers, and about a social security scheme open to the self-employed. The rally closes with the joint demands the three union centres will send to the government.</p>
<p>The speeches are in Nepali; a summary in English will be published here afterwards.</p>`,
  },
  {
    type: 'event',
    slug: 'social-protection-floor-webinar',
    title: 'Building roofs and raising floors: a Global Fund for Social Protection',
    excerpt:
      'A side event of the UN Commission for Social Development on homelessness, digital tools and ' +
      'a Global Fund for Social Protection, with a speaker from KSBSI Indonesia.',
    publishedAt: '2021-02-06T11:20:00Z',
    author: 'anika',
    countries: ['indonesia'],
    themes: ['social-security', 'covid-19'],
    fields: {
      startsAt: '2021-02-12T08:30',
      endsAt: '2021-02-12T09:45',
      timeZone: 'America/New_York',
      location: 'Online (Zoom), a side event of the 59th UN Commission for Social Development',
      organisers: ['GCSPF', 'GCAP'],
      organizations: [
        'KSBSI',
        'GI-ESCR',
        'Partners for Dignity and Human Rights',
        'IGH',
        'APSP',
        'WNTA',
        'YUVA',
        'Bread for the World',
        'ILO',
        'UNRISD',
      ],
      moderator: {
        name: 'Magdalena Sepúlveda',
        role: 'Executive Director',
        organization: 'Global Initiative for Economic, Social and Cultural Rights (GI-ESCR)',
      },
      programme: [
        {
          title: 'The view of member states and the Special Rapporteur',
          speakers: [
            {
              name: 'Saila Ruuth',
              role: 'State Secretary to the Minister of Social Affairs and Health',
              organization: 'Government of Finland',
            },
            {
              name: 'Meryame Kitir',
              role: 'Minister of Development Cooperation and Major Cities',
              organization: 'Government of Belgium',
            },
            {
              name: 'Olivier De Schutter',
              role: 'UN Special Rapporteur on Extreme Poverty and Human Rights',
            },
          ],
        },
        {
          title: 'Lived experience and social protection for all',
          speakers: [
            {
              name: 'Rob Robinson',
              organization:
                'Partners for Dignity and Human Rights; Institute of Global Homelessness',
            },
            { name: 'Samuel Obara', organization: 'Africa Platform for Social Protection' },
            {
              name: 'Roshni K. Nuggehalli',
              organization:
                'Global Call to Action Against Poverty; Wada Na Todo Abhiyan; Youth for Unity ' +
                'and Voluntary Action',
            },
            {
              name: 'Sulistri Afrileston',
              role: 'Asia steering committee member',
              organization: 'All Indonesian Trade Union Confederation (KSBSI)',
            },
          ],
        },
        {
          title: 'Action for change between civil society and the United Nations',
          speakers: [
            {
              name: 'Nicola Wiebe',
              role: 'Social protection policy specialist',
              organization:
                'Bread for the World, for the Global Coalition for Social Protection Floors',
            },
            {
              name: 'Shahra Razavi',
              role: 'Director of Social Protection',
              organization: 'International Labour Organization',
            },
          ],
        },
        {
          title: 'Conclusions and recommendations',
          speakers: [
            {
              name: 'Paul Ladd',
              organization: 'United Nations Research Institute for Social Development',
            },
          ],
        },
      ],
      registrationUrl: 'https://example.org/events/csocd59-side-event/register',
      registrationInstructions: zoomInstructions,
      contact: 'events@example.org',
    },
    html: `<p>The Global Coalition for Social Protection Floors (GCSPF), of which our network is an active member, and the Global Call to Action Against Poverty (GCAP) are holding an online side event during the 59th session of the UN Commission for Social Development. It will ask how inclusive digital technology and a Global Fund for Social Protection could help reach the people most often left out, including those without a home.</p>
<p>The meeting is set in New York time, early in the morning there so that speakers and participants in Asia can join in their evening.</p>
<h2>Why this matters</h2>
<p>The pandemic pushed millions of people into poverty, and many emergency measures, including bans on evictions, are already ending. Homelessness is one of the clearest signs that a social protection system has failed. Low-income countries will need technical and financial support to build lasting floors, which is why the UN Special Rapporteur on extreme poverty and the GCSPF are exploring a Global Fund for Social Protection.</p>
<p>The programme is provisional and may still change.</p>`,
  },
];
