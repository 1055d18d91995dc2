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
<p>Young workers are at the centre of this effort. In June, KSBSI will join our regional webinar on young and informal workers to share what it has learned.</p>`,
  },
  {
    slug: 'webinar-young-informal-uninsured-10-june',
    title:
      'Webinar, 10 June: young, informal and uninsured — what social protection for Asia’s youth?',
    excerpt:
      'Young workers from across the region discuss what keeps them out of social security and what ' +
      'would bring them in. Online, with interpretation into Bahasa Indonesia and Khmer.',
    publishedAt: '2021-05-19T09:00:00Z',
    author: 'anika',
    countries: ['indonesia', 'cambodia', 'philippines', 'bangladesh', 'nepal', 'india'],
    themes: ['youth', 'informal-workers', 'social-security'],
    html: `<p>Across our six countries, most workers under 35 start their working lives without a contract, a contribution record or a union. The pandemic hit them hard: young people were the first to lose jobs in factories, shops and tourism, and many turned to delivery apps, street trade or migration. Our network, with the youth committees of its member organisations, invites you to an online discussion on what social protection means for them.</p>
<h2>Date and time</h2>
<p><strong>Thursday 10 June 2021, 13:00–14:30 in Bangkok, Phnom Penh and Jakarta (UTC+7)</strong>. That is:</p>
<ul>
<li>11:30–13:00 in India (UTC+5:30);</li>
<li>11:45–13:15 in Nepal (UTC+5:45);</li>
<li>12:00–13:30 in Bangladesh (UTC+6);</li>
<li>14:00–15:30 in Manila (UTC+8);</li>
<li>08:00–09:30 in Brussels (UTC+2).</li>
</ul>
<p>Organisers: the Network on Social Protection Rights in Asia, with the youth committees of KSBSI, FFW and NGWF. Interpretation into Bahasa Indonesia and Khmer will be available.</p>
<h2>Programme</h2>
<p>Moderator: Arjun Menon, youth organiser, Centre for Workers’ Management (CWM-India).</p>
<h3>Opening</h3>
<ul>
<li>Ratih Kusumawati, steering committee member for Indonesia, KSBSI</li>
</ul>
<h3>Section 1: what young workers face</h3>
<ul>
<li>Nurul Hidayah, garment worker and organiser, GARTEKS (Indonesia)</li>
<li>Rashed Khan, youth secretary, National Garment Workers Federation (Bangladesh)</li>
<li>Paolo Reyes, delivery rider and member of the FFW youth committee (the Philippines)</li>
</ul>
<h3>Section 2: schemes that could work for young people</h3>
<ul>
<li>Lim Sokunthea, organiser, Independent Democracy of Informal Economy Association (Cambodia)</li>
<li>Bikash Tamang, social security officer, ITUC Nepal Affiliate Council (Nepal)</li>
</ul>
<h3>Section 3: what we will ask of governments</h3>
<ul>
<li>Open discussion with participants, followed by conclusions from Sunita Maharjan, steering committee member for Nepal, GEFONT</li>
</ul>
<h2>Registration</h2>
<p>Participation is free. <a href="https://example.org/events/young-informal-uninsured/register">Register here</a> to receive the meeting link; a recording will be shared with registered participants. For questions, or to ask for interpretation into another language, write to <a href="mailto:youth@example.org">youth@example.org</a> before 4 June.</p>`,
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
    slug: 'testimony-liza-market-vendor-quezon-city',
    title: 'Liza, 38: a market vendor in Quezon City on keeping up her SSS contributions',
    excerpt:
      'Liza joined the Social Security System as a self-employed member through PATAMABA. The ' +
      'lockdown made paying hard, but her family’s health cover held.',
    publishedAt: '2021-05-14T07:20:00Z',
    author: 'marisol',
    countries: ['philippines'],
    themes: ['informal-workers', 'social-security', 'gender-equality'],
    html: `<p><em>Liza is a member of PATAMABA, the network of informal workers. She agreed to share her story with her first name and age.</em></p>
<p>“I sell vegetables at a public market in Quezon City. I start at four in the morning when the trucks come in, and I close after lunch. My husband does repairs when there is work. We have three children, the eldest is in high school.</p>
<p>For years I did not think social security was for people like me. I thought SSS was for office workers. In 2019 PATAMABA held a meeting in our market and explained that I can join as self-employed and choose how much to declare. I started with the lowest amount. I wanted to have something for when I am old, and maternity benefit if I have another baby.</p>
<p>Then came the quarantine. For weeks the market was open only a few hours, and there were fewer buyers because people had no money. I stopped paying SSS for almost six months. Food came first. We received the emergency cash aid from the government once, and it helped, but it was gone in two weeks.</p>
<p>What saved us was PhilHealth. In September my youngest had dengue and stayed four days in the hospital. Because of the new universal health care law, she was covered even though I had not been paying. We only paid for some medicines.</p>
<p>This year PATAMABA helped me restart my SSS payments. I do not want to lose what I paid before. But it is hard: the contribution went up in January, and my income did not.”</p>
<h2>What PATAMABA asks</h2>
<ul>
<li>Government subsidies for the SSS contributions of low-income self-employed workers, especially women.</li>
<li>A grace period without penalty for members who could not pay during the quarantine.</li>
<li>Collection points in public markets, so vendors can pay without losing a morning’s sales.</li>
</ul>`,
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
  {
    slug: 'call-to-action-vaccine-equity-trips-waiver',
    title: 'Call to action: vaccines for everyone, everywhere. Sign the open letter by 31 May',
    excerpt:
      'Sign our open letter asking European governments to back the temporary waiver of patents ' +
      'on COVID-19 vaccines and to share doses and know-how now.',
    publishedAt: '2021-05-06T11:40:00Z',
    author: 'anika',
    countries: ['india', 'nepal', 'bangladesh'],
    themes: ['covid-19', 'health-care'],
    html: `<ul>
<li><strong>The ask:</strong> sign our open letter to the European Commission and the governments of the EU member states.</li>
<li><strong>Deadline:</strong> Monday 31 May 2021, ahead of the meeting of the WTO’s TRIPS Council in June.</li>
<li><strong>Sign here:</strong> <a href="https://example.org/act/vaccine-equity">example.org/act/vaccine-equity</a></li>
</ul>
<h2>Why now</h2>
<p>In October 2020, India and South Africa asked the World Trade Organization to temporarily waive intellectual property rules on COVID-19 vaccines, tests and treatments, so that more manufacturers could produce them. More than a hundred countries support the proposal. Yesterday, the United States announced that it will back a waiver for vaccines. The European Union has so far held back.</p>
<p>Meanwhile, most of the world’s doses have gone to a small number of rich countries, while low-income countries have received only a tiny share. The COVAX facility, meant to supply poorer nations, relied heavily on a single manufacturer in India, which has now stopped exports to face the crisis at home. Nepal and Bangladesh are among the countries left waiting for second doses.</p>
<h2>What the letter asks</h2>
<ol>
<li>Support the temporary waiver at the WTO without further delay.</li>
<li>Share vaccine technology and know-how with qualified manufacturers in Asia, Africa and Latin America.</li>
<li>Donate surplus doses through COVAX now, not at the end of the year.</li>
<li>Lift restrictions on exports of vaccines and of the raw materials needed to make them.</li>
</ol>
<h2>A waiver is a first step</h2>
<p>Waiving patents will not produce a single dose tomorrow. New production lines take months to set up. That is exactly why the decision cannot wait. Every month of delay gives the virus more time to spread and to mutate, in South Asia and everywhere else.</p>
<p>For the workers our members represent, vaccination is not a luxury. Garment workers, domestic workers, drivers and vendors cannot work from home. Until they are protected, neither their health nor their income is safe.</p>
<p>Member organisations can also sign on behalf of their organisation through the same link.</p>`,
  },
  {
    slug: 'bangladesh-may-day-garment-workers-lockdown',
    title: 'May Day in lockdown: Bangladeshi garment workers ask for wages, bonuses and vaccines',
    excerpt:
      'With factories open and buses stopped, NGWF marked May Day with small, masked gatherings and ' +
      'a list of demands ahead of Eid.',
    publishedAt: '2021-05-01T09:10:00Z',
    author: 'tanvir',
    countries: ['bangladesh'],
    themes: ['labour-law', 'covid-19', 'gender-equality'],
    html: `<p>For the second year running, Bangladeshi workers marked International Workers’ Day under lockdown. Public transport has been stopped since mid-April, but garment factories are allowed to run, so millions of workers, most of them young women, walk long distances or pay for crowded private transport to keep their jobs.</p>
<p>Large rallies were out of the question. Instead, the National Garment Workers Federation (NGWF) held short, masked gatherings and human chains in front of press clubs in Dhaka, Gazipur, Narayanganj and Chittagong, and shared its demands through the media and by phone with members.</p>
<h2>The demands</h2>
<ol>
<li><strong>Wages and Eid bonus on time.</strong> Every worker must receive April’s wages and the festival bonus before the Eid holidays, in full.</li>
<li><strong>Safe transport.</strong> Factories that operate during the lockdown must provide transport for their workers.</li>
<li><strong>Vaccines for garment workers.</strong> Workers who keep the export economy going should be prioritised.</li>
<li><strong>No dismissals.</strong> No worker should be laid off, or pushed out for union activity, during the lockdown.</li>
<li><strong>Unemployment insurance.</strong> A public scheme for garment workers who lose their jobs, so that a cancelled order does not mean a family goes hungry.</li>
<li><strong>A minimum wage review.</strong> The current minimum wage was set in 2018, before two years of rising prices.</li>
</ol>
<h2>Women at the front</h2>
<p>Most of those who stood in the human chains were women. Many have already lived through a year in which one in four garment workers lost a job, and pregnant workers told the union they were often the first to be let go. NGWF’s women leaders used the day to remind employers that maternity benefits are a legal right, not a favour, and that the union will take every unpaid case to the labour court.</p>
<p>“Work is open, the roads are closed, and the risk is ours,” one young sewing operator said at the gathering in Gazipur. Her words summed up the day.</p>`,
  },
  {
    slug: 'philippines-labour-day-2021-unions',
    title: 'Labour Day under quarantine: Filipino unions call for wages, aid and secure jobs',
    excerpt:
      'With Metro Manila still under quarantine, the FFW and partner unions marked 1 May online and ' +
      'in small caravans, pressing for wage relief, cash aid and an end to endo.',
    publishedAt: '2021-05-01T03:30:00Z',
    author: 'marisol',
    countries: ['philippines'],
    themes: ['labour-law', 'social-security', 'youth'],
    html: `<p>Labour Day found Metro Manila and the surrounding provinces under modified enhanced community quarantine. Gatherings were limited, so the Federation of Free Workers (FFW), SENTRO and other labour groups marked the day with online forums, motorcades and small, distanced actions in front of government offices.</p>
<h2>A year without relief</h2>
<p>Workers in the capital have not had a minimum wage increase since 2018. Prices of food and transport have gone up, and many households lost one income or more in the pandemic. The emergency cash aid of 2020 was a lifeline for millions, but it was paid only for a few months, and many informal workers were never on the list.</p>
<h2>What the unions are asking</h2>
<ol>
<li><strong>Wage relief</strong>: regional wage boards should review minimum wages now, and the government should help small businesses pay.</li>
<li><strong>Cash aid</strong>: a new round of emergency support for workers who lost income, including informal and returning overseas workers, as proposed in a third Bayanihan bill now before Congress.</li>
<li><strong>Unemployment benefit that works</strong>: the SSS should process claims quickly, and the benefit should be longer and open to contract workers.</li>
<li><strong>Security of tenure</strong>: an end to endo, the practice of hiring young workers on five-month contracts to avoid regularisation, through a law that closes the loopholes.</li>
<li><strong>Vaccines and safety at work</strong>: free vaccination for workers, and employers held responsible for health protocols in the workplace.</li>
</ol>
<h2>Young workers in front</h2>
<p>Young workers were prominent in this year’s online programmes. Many have known nothing but short contracts, agency work or gig work since leaving school. For them, security of tenure and social security are the same struggle: without a regular job, there is no employer to pay into the SSS, and no record to build on.</p>
<p>The unions will bring their demands to the labour department’s tripartite meetings this month, and are inviting young workers to join their youth committees.</p>`,
  },
];
