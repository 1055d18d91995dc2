import { calendarDayInDays } from './demo-coming-dates.ts';
import type { DemoStatement } from './demo-types.ts';

/** Press releases and calls to action: who issues them, on what occasion, with which demands. */
export const demoStatements: DemoStatement[] = [
  {
    type: 'statement',
    slug: 'home-based-workers-charter',
    title: 'Sign the charter: social protection for every home-based worker',
    excerpt:
      'Organisations and individuals can sign the home-based workers’ charter on this page. ' +
      'Organisations are listed once we have checked that they signed.',
    publishedAt: '2021-05-29T05:30:00Z',
    author: 'sabina',
    countries: ['nepal', 'india', 'bangladesh', 'indonesia', 'philippines'],
    themes: ['informal-workers', 'social-security', 'gender-equality'],
    fields: {
      kind: 'call-to-action',
      issuedBy: 'Network on Social Protection Rights in Asia',
      occasion: 'The online assembly of home-based workers’ organisations',
      demands: [
        'Recognise home-based workers as workers, with a written record of every order.',
        'Open health insurance and maternity benefits to them, with contributions they can afford.',
        'Count piece-rate work towards old-age pensions.',
        'Give their organisations a seat where social security schemes are decided.',
      ],
      signatories: ['inspir Asia', 'SEWA', 'PATAMABA'],
      organizations: ['GEFONT', 'NGWF'],
      // Two months after the demo is loaded, so that signing is open.
      deadline: calendarDayInDays(60),
      signUrl: null,
      signingOpen: true,
    },
    html: `<p>Home-based workers stitch, embroider and assemble for factories and traders from their own homes, mostly women, mostly without a contract. This charter says what social protection must offer them. Sign it as an organisation or in your own name; your email address is never shown.</p>
<h2>How signing works</h2>
<p>After you sign, we send you an email: your signature counts once you confirm it. Individuals choose whether their name is shown. Organisations are listed once an editor has checked the signature came from them, so that nobody can sign in another organisation’s name.</p>`,
  },
  {
    type: 'statement',
    slug: 'vaccines-for-all-open-letter',
    title: 'Vaccines for everyone, everywhere: sign the open letter by 31 May',
    excerpt:
      'Sign our open letter asking European governments to back the temporary waiver of patents ' +
      'on COVID-19 vaccines and to share doses and know-how now.',
    publishedAt: '2021-05-06T11:40:00Z',
    author: 'anika',
    countries: ['india', 'nepal', 'bangladesh'],
    themes: ['covid-19', 'health-care'],
    fields: {
      kind: 'call-to-action',
      issuedBy: 'Network on Social Protection Rights in Asia',
      occasion: 'The meeting of the WTO’s TRIPS Council in June 2021',
      demands: [
        'Support the temporary waiver at the WTO without further delay.',
        'Share vaccine technology and know-how with qualified manufacturers in Asia, Africa and ' +
          'Latin America.',
        'Donate surplus doses through COVAX now, not at the end of the year.',
        'Lift restrictions on exports of vaccines and of the raw materials needed to make them.',
      ],
      signatories: ['inspir Asia', 'GEFONT', 'NGWF', 'CFTUI', 'SEWA'],
      organizations: ['WHO'],
      deadline: '2021-05-31',
      signUrl: 'https://example.org/act/vaccine-equity',
    },
    html: `<p>Our open letter goes to the European Commission and the governments of the EU member states. Individuals can sign it, and member organisations can sign on behalf of their organisation through the same link.</p>
<h2>Why now</h2>
<p>In October 2020, India and South Africa asked the World Trade Organization to temporarily waive intellectual property rules on COVID-19 vaccines, tests and treatments, so that more manufacturers could produce them. More than a hundred countries support the proposal. Yesterday, the United States announced that it will back a waiver for vaccines. The European Union has so far held back.</p>
<p>Meanwhile, most of the world’s doses have gone to a small number of rich countries, while low-income countries have received only a tiny share. The COVAX facility, meant to supply poorer nations, relied heavily on a single manufacturer in India, which has now stopped exports to face the crisis at home. Nepal and Bangladesh are among the countries left waiting for second doses.</p>
<h2>A waiver is a first step</h2>
<p>Waiving patents will not produce a single dose tomorrow. New production lines take months to set up. That is exactly why the decision cannot wait. Every month of delay gives the virus more time to spread and to mutate, in South Asia and everywhere else.</p>
<p>For the workers our members represent, vaccination is not a luxury. Garment workers, domestic workers, drivers and vendors cannot work from home. Until they are protected, neither their health nor their income is safe.</p>`,
  },
  {
    type: 'statement',
    slug: 'may-day-garment-workers-demands',
    title: 'May Day in lockdown: Bangladeshi garment workers ask for wages, bonuses and vaccines',
    excerpt:
      'With factories open and buses stopped, NGWF and its allies marked May Day with small, ' +
      'masked gatherings and six demands ahead of Eid.',
    publishedAt: '2021-05-01T09:10:00Z',
    author: 'tanvir',
    countries: ['bangladesh'],
    themes: ['labour-law', 'covid-19', 'gender-equality'],
    fields: {
      kind: 'press-release',
      issuedBy: 'National Garment Workers Federation (NGWF), with BSPAN and OHS Initiative',
      occasion: 'May Day 2021, under lockdown',
      demands: [
        'Wages and Eid bonus on time: every worker must receive April’s wages and the festival ' +
          'bonus in full before the Eid holidays.',
        'Safe transport: factories that operate during the lockdown must carry their workers to ' +
          'and from work.',
        'Vaccines for garment workers: the workers who keep the export economy going should be ' +
          'among the first vaccinated.',
        'No dismissals: no worker may be laid off, or pushed out for union activity, while the ' +
          'lockdown lasts.',
        'Unemployment insurance: a public scheme for garment workers who lose their jobs, so that ' +
          'a cancelled order does not leave a family hungry.',
        'A minimum wage review: the minimum wage was last set in 2018, before two years of rising ' +
          'prices.',
      ],
      signatories: ['NGWF', 'BSPAN', 'OHS Initiative'],
    },
    html: `<p><strong>Dhaka, 1 May 2021.</strong> For the second year running, Bangladeshi workers marked International Workers’ Day under lockdown. Public transport has been stopped since mid-April, but garment factories are allowed to run, so millions of workers, most of them young women, walk long distances or pay for crowded private transport to keep their jobs.</p>
<p>Large rallies were out of the question. Instead, the National Garment Workers Federation (NGWF) held short, masked gatherings and human chains in front of press clubs in Dhaka, Gazipur, Narayanganj and Chittagong, and shared its demands through the media and by phone with members.</p>
<h2>Women at the front</h2>
<p>Most of those who stood in the human chains were women. Many have already lived through a year in which one in four garment workers lost a job, and pregnant workers told the union they were often the first to be let go. NGWF’s women leaders used the day to remind employers that maternity benefits are a legal right, not a favour, and that the union will take every unpaid case to the labour court.</p>
<p>“Work is open, the roads are closed, and the risk is ours,” one young sewing operator said at the gathering in Gazipur. Her words summed up the day.</p>`,
  },
  {
    type: 'statement',
    slug: 'philippines-labour-day-demands',
    title: 'Labour Day under quarantine: Filipino unions call for wages, aid and secure jobs',
    excerpt:
      'With Metro Manila still under quarantine, the FFW and partner unions marked 1 May online and ' +
      'in small caravans, pressing for wage relief, cash aid and an end to endo.',
    publishedAt: '2021-05-01T03:30:00Z',
    author: 'marisol',
    countries: ['philippines'],
    themes: ['labour-law', 'social-security', 'youth'],
    fields: {
      kind: 'press-release',
      issuedBy: 'Federation of Free Workers (FFW) and SENTRO',
      occasion: 'Labour Day 2021',
      demands: [
        'Wage relief: regional wage boards should review minimum wages now, and the government ' +
          'should help small businesses pay.',
        'Cash aid: a new round of emergency support for workers who lost income, including ' +
          'informal and returning overseas workers, as a third Bayanihan bill before Congress ' +
          'proposes.',
        'An unemployment benefit that works: the SSS should process claims quickly, and the ' +
          'benefit should last longer and be open to contract workers.',
        'Security of tenure: a law that closes the loopholes behind endo, the hiring of young ' +
          'workers on five-month contracts to avoid making them regular.',
        'Vaccines and safety at work: free vaccination for workers, and employers held ' +
          'responsible for health protocols in the workplace.',
      ],
      signatories: ['FFW', 'SENTRO'],
      organizations: ['PATAMABA'],
    },
    html: `<p><strong>Manila, 1 May 2021.</strong> Labour Day found Metro Manila and the surrounding provinces under modified enhanced community quarantine. Gatherings were limited, so the Federation of Free Workers (FFW), SENTRO and other labour groups marked the day with online forums, motorcades and small, distanced actions in front of government offices.</p>
<h2>A year without relief</h2>
<p>Workers in the capital have not had a minimum wage increase since 2018. Prices of food and transport have gone up, and many households lost one income or more in the pandemic. The emergency cash aid of 2020 was a lifeline for millions, but it was paid only for a few months, and many informal workers were never on the list.</p>
<h2>Young workers in front</h2>
<p>Young workers were prominent in this year’s online programmes. Many have known nothing but short contracts, agency work or gig work since leaving school. For them, security of tenure and social security are the same struggle: without a regular job, there is no employer to pay into the SSS, and no record to build on.</p>
<p>The unions will bring their demands to the labour department’s tripartite meetings this month, and are inviting young workers to join their youth committees.</p>`,
  },
  {
    type: 'statement',
    slug: 'indonesia-osh-fundamental-right',
    title: 'Safety and health at work are a fundamental right for every Indonesian worker',
    excerpt:
      'Ahead of the World Day for Safety and Health at Work, our Indonesian platform of 13 ' +
      'organisations sets out seven demands to the government.',
    publishedAt: '2021-04-27T08:00:00Z',
    author: 'ratna',
    countries: ['indonesia'],
    themes: ['occupational-safety-and-health', 'labour-law', 'social-security'],
    fields: {
      kind: 'press-release',
      issuedBy: 'inspir Indonesia, on behalf of its 13 member organisations',
      occasion: 'World Day for Safety and Health at Work, 28 April 2021',
      demands: [
        'Revise Law No. 1 of 1970 on Occupational Safety so that safety and health at work are a ' +
          'right of every worker, women and men alike, including contract, seasonal, platform, ' +
          'informal, domestic and migrant workers and workers with disabilities; we support the ' +
          'government’s position that OSH be recognised as a fundamental right at the ' +
          'International Labour Conference in 2022.',
        'Strengthen labour inspection and enforcement, and make company OSH committees work, ' +
          'including on health protocols.',
        'Fund OSH training for all workers from national and district budgets and from BPJS ' +
          'Ketenagakerjaan.',
        'Open accessible channels, including for persons with disabilities, to report accidents ' +
          'and occupational diseases and to claim benefits directly.',
        'Extend work injury and death insurance to every group of workers still left out.',
        'Drop the plan to merge work injury insurance into the national health insurance.',
        'Make sure company-funded COVID-19 vaccination is strictly supervised and costs workers ' +
          'nothing.',
      ],
      signatories: [
        'KSBSI',
        'BPJS Watch',
        'KPI',
        'PJS',
        'JBM',
        'TURC',
        'Flower Aceh',
        'Gajimu.com',
        'LIPS',
        'GARTEKS',
        'REKAN',
        'KAPRTBM',
        'JAPBUSI',
      ],
      organizations: ['inspir Indonesia', 'ILO'],
    },
    html: `<p><strong>Jakarta, 28 April 2021.</strong> On the World Day for Safety and Health at Work, the Indonesian platform of the Network on Social Protection Rights, representing 13 civil-society organisations, calls on the government to treat occupational safety and health (OSH) as a right of every worker, not a cost to be cut.</p>
<h2>The situation</h2>
<p>Work accidents recorded by BPJS Ketenagakerjaan keep rising: 123,040 cases in 2017, 173,415 in 2018 and 182,835 in 2019, with claims growing from IDR 971.95 billion to IDR 1.57 trillion. Over those years more than 4,500 workers died and over 2,400 were left with a disability. By January 2021, the Indonesian Doctors Association counted 504 health workers who had died of COVID-19, among them 237 doctors, 171 nurses and 64 midwives. No country in Asia has lost more health workers.</p>
<p>The main OSH law dates from 1970 and was not written for platform work, for pandemics or for the millions who work without a contract. Labour inspection is weak, many employers see safety as a burden, and companies often avoid reporting accidents to protect a “zero accident” record. In February 2021 only 2.68 million non-wage workers were covered against work accidents, against 19.26 million wage earners. Meanwhile, planners are considering moving work injury care into the national health insurance, which would reduce what injured workers receive.</p>`,
  },
  {
    type: 'statement',
    slug: 'international-womens-day-2021',
    title:
      '8 March: women keep the region’s economies running. Social protection must keep them safe',
    excerpt:
      'On International Women’s Day, members in six countries call for maternity protection, care ' +
      'and pensions that reach women in informal work, and for an end to violence at work.',
    publishedAt: '2021-03-08T02:00:00Z',
    author: 'anika',
    countries: ['india', 'bangladesh', 'nepal', 'cambodia', 'indonesia', 'philippines'],
    themes: ['gender-equality', 'informal-workers'],
    fields: {
      kind: 'press-release',
      issuedBy: 'The steering committee of the Network on Social Protection Rights in Asia',
      occasion: 'International Women’s Day, 8 March 2021',
      demands: [
        'Maternity protection for every woman, not only those with a formal contract: paid leave ' +
          'funded by social insurance or the state rather than by individual employers, and ' +
          'health care before and after birth.',
        'Care services: affordable child care and care for older people, so that women can take ' +
          'paid work and care workers themselves are properly paid and protected.',
        'Pensions that count care: universal old-age allowances, like Nepal’s, and credits for ' +
          'years spent caring, so that interrupted careers do not mean poverty in old age.',
        'Social security that fits informal work: contributions adapted to irregular incomes, ' +
          'with public subsidies for low earners.',
        'An end to violence and harassment at work, starting with ratification of ILO Convention ' +
          '190 by every government in the region.',
      ],
      signatories: ['NDWM', 'BSPAN', 'GEFONT', 'IDEA', 'KSBSI', 'PATAMABA'],
      organizations: ['inspir Asia', 'ILO'],
    },
    html: `<p>Across our six countries, women sew the garments, clean the homes, care for the sick and the old, sell food on the street and work the fields. A great part of that work is informal, low-paid or unpaid. The pandemic made this visible: women were the first sent home from factories and households, and the last to be reached by relief.</p>
<p>This International Women’s Day, our member organisations are marking the date with meetings, rallies where the health rules allow, and online discussions. Their message is shared, and signed by the organisations of the steering committee.</p>
<h2>Women in the lead</h2>
<p>Women are not only the people these policies are for. They are increasingly the ones leading our member organisations: union presidents in garment and domestic work, organisers of informal workers’ associations, researchers and negotiators. The network’s new <a href="/publications/gender-equality-pocket-guide">pocket guide on gender equality</a> offers organisations a tool to look at themselves: who holds the decisions, whose problems make it to the agenda, and what they will change this year.</p>
<p>Equality will not be won in a day. But 8 March is a good day to start counting.</p>`,
  },
  {
    type: 'statement',
    slug: 'eu-due-diligence-consultation',
    title: 'Tell the EU to make companies answer for abuses in their supply chains',
    excerpt:
      'The European Commission is consulting on a law on human rights and environmental due ' +
      'diligence. Add your voice through the citizens’ submission before 8 February.',
    publishedAt: '2021-02-04T10:00:00Z',
    author: 'anika',
    countries: [],
    themes: ['labour-law', 'occupational-safety-and-health'],
    fields: {
      kind: 'call-to-action',
      issuedBy: 'Network on Social Protection Rights in Asia',
      occasion: 'The European Commission’s consultation on sustainable corporate governance',
      demands: [
        'A binding obligation for all companies, including the biggest brands and retailers, ' +
          'covering their whole value chain.',
        'Liability when companies fail, so that victims can go to court in Europe and obtain ' +
          'remedy.',
        'A real role for trade unions and affected communities in identifying risks.',
        'Explicit protection of the rights to organise and to bargain collectively.',
      ],
      signatories: ['inspir Asia'],
      organizations: ['ETUC', 'Friends of the Earth Europe', 'ECCJ'],
      deadline: '2021-02-08',
      signUrl: 'https://example.org/act/eu-due-diligence',
    },
    html: `<p>The ask: sign the joint citizens’ submission to the European Commission’s public consultation on sustainable corporate governance.</p>
<h2>Why it matters to workers in Asia</h2>
<p>The shirts sewn in Dhaka, the palm oil harvested in Sumatra and the shoes made outside Phnom Penh end up in European shops. When a factory building collapses, when a union leader is dismissed, or when plantation workers spray pesticides without protection, the brands at the top of the chain too often say it was not their responsibility.</p>
<p>The European Commission has promised a proposal, expected around the middle of 2021, for a law that would make companies responsible for preventing harm to people and the environment in their operations and supply chains. Whether that law has teeth depends in part on this consultation.</p>
<h2>What is due diligence?</h2>
<p>Human rights and environmental due diligence means that a company must look for the risks its business creates, act to prevent and reduce them, and account for what it did. That includes harm caused by subsidiaries, subcontractors and suppliers, not only by the company itself.</p>
<h2>How to take part</h2>
<p>The official consultation form is long and technical. A coalition including the European Trade Union Confederation, Friends of the Earth Europe and the European Coalition for Corporate Justice has prepared a simpler citizens’ tool: a short text you can sign in a few minutes. The consultation is open to anyone, anywhere, who is affected by global value chains. Our member organisations are submitting their own contributions; individual workers and activists can sign the joint one.</p>`,
  },
];
