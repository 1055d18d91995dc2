import type { DemoPost } from './demo-types.ts';

export const demoPosts202101: DemoPost[] = [
  {
    slug: 'bspan-covid-19-occupational-disease',
    title: 'BSPAN: workers who caught COVID-19 on the job deserve compensation',
    excerpt:
      'The Bangladesh Social Protection Advocacy Network asks for COVID-19 to be listed as an ' +
      'occupational disease, so that workers infected at work and their families can claim.',
    publishedAt: '2021-01-26T05:40:00Z',
    author: 'tanvir',
    countries: ['bangladesh'],
    themes: ['occupational-safety-and-health', 'covid-19'],
    organizations: ['BSPAN'],
    html: `<p>Bangladesh kept its garment factories running through most of the 2020 lockdown. Nurses, cleaners, pharmacy staff and delivery workers kept going too. Many of them fell ill, and some died, yet under the current rules almost none of their families can claim compensation, because COVID-19 is not on the list of occupational diseases in the Bangladesh Labour Act.</p>
<p>The Bangladesh Social Protection Advocacy Network (BSPAN) wants that changed. In a letter to the Ministry of Labour and Employment, the network argues that a worker who is infected because the job required them to be present should be treated like a worker injured by a machine.</p>
<h2>What BSPAN did in 2020</h2>
<p>When the pandemic arrived, BSPAN moved a fifth of its annual budget to emergency work. With that money it:</p>
<ul>
<li>printed and handed out 5,000 flyers explaining how the virus spreads and how to protect a household;</li>
<li>organised emergency health support and telemedicine consultations for 200 workers and their relatives;</li>
<li>gathered cases of workers who fell ill after factories, warehouses and clinics stayed open.</li>
</ul>
<h2>What recognition would change</h2>
<p>If COVID-19 were recognised as an occupational disease, employers would have to report cases contracted at work, and a worker’s family could claim the compensation that the law already sets for a death at work, BDT 200,000. Sick workers could also claim medical costs and wages for the days they could not work. Without recognition, the cost falls on households that had little to begin with.</p>
<p>BSPAN asks the government to:</p>
<ol>
<li>add COVID-19 to the schedule of occupational diseases, with effect from March 2020;</li>
<li>set a simple claim procedure that does not depend on the employer’s goodwill;</li>
<li>give health workers, garment workers and other essential workers priority for testing and vaccination.</li>
</ol>
<p>Several countries in the region have already taken this step for health workers. Bangladesh, with one of the largest industrial workforces in Asia, should not be the exception.</p>`,
  },
  {
    slug: 'nepal-social-security-fund-enrolment-2020',
    title: 'Nepal’s Social Security Fund passes 184,000 members, but informal workers still wait',
    excerpt:
      'Enrolment in the contributory Social Security Fund grew by more than 40,000 workers in ' +
      '2020. Unions now want a door opened for the self-employed and informal workers.',
    publishedAt: '2021-01-20T07:05:00Z',
    author: 'sabina',
    countries: ['nepal'],
    themes: ['social-security', 'informal-workers'],
    organizations: ['GEFONT', 'NTUC', 'ITUC-NAC'],
    html: `<p>Two years after its launch in November 2018, Nepal’s contributory Social Security Fund (SSF) is growing. At the end of 2019 fewer than 140,000 workers were enrolled. By December 2020 the figure had reached 184,000, in a year when thousands of workplaces were closed for months.</p>
<h2>Why enrolment went up</h2>
<p>Part of the increase came from the lockdown itself: workers who lost wages discovered how little they had to fall back on, and employers were reminded that registration is compulsory. Part of it came from the unions. The union platform ITUC-NAC reached more than 25,000 workers with training, advocacy and awareness sessions on what the fund offers and how to check that an employer is actually paying in.</p>
<p>The fund is financed by a contribution of 31% of basic salary, 11% from the worker and 20% from the employer. In return it covers:</p>
<ul>
<li>medical treatment, and maternity benefits for women workers;</li>
<li>accident and disability protection;</li>
<li>support for dependent family members after a worker’s death;</li>
<li>old-age protection.</li>
</ul>
<h2>Who is still outside</h2>
<p>184,000 is still a small share of Nepal’s workforce. The great majority of Nepali workers, in farming, construction, transport, small shops and home-based work, have no employer who can register them. Migrant workers abroad are also largely outside the system. For them, the SSF remains something they hear about but cannot join.</p>
<p>GEFONT, NTUC and ITUC-NAC are asking the Ministry of Labour, Employment and Social Security to:</p>
<ol>
<li>design a scheme for self-employed and informal workers, with contributions adapted to irregular incomes;</li>
<li>let migrant workers and their families join before departure and keep their record while abroad;</li>
<li>step up inspection of employers who deduct contributions from wages but do not pass them on.</li>
</ol>
<p>The unions sit on the ministry’s task force on the impact of the pandemic on the labour market, and intend to put these points on its agenda in the coming months.</p>`,
  },
  {
    slug: 'indonesia-job-loss-insurance-questions',
    title: 'Job loss insurance in Indonesia: the new benefit and its small print',
    excerpt:
      'The Job Creation Law introduces unemployment cover through BPJS Ketenagakerjaan. Unions ' +
      'welcome the idea, but ask who will qualify and what was traded away for it.',
    publishedAt: '2021-01-15T03:20:00Z',
    author: 'ratna',
    countries: ['indonesia'],
    themes: ['labour-law', 'social-security'],
    organizations: ['KSBSI', 'TURC'],
    html: `<p>Among the many changes brought by Law No. 11 of 2020 on Job Creation, signed in November after weeks of street protests, one is presented by the government as a gain for workers: a new job loss insurance programme, known by its Indonesian initials JKP, to be run by BPJS Ketenagakerjaan.</p>
<p>Indonesia has never had unemployment insurance. A worker who lost a job relied on severance pay, if the employer paid it, and on family. On paper, JKP would offer three things: a cash benefit for a limited number of months, information about job vacancies, and access to training.</p>
<h2>What unions are asking</h2>
<p>KSBSI and the Trade Union Rights Centre (TURC) have studied the draft implementing regulation. Their questions are practical:</p>
<ul>
<li><strong>Who qualifies?</strong> The programme appears limited to wage workers already registered with BPJS. Contract workers whose contract simply ends, and the millions of informal workers, may get nothing.</li>
<li><strong>Who pays?</strong> The draft suggests funding JKP mainly by shifting part of the existing contributions for work injury and death insurance. Unions want to be sure those programmes are not weakened.</li>
<li><strong>How much?</strong> The benefit is expected to be a share of the last wage, paid for a few months only, with a ceiling well below what many skilled workers earn.</li>
<li><strong>What was given up?</strong> The same law lowers the maximum severance an employer must pay. Part of what workers lose in severance is supposed to come back through JKP. That is a transfer of cost from employers to a public fund, not new protection.</li>
</ul>
<h2>Next steps</h2>
<p>The government is expected to issue the regulation in the coming weeks. The Indonesian platform of our network will publish a short guide for union members once the final text is known, and will keep pressing for the programme to include contract and informal workers.</p>`,
  },
  {
    slug: 'india-domestic-workers-cooperatives',
    title: 'Domestic workers in six Indian states set up their own cooperatives',
    excerpt:
      'With support from Familiehulp, the National Domestic Workers Movement has helped domestic ' +
      'workers form cooperatives that set fair rates and pool their bargaining power.',
    publishedAt: '2021-01-15T10:45:00Z',
    author: 'priya',
    countries: ['india'],
    themes: ['domestic-and-migrant-workers', 'informal-workers', 'gender-equality'],
    organizations: ['NDWM', 'NDWF', 'Familiehulp', 'BRI'],
    html: `<p>India has millions of domestic workers, most of them women, and no national law that sets their wages, hours or leave. Each worker negotiates alone with each household, usually by word of mouth. When the lockdown came in March 2020, many were told not to return and were paid nothing for the weeks they stayed away.</p>
<p>The National Domestic Workers Movement (NDWM) has been looking for ways to change that balance. One answer is the cooperative. With support from the Belgian home-care organisation Familiehulp, NDWM has helped domestic workers in six states set up cooperatives that they own and run themselves.</p>
<h2>How the cooperatives work</h2>
<ul>
<li>Members agree on rates for cleaning, cooking and care work, so that no one undercuts anyone else.</li>
<li>Households sign a simple written agreement with the cooperative, which includes a weekly day off and notice before termination.</li>
<li>Members are trained in elder care, child care and safe use of cleaning products, which lets them ask for higher rates.</li>
<li>A small share of earnings goes into a common fund for emergencies and members’ children’s schooling.</li>
</ul>
<h2>Support in Chennai</h2>
<p>In Tamil Nadu, NDWM has also worked with families who were evicted from slums in the centre of Chennai and resettled about 40 kilometres away, far from the homes where they worked. Many lost their jobs and their children lost their schools. Brussels Region International, which is twinned with Chennai, has supported NDWM’s work with these families, and in the second half of 2020 it provided €50,000 in relief to NDWM and three other local organisations.</p>
<h2>Not a substitute for a law</h2>
<p>Cooperatives give members more security, but they reach a small share of workers. NDWM, the National Domestic Workers Federation and their allies will keep campaigning for national legislation for domestic workers, for registration in state welfare boards and for access to the social security schemes that other workers can join.</p>`,
  },
  {
    slug: 'philippines-sss-contribution-rise-2021',
    title: 'SSS contributions rise to 13%: what Filipino workers pay and what they should get back',
    excerpt:
      'The scheduled rise in Social Security System contributions went ahead in January. The FFW ' +
      'asks for relief for low-income members and faster benefits in return.',
    publishedAt: '2021-01-12T01:30:00Z',
    author: 'marisol',
    countries: ['philippines'],
    themes: ['social-security', 'labour-law'],
    organizations: ['FFW'],
    html: `<p>Since 1 January, members of the Social Security System (SSS) pay more. Under the Social Security Act of 2018, the contribution rate rose from 12% to 13% of the monthly salary credit. For employees the increase is shared: the employer’s part went up to 8.5% and the worker’s to 4.5%. Self-employed, voluntary and overseas members pay the full 13% themselves.</p>
<p>Several legislators had asked the government to postpone the increase while the economy was in recession. The rise went ahead, on the argument that the fund needs the money to stay solvent and to pay the benefits the 2018 law added.</p>
<h2>Why the timing hurts</h2>
<p>The Federation of Free Workers (FFW) does not dispute that the SSS needs a sound financial base. But it points out that those who pay the whole contribution alone are the ones hit hardest by the pandemic: vendors, drivers, home-based workers and overseas Filipinos who came home without a job. Many of them simply stop paying, and lose their coverage.</p>
<h2>What members should get back</h2>
<p>Higher contributions should buy better service. The 2018 law introduced, for the first time, an unemployment benefit for members who lose their job involuntarily. Workers laid off in 2020 report long waits and rejected claims. The FFW asks the SSS and the government to:</p>
<ol>
<li>subsidise the contributions of low-income self-employed and informal members, as PhilHealth already does for indigent families;</li>
<li>process unemployment benefit claims within a fixed period and explain every refusal in writing;</li>
<li>keep offices and paper forms available for members who have no smartphone or stable internet;</li>
<li>give unions a real voice in how the fund’s reserves are invested.</li>
</ol>
<p>Social security is the one promise a worker pays for every month. The least members can expect is that it works when they need it.</p>`,
  },
  {
    slug: 'cambodia-nssf-health-care-garment-workers',
    title: 'Cambodia’s NSSF health care: what garment workers can claim, and where it falls short',
    excerpt:
      'Private-sector employees in Cambodia are covered for health care through the National ' +
      'Social Security Fund. CLC finds many workers still do not know how to use it.',
    publishedAt: '2021-01-08T02:15:00Z',
    author: 'sokha',
    countries: ['cambodia'],
    themes: ['health-care', 'social-security'],
    organizations: ['CLC'],
    html: `<p>Cambodia’s National Social Security Fund (NSSF) started in 2008 with a single programme, insurance against work injuries. In 2016 it added health care for employees of private enterprises, and since 2018 the employer pays the whole health contribution of 2.6% of wages. For the country’s garment, footwear and travel-goods workers, most of them young women, it is the first health cover they have ever had.</p>
<h2>What members are entitled to</h2>
<ul>
<li>consultations and treatment at public and private health facilities that have an agreement with the NSSF, without paying at the counter;</li>
<li>a cash allowance when a doctor certifies that they cannot work;</li>
<li>care during pregnancy and childbirth, and a maternity allowance of 70% of wages on top of the half wage the employer must pay during leave;</li>
<li>for injuries at work or on the way to work, treatment and compensation under the older employment injury scheme.</li>
</ul>
<h2>What workers tell us</h2>
<p>In 2020 the Cambodian Labour Confederation (CLC) held awareness sessions in factories and workers’ living areas. The same problems came up again and again. Some workers did not know they were registered, or their employer had never registered them. Others were sent away from a health centre because their card was not accepted, or were asked to pay for medicines that should have been free. Workers on short contracts were unsure whether they stayed covered between contracts.</p>
<p>There is also a larger gap. The NSSF covers people who have an employer. Cambodia’s 2019 Law on Social Security Schemes foresees protection for self-employed workers, but the schemes to do that are still being designed. Tuk-tuk drivers, vendors and construction day labourers remain outside, or depend on the Health Equity Fund for the poorest households.</p>
<h2>What CLC is asking</h2>
<ol>
<li>Regular checks that employers register every worker from the first day.</li>
<li>A free hotline and clear posters at every contracted facility explaining what is covered.</li>
<li>A timetable for extending health coverage to self-employed and informal workers.</li>
</ol>`,
  },
  {
    slug: 'looking-back-on-2020-social-protection',
    title: 'Looking back on 2020: a year that tested every safety net in the region',
    excerpt:
      'From garment lines in Dhaka to tuk-tuk ranks in Phnom Penh, the pandemic showed where ' +
      'social protection held and where it failed. A look back across our six countries.',
    publishedAt: '2021-01-04T08:30:00Z',
    author: 'anika',
    countries: ['india', 'bangladesh', 'nepal', 'cambodia', 'indonesia', 'philippines'],
    themes: ['social-security', 'covid-19'],
    html: `<p>Twelve months ago few of our members expected to spend most of the year handing out rice, soap and phone credit. By April, lockdowns had closed workplaces from Kathmandu to Manila, and the first to lose their income were the workers with the least protection: day labourers, domestic workers, vendors, drivers and the young women on garment lines.</p>
<h2>What we saw</h2>
<ul>
<li>In <strong>India</strong>, a lockdown announced at a few hours’ notice sent millions of migrant workers walking home, while the central government pushed four new labour codes through Parliament.</li>
<li>In <strong>Bangladesh</strong>, around one million garment workers, a quarter of the sector, lost their jobs as buyers cancelled orders.</li>
<li>In <strong>Nepal</strong>, remittances and tourism, normally worth about a third and close to a tenth of GDP, collapsed when borders and airports closed.</li>
<li>In <strong>Cambodia</strong>, workers of suspended factories lived on a monthly payment of US$70, shared between the government and employers.</li>
<li>In <strong>Indonesia</strong>, the Job Creation Law was passed in October over mass protests, rewriting the rules on contracts, severance and wages.</li>
<li>In <strong>the Philippines</strong>, emergency cash grants reached millions of families, but many informal workers found they were not on the lists.</li>
</ul>
<h2>What held</h2>
<p>Where schemes already existed and people were registered, they made a real difference. Nepal’s Social Security Fund grew to 184,000 members and the universal child grant was extended to more districts. In Cambodia, households holding an IDPoor card began receiving monthly cash transfers in June. Our members reoriented part of their budgets to emergency relief, and many learned to train and organise online.</p>
<h2>What 2021 must bring</h2>
<p>Most of the relief was temporary, improvised and too small. The lesson of 2020 is that protection must be in place before the crisis, anchored in law and open to every worker, whatever their contract. In the coming weeks each of our country platforms will publish <a href="/impact">its results for 2020</a> on this site. Together they show what organised workers can achieve, and how much remains to be done.</p>`,
  },
];
