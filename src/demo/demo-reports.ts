import type { DemoReport } from './demo-types.ts';

/**
 * The 2020 results of the three country programmes funded through the network, with every
 * indicator line the members reported. Counts written "about", "over" or "nearly" in the
 * members' reports are stored as the round figure they give.
 */
export const demoReports: DemoReport[] = [
  {
    type: 'report',
    slug: 'bangladesh-2020',
    title: 'Bangladesh 2020 in numbers: nearly 570,000 people reached',
    excerpt:
      'Garment workers organised, social security rights explained, health care delivered: the ' +
      'results of our Bangladeshi members in 2020, with partners, budget and donor.',
    publishedAt: '2021-02-05T04:15:00Z',
    author: 'tanvir',
    countries: ['bangladesh'],
    themes: ['social-security', 'health-care', 'labour-law'],
    fields: {
      country: 'bangladesh',
      year: 2020,
      periodStart: 2017,
      periodEnd: 2021,
      peopleReached: 570_000,
      budget: { amount: 100_000, currency: 'EUR' },
      partners: ['NGWF', 'GK', 'OHS Initiative', 'BSPAN'],
      donors: ['DGD'],
      indicators: [
        {
          component: 'Labour standards',
          indicator: 'Garment workers reached',
          count: 175_000,
          womenShare: 57,
          youthShare: 77,
        },
        {
          component: 'Labour standards',
          indicator: 'Garment workers newly organised in a union',
          count: 2_700,
        },
        {
          component: 'Labour standards',
          indicator: 'Workers given basic or advanced training',
          count: 300,
        },
        { component: 'Labour standards', indicator: 'Legal assistance', count: 1_000 },
        {
          component: 'Labour standards',
          indicator: 'Mobilised for a higher minimum wage',
          count: 1_000,
        },
        {
          component: 'Vocational skills',
          indicator: 'Vocational skills training (GK)',
          count: 141,
        },
        {
          component: 'Social security',
          indicator: 'Made aware of their social security rights',
          count: 350_000,
        },
        {
          component: 'Social security',
          indicator: 'Basic training on claiming social security',
          count: 60,
        },
        {
          component: 'Health',
          indicator: 'Better access to health care (GK)',
          count: 45_000,
        },
        {
          component: 'Health',
          indicator: 'Direct medical care for health insurance members (GK)',
          count: 10_000,
          womenShare: 67,
          youthShare: 69,
        },
      ],
      source: 'Annual reports of NGWF, GK, OHS Initiative and BSPAN for 2020',
    },
    html: `<p>In a year dominated by lockdown and mass lay-offs, our four member organisations in Bangladesh reached nearly 570,000 people: garment workers first of all, but also the families that GK’s clinics and health insurance serve.</p>
<h2>Labour standards</h2>
<p>Most of the garment workers reached learned about their rights through public outreach. Thousands joined a union for the first time, and NGWF’s legal aid desks were busier than ever as factories closed and wages went unpaid.</p>
<h2>Vocational skills</h2>
<p>Several of the women who followed skills training with Gonoshasthaya Kendra (GK) trained as drivers, and used the experience to challenge the idea that driving is a man’s job.</p>
<h2>Health</h2>
<p>GK kept its clinics open through the pandemic. Of the people who gained better access to care, ten thousand members of its health insurance received direct medical care or advice.</p>
<h2>The context</h2>
<p>Bangladesh was the second most affected country in South Asia in 2020, with 7,781 registered COVID-19 deaths, while testing remained limited. The national lockdown ran from 23 March to 30 May. Garment factories were allowed to keep working, but falling export orders cost an estimated one million garment workers their jobs, around a quarter of the workforce. In April, hundreds of workers marched in Chittagong to demand wages left unpaid when more than 500 factories closed for a month.</p>
<p>BSPAN moved a fifth of its budget to pandemic response.</p>`,
  },
  {
    type: 'report',
    slug: 'nepal-2020',
    title: 'Nepal 2020 in numbers: more than 400,000 people reached',
    excerpt:
      'Trade unions and civil society in Nepal trained, defended and mobilised workers through a ' +
      'year of lockdown. The results, partners, budget and donors for 2020.',
    publishedAt: '2021-02-03T06:00:00Z',
    author: 'sabina',
    countries: ['nepal'],
    themes: ['social-security', 'covid-19', 'labour-law'],
    fields: {
      country: 'nepal',
      year: 2020,
      periodStart: 2017,
      periodEnd: 2021,
      peopleReached: 400_000,
      budget: { amount: 87_813, currency: 'EUR' },
      partners: ['GEFONT', 'NTUC', 'ITUC-NAC', 'SPCSN'],
      donors: ['DGD', 'EU INTPA'],
      indicators: [
        {
          component: 'Labour standards',
          indicator: 'Made aware of their rights through campaigns and outreach',
          count: 200_000,
          womenShare: 16,
          youthShare: 8,
        },
        {
          component: 'Labour standards',
          indicator: 'Basic training',
          count: 1_236,
          womenShare: 32,
          youthShare: 55,
        },
        {
          component: 'Labour standards',
          indicator: 'Advanced training of leaders and trainers',
          count: 1_200,
          womenShare: 25,
          youthShare: 12,
        },
        {
          component: 'Labour standards',
          indicator: 'Legal assistance',
          count: 270,
          womenShare: 15,
          youthShare: 9,
        },
        {
          component: 'Labour standards',
          indicator: 'Mobilised for advocacy (rallies, petitions, May Day)',
          count: 200_000,
          womenShare: 70,
          youthShare: 4,
        },
        {
          component: 'Vocational skills',
          indicator: 'Vocational skills training (tailoring, embroidery)',
          count: 55,
          womenShare: 82,
          youthShare: 78,
        },
      ],
      source: 'Annual reports of GEFONT, NTUC, ITUC-NAC and SPCSN for 2020',
    },
    html: `<p>Our members in Nepal reached more than 400,000 people in 2020, working on both contributory social security for workers and the non-contributory allowances that older people, children and people with disabilities depend on.</p>
<h2>Highlights</h2>
<ul>
<li>The three union centres joined the labour ministry’s task force on the pandemic’s impact on the labour market, and each set up a disaster management committee to support members during lockdown.</li>
<li>A rapid assessment by GEFONT found that 42% of enterprises paid no wages at all between 16 March and 15 April 2020, despite the employers’ federation having promised otherwise.</li>
<li>ITUC-NAC ran advanced occupational safety training in six sectors and reached over 25,000 workers on the Social Security Fund, whose membership rose from under 140,000 to 184,000.</li>
<li>SPCSN helped families claim allowances. The universal child grant now covers 25 of 77 districts, up from 14.</li>
</ul>
<h2>The context</h2>
<p>Nepal recorded about 264,000 COVID-19 cases and 2,800 deaths in 2020. A strict lockdown from 24 March to 21 July hit informal workers hardest. With borders shut, remittances and tourism fell, and growth dropped to 1.8% from 7% in 2019. Government relief consisted mainly of food packages, cheaper essential goods and electricity, and public works or a partial wage for informal workers who lost their jobs. In December, the dissolution of Parliament added political uncertainty to an already difficult year.</p>`,
  },
  {
    type: 'report',
    slug: 'india-2020',
    title: 'India 2020 in numbers: 1.17 million people reached',
    excerpt:
      'Our six Indian partners organised, trained and defended workers through lockdown and labour ' +
      'law reform. The figures, partners, budget and donors for 2020.',
    publishedAt: '2021-02-01T07:30:00Z',
    author: 'priya',
    countries: ['india'],
    themes: ['social-security', 'labour-law', 'informal-workers'],
    fields: {
      country: 'india',
      year: 2020,
      periodStart: 2017,
      periodEnd: 2021,
      peopleReached: 1_170_000,
      budget: { amount: 328_230, currency: 'EUR' },
      partners: ['CWM-India', 'AREDS', 'NDWM', 'NDWF', 'CFTUI', 'SEWA'],
      donors: ['DGD', 'BRI', 'Familiehulp', 'ACV Food and Services'],
      organizations: ['WPC', 'National Platform for Domestic Workers'],
      indicators: [
        {
          component: 'Labour standards',
          indicator: 'More aware of labour rights through campaigns and outreach',
          count: 452_000,
          womenShare: 49,
          youthShare: 44,
        },
        {
          component: 'Labour standards',
          indicator: 'Newly organised in unions',
          count: 112_000,
          womenShare: 91,
          youthShare: 52,
        },
        {
          component: 'Labour standards',
          indicator: 'Basic training in labour standards, social security and health',
          count: 6_700,
          womenShare: 84,
          youthShare: 55,
        },
        {
          component: 'Labour standards',
          indicator: 'Advanced training of leaders and trainers',
          count: 6_200,
          womenShare: 87,
          youthShare: 41,
        },
        {
          component: 'Labour standards',
          indicator: 'Legal assistance on labour rights',
          count: 10_000,
          womenShare: 82,
          youthShare: 40,
        },
        {
          component: 'Labour standards',
          indicator: 'Mobilised for advocacy (demonstrations, petitions)',
          count: 539_000,
          womenShare: 32,
          youthShare: 44,
        },
      ],
      source: 'Annual reports of the six Indian partners for 2020',
    },
    html: `<p>Our partner organisations in India reached 1.17 million people in 2020, most of them women in the informal economy: domestic workers, home-based workers, agricultural labourers and migrants. The programme period shown is that of the DGD programme; the other donors fund shorter projects within it.</p>
<h2>Advocating together</h2>
<p>The partners spent much of the year resisting the new labour codes alongside other Indian unions, and pressing for informal workers to be properly registered in a national database. In September, NDWM, NDWF and CFTUI held a nationwide day of protest under the banner of the National Platform for Domestic Workers. They demanded a national law for domestic workers, cash support for those who lost work in the pandemic, and an urban employment guarantee scheme. Memoranda went to members of Parliament, labour ministers, labour commissioners and district collectors in several states. Together the partners mobilised more than 30,000 workers and trained 700, two thirds of them women.</p>
<p>With support from Brussels Region International, the partners also studied, with the Working People’s Charter, how informal workers in different states could or could not reach social security schemes during the pandemic. In Kerala, SEWA helped migrants from other districts enrol in the state’s schemes.</p>
<p>All partners except AREDS used the option to move 20% of their annual budget to COVID-19 relief: food and medicine, masks and sanitiser, and information on the virus and on how to claim government support.</p>`,
  },
];
