import type { DemoPost } from './demo-types.ts';

export const demoPosts202105: DemoPost[] = [
  {
    slug: 'cambodian-migrants-returning-from-thailand',
    title: 'Home from Thailand with nothing: social protection for Cambodia’s returning migrants',
    excerpt:
      'Tens of thousands of Cambodian migrant workers have come home from Thailand since the ' +
      'pandemic began. Most find that no scheme on either side of the border protects them.',
    publishedAt: '2021-05-28T06:15:00Z',
    author: 'sokha',
    countries: ['cambodia'],
    themes: ['domestic-and-migrant-workers', 'social-security'],
    organizations: ['CLC', 'IDEA'],
    html: `<p>More than a million Cambodians are estimated to work in Thailand, on construction sites, farms and fishing boats, in factories and in Thai homes as domestic workers. Since the border closures of 2020, tens of thousands have come back, many through the Poipet crossing. With Thailand’s third wave of infections this spring, another group has returned, spending two weeks in quarantine centres before going home to their villages.</p>
<h2>Protection that stops at the border</h2>
<p>Migrants who went to Thailand through the official channels are, in principle, insured with the Thai social security office. Many others went without papers, through brokers, and have no cover at all. Either way, protection ends when they cross back into Cambodia:</p>
<ul>
<li>contributions paid in Thailand are rarely recovered, because workers do not know how to claim them or cannot return to do so;</li>
<li>the National Social Security Fund only covers people with a Cambodian employer;</li>
<li>IDPoor assessments in their home villages were often made while the migrant was earning abroad, so the family is not listed as poor;</li>
<li>women who did domestic work in Thai homes often had no written contract to show what they were owed.</li>
</ul>
<h2>What returnees tell us</h2>
<p>In Banteay Meanchey and Battambang, organisers of CLC and IDEA have met returnees who sold land or borrowed heavily to pay brokers and now have debts and no income. Some have found day work in construction; others plan to go back to Thailand as soon as the border allows, whatever the risk.</p>
<h2>Our proposals</h2>
<ol>
<li>A bilateral agreement with Thailand so that contributions and benefit rights follow workers home.</li>
<li>Help desks at border crossings and in provincial labour departments to register returnees for IDPoor reassessment and for work.</li>
<li>Pre-departure registration with the NSSF, so that a migrant’s record continues when they come back.</li>
<li>Recognition of domestic work as work in both countries, with a written contract for every migrant domestic worker.</li>
</ol>
<p>Migration has been Cambodia’s safety valve for two decades. The pandemic has shown that the people who take that road need a safety net of their own.</p>`,
  },
  {
    slug: 'indonesia-informal-workers-bpjs-ketenagakerjaan',
    title:
      'Ojek drivers, vendors and young freelancers: opening BPJS Ketenagakerjaan to informal work',
    excerpt:
      'Only 2.68 million of Indonesia’s many millions of informal workers are insured against work ' +
      'accidents. Our members want a subsidy and a simpler way in.',
    publishedAt: '2021-05-25T03:50:00Z',
    author: 'ratna',
    countries: ['indonesia'],
    themes: ['social-security', 'informal-workers', 'youth'],
    organizations: ['KSBSI', 'Gajimu.com'],
    html: `<p>More than half of Indonesia’s workers earn their living informally: online and traditional motorcycle-taxi drivers, market traders, farmers, fishers, home-based workers and a fast-growing number of young freelancers. Since 2014 they have been able to join BPJS Ketenagakerjaan as non-wage members. Yet by February 2021 only 2.68 million had done so.</p>
<h2>What non-wage members get</h2>
<p>For a contribution of about Rp 16,800 a month, an informal worker is insured for:</p>
<ul>
<li><strong>work accidents (JKK)</strong>: medical treatment without a ceiling, and income replacement while unable to work;</li>
<li><strong>death (JKM)</strong>: a lump sum and funeral costs for the family, plus a scholarship for children in some cases.</li>
</ul>
<p>Members can add old-age savings (JHT) for a further contribution. There is no pension and, since the new job loss insurance regulation was issued in February, no unemployment cover either: that programme is limited to wage workers.</p>
<h2>Why so few join</h2>
<p>Our members, KSBSI and the wage information platform Gajimu.com among them, asked young informal workers why they had not signed up. The answers were consistent: they had never heard of the scheme; they thought it was only for factory workers; they did not know where to register; or they joined once and stopped paying when work dried up in the pandemic.</p>
<p>A number of district and provincial governments now pay the contributions of vulnerable informal workers, such as farmers, fishers and religious teachers, from their own budgets. Where they do, coverage rises quickly.</p>
<h2>What we ask</h2>
<ol>
<li>A national subsidy for the contributions of low-income informal workers, building on the district programmes that work.</li>
<li>Registration through unions, cooperatives, market associations and ride-hailing platforms, with a single online form.</li>
<li>Platform companies to pay the accident and death contributions of their drivers and couriers.</li>
<li>A path for informal workers into the pension and job loss programmes.</li>
</ol>
<p>Young workers are at the centre of this effort. In June, KSBSI will join our <a href="/events/young-informal-uninsured-webinar">regional webinar on young and informal workers</a> to share what it has learned.</p>`,
  },
  {
    slug: 'nepal-second-wave-migrants-border',
    title:
      'Nepal’s second wave: returning migrants, overwhelmed hospitals and unions back on relief',
    excerpt:
      'With an open border to India and millions of Nepalis working there, Nepal’s second wave ' +
      'struck fast. Unions are reactivating their disaster committees.',
    publishedAt: '2021-05-19T04:45:00Z',
    author: 'sabina',
    countries: ['nepal'],
    themes: ['covid-19', 'domestic-and-migrant-workers', 'health-care'],
    organizations: ['GEFONT', 'NTUC', 'ITUC-NAC'],
    html: `<p>Six weeks ago, Nepal was recording a few hundred COVID-19 cases a day. By mid-May the figure approached 9,000, and two in every five tests came back positive. Hospitals in Kathmandu and in the border towns of the Terai ran short of beds and oxygen. More than 3,500 people had died by the second week of May, hundreds of them in a fortnight.</p>
<h2>An open border</h2>
<p>Nepal and India share about 1,850 kilometres of open border, and an estimated six million Nepalis live and work in India, as cooks, guards, domestic workers, factory and farm hands. When India’s second wave broke, many came home, crowding onto buses to the border crossings. Testing and quarantine at the points of entry could not keep pace. The virus travelled with them, through no fault of their own.</p>
<p>Prohibitory orders have been in force in the Kathmandu valley since the end of April and now cover most districts. For informal workers, that means a second year of lost income, with savings long since spent.</p>
<h2>Unions on relief again</h2>
<p>GEFONT, NTUC and ITUC-NAC have reactivated the disaster management committees they created last year. They are:</p>
<ul>
<li>keeping phone lists of members in need and delivering food where they can;</li>
<li>helping members reach hospitals, oxygen and testing;</li>
<li>advising returning migrants on quarantine and on the support available from the Foreign Employment Welfare Fund;</li>
<li>reminding employers that workers in the Social Security Fund are entitled to medical cover.</li>
</ul>
<h2>What we ask of the government</h2>
<ol>
<li>Free testing and treatment for all, including oxygen, with priority for the Terai districts along the border.</li>
<li>Cash relief for informal and returning migrant workers, not only food packages.</li>
<li>Safe, dignified quarantine at the border, with food, water and health checks.</li>
<li>Vaccines for frontline and migrant workers as soon as supplies arrive, and diplomatic pressure to secure them.</li>
</ol>
<p>Nepal’s health system was fragile before the pandemic. Without help from its neighbours and the world, it will not withstand this wave alone.</p>`,
  },
  {
    slug: 'lessons-from-india-second-wave',
    title: 'What India’s second wave teaches about health, work and social protection',
    excerpt:
      'More than 400,000 cases and 4,000 deaths a day, oxygen shortages and slow vaccination. Our ' +
      'partners on what went wrong, and what informal workers need now.',
    publishedAt: '2021-05-12T05:30:00Z',
    author: 'priya',
    countries: ['india', 'nepal'],
    themes: ['covid-19', 'health-care'],
    organizations: ['CWM-India', 'NDWM', 'NDWF', 'CFTUI', 'AREDS', 'SEWA'],
    html: `<p>India is now recording more than 400,000 new COVID-19 infections a day and, on its worst days, more than 4,000 deaths. Close to one in five tests is positive. One of every three new cases in the world is Indian. Crematoria run through the night, and patients die in hospital car parks for want of a bed or a cylinder of oxygen. The Indian Medical Association has counted 747 doctors who have died of the disease.</p>
<h2>How it came to this</h2>
<p>The first national lockdown in 2020 put around 100 million people out of work within days and sent millions of migrant workers home on foot. When cases fell, precautions were dropped. Large religious, political and sporting gatherings went ahead. Warnings about a new variant, first detected in Maharashtra in March, were not acted on in time. Public spending on health, a little over 1% of GDP, left the system without reserves.</p>
<p>Vaccination is slow. India makes more vaccine than any country in the world, yet only around 10% of the population has had a first dose and about 2% both. The Serum Institute has halted exports to meet domestic demand, leaving the global COVAX facility short, including for neighbours such as Nepal and Bangladesh.</p>
<h2>Informal workers, again</h2>
<p>State lockdowns have again stopped the work of domestic workers, construction labourers, vendors and drivers. Our partners report that many have not recovered from last year and have nothing left to fall back on. Some are avoiding tests because a positive result means two weeks without income.</p>
<p>CWM-India, NDWM, NDWF, CFTUI, AREDS and SEWA have turned again to relief: helplines, food, medicines and help finding hospital beds and oxygen. They are also calling for:</p>
<ul>
<li>free vaccination for every adult, with mobile camps in informal settlements and villages;</li>
<li>direct cash transfers to informal workers for as long as restrictions last;</li>
<li>free rations for all who need them, whether or not they hold a ration card in the state where they live;</li>
<li>proper pay, protective equipment and rest for health workers;</li>
<li>a lasting increase in public health spending to the 2.5% of GDP promised in the National Health Policy.</li>
</ul>
<h2>A warning for the region</h2>
<p>What happens in India does not stay in India. Cases are already surging in Nepal and rising in Bangladesh. The lesson is not only about the virus. It is that a country where most people work without social protection cannot stay at home safely, and cannot recover quickly.</p>`,
  },
];
