import type { DemoPost } from './demo-types.ts';

export const demoPosts202104: DemoPost[] = [
  {
    slug: 'press-release-indonesia-osh-fundamental-right',
    title:
      'Press release: safety and health at work are a fundamental right for every Indonesian worker',
    excerpt:
      'Ahead of the World Day for Safety and Health at Work, our Indonesian platform of 13 ' +
      'organisations sets out seven demands to the government.',
    publishedAt: '2021-04-27T08:00:00Z',
    author: 'ratna',
    countries: ['indonesia'],
    themes: ['occupational-safety-and-health', 'labour-law', 'social-security'],
    html: `<p><strong>Jakarta, 28 April 2021.</strong> On the World Day for Safety and Health at Work, the Indonesian platform of the Network on Social Protection Rights, representing 13 civil-society organisations, calls on the government to treat occupational safety and health (OSH) as a right of every worker, not a cost to be cut.</p>
<h2>The situation</h2>
<p>Work accidents recorded by BPJS Ketenagakerjaan keep rising: 123,040 cases in 2017, 173,415 in 2018 and 182,835 in 2019, with claims growing from IDR 971.95 billion to IDR 1.57 trillion. Over those years more than 4,500 workers died and over 2,400 were left with a disability. By January 2021, the Indonesian Doctors Association counted 504 health workers who had died of COVID-19, among them 237 doctors, 171 nurses and 64 midwives. No country in Asia has lost more health workers.</p>
<p>The main OSH law dates from 1970 and was not written for platform work, for pandemics or for the millions who work without a contract. Labour inspection is weak, many employers see safety as a burden, and companies often avoid reporting accidents to protect a “zero accident” record. In February 2021 only 2.68 million non-wage workers were covered against work accidents, against 19.26 million wage earners. Meanwhile, planners are considering moving work injury care into the national health insurance, which would reduce what injured workers receive.</p>
<h2>Our demands</h2>
<ol>
<li>Revise Law No. 1 of 1970 on Occupational Safety so that OSH is a right of every worker, women and men alike, including contract, seasonal, platform, informal, domestic and migrant workers and workers with disabilities. We support the government’s position that OSH be recognised as a fundamental right at the International Labour Conference in 2022.</li>
<li>Strengthen labour inspection and enforcement, and make company OSH committees work, including on health protocols.</li>
<li>Fund OSH training for all workers from national and district budgets and from BPJS Ketenagakerjaan.</li>
<li>Open accessible channels, including for persons with disabilities, to report accidents and occupational diseases and to claim benefits directly.</li>
<li>Extend work injury and death insurance to every group of workers still left out.</li>
<li>Drop the plan to merge work injury insurance into the national health insurance.</li>
<li>Make sure company-funded COVID-19 vaccination is strictly supervised and costs workers nothing.</li>
</ol>
<h2>Member organisations</h2>
<ul>
<li>KSBSI, All Indonesian Trade Union Confederation</li>
<li>BPJS Watch</li>
<li>KPI, Indonesian Women’s Coalition</li>
<li>PJS, Indonesian Mental Health Association</li>
<li>JBM, Migrant Workers Network</li>
<li>TURC, Trade Union Rights Centre</li>
<li>Flower Aceh</li>
<li>Gajimu.com</li>
<li>LIPS, Sedane Labour Resource Centre</li>
<li>GARTEKS, garment, textile, leather and shoe workers’ federation</li>
<li>REKAN, Indonesian health volunteers</li>
<li>KAPRTBM, Coalition of Domestic Workers and Migrant Workers</li>
<li>JAPBUSI, Indonesian Palm Oil Workers Network</li>
</ul>`,
  },
  {
    slug: 'rana-plaza-eight-years-employment-injury-insurance',
    title: 'Rana Plaza, eight years on: Bangladesh still has no employment injury insurance',
    excerpt:
      'On the anniversary of the collapse that killed 1,134 garment workers, our members ask why ' +
      'injured workers and bereaved families still depend on one-off payments.',
    publishedAt: '2021-04-24T04:30:00Z',
    author: 'tanvir',
    countries: ['bangladesh'],
    themes: ['occupational-safety-and-health', 'social-security'],
    html: `<p>Eight years ago today, the Rana Plaza building in Savar collapsed with thousands of garment workers inside. 1,134 people were killed and more than 2,000 injured. Most of them were young women. The day before, cracks had appeared in the walls; the workers were ordered back to their machines the next morning.</p>
<h2>What changed</h2>
<p>The disaster led to real improvements. Under the Accord on Fire and Building Safety, brands and unions together inspected more than a thousand factories and forced repairs. An ILO-chaired fund eventually paid about US$30 million to victims and their families, after a long struggle to get brands to contribute. Bangladesh amended its labour law and raised the compensation for a death at work to BDT 200,000.</p>
<h2>What did not</h2>
<p>A one-off payment of that size does not replace decades of a worker’s income. Compensation still depends on the employer paying it, and many injured workers never receive anything, especially in smaller factories and outside the garment sector. Bangladesh still has no employment injury insurance: no public scheme that pays a regular pension to a disabled worker or to the family of one who died.</p>
<p>The Accord itself expires at the end of May, and unions are pressing brands to sign a new binding agreement rather than fall back on voluntary promises. And the pandemic added a new risk: during the lockdown that started on 14 April, factories stay open while public transport is closed, and workers walk for hours or crowd into trucks to get to work.</p>
<h2>What we ask</h2>
<p>NGWF, OHS Initiative and BSPAN call on the government, employers and brands to:</p>
<ol>
<li>establish a national employment injury insurance scheme, with regular payments for disability and for survivors, as the ILO standards on employment injury benefits require;</li>
<li>secure a new binding safety agreement with brands before the Accord expires;</li>
<li>strengthen labour inspection outside the export factories, where accidents are least reported;</li>
<li>provide safe transport and vaccination for workers required to work through the lockdown.</li>
</ol>
<p>OHS Initiative trained union leaders across Dhaka and Gazipur this month on how to document accidents. Remembering Rana Plaza, its trainers say, means counting every injury, not only the disasters.</p>`,
  },
  {
    slug: 'phnom-penh-lockdown-informal-workers-red-zones',
    title: 'Phnom Penh lockdown: informal workers in the red zones need cash, not only rice',
    excerpt:
      'Since 15 April, Phnom Penh and Ta Khmau have been under lockdown. IDEA and CLC report ' +
      'members in red zones with no income and no access to the cash transfer programme.',
    publishedAt: '2021-04-21T10:10:00Z',
    author: 'sokha',
    countries: ['cambodia'],
    themes: ['covid-19', 'social-security', 'informal-workers'],
    html: `<p>Cambodia went through 2020 with few COVID-19 cases. That changed in February, when an outbreak in Phnom Penh spread quickly. On 15 April the government locked down the capital and the neighbouring town of Ta Khmau. The worst-affected neighbourhoods were declared red zones, where residents may not leave their homes except for medical emergencies.</p>
<h2>What our members report</h2>
<p>The Independent Democracy of Informal Economy Association (IDEA) and the Cambodian Labour Confederation (CLC) have set up phone lines for members. In the first week they heard from:</p>
<ul>
<li>tuk-tuk drivers and vendors who have not earned a single riel since the lockdown began;</li>
<li>garment workers living in rented rooms near closed factories, unsure if they will be paid;</li>
<li>families in red zones who received a food package once and then waited days for the next;</li>
<li>workers who did not dare get tested for fear of losing the little work they had left.</li>
</ul>
<p>The unions pass urgent cases to local authorities and have helped some members get food. But rice and noodles, however welcome, do not pay the rent, the electricity or the interest on a microfinance loan.</p>
<h2>The gap in the safety net</h2>
<p>Cambodia’s cash transfer programme for poor households, launched in June 2020, has been an important step. It only reaches families who hold an IDPoor card, though, and most of the workers locked down in Phnom Penh are not registered as poor in the city where they live. Workers of suspended factories can receive a monthly payment, but only if their employer files the paperwork.</p>
<h2>What we ask</h2>
<ol>
<li>Emergency cash for every household in the red zones, whether or not it holds an IDPoor card.</li>
<li>Fast-track IDPoor registration for informal workers whose income has collapsed.</li>
<li>Payment of suspension allowances for all workers of closed factories, checked by the labour ministry.</li>
<li>A pause on loan repayments for microfinance borrowers in locked-down areas.</li>
<li>Free testing and treatment for all, and clear information in Khmer on how to get them.</li>
</ol>
<p>The lockdown is due to last at least until 28 April. Our members fear it will be longer, and that the cost will again fall on those least able to bear it.</p>`,
  },
  {
    slug: 'testimony-gopal-old-age-allowance-nepal',
    title: 'Gopal, 74: what the old-age allowance means for a sugarcane farmer in Nepal',
    excerpt:
      'A farmer in Province 2 and his wife both receive Nepal’s old-age allowance. With help from a ' +
      'local volunteer, claiming it was simple, but the amount barely covers food and medicine.',
    publishedAt: '2021-04-21T05:25:00Z',
    author: 'sabina',
    countries: ['nepal'],
    themes: ['social-security', 'health-care'],
    html: `<p><em>This testimony was gathered during a field visit by the Social Protection Civil Society Network (SPCSN) in Province 2, together with CFWA and Save the Children. Gopal agreed to share his story under his first name.</em></p>
<p>Gopal is 74 and still grows sugarcane. For four years he has received Nepal’s old-age allowance. His wife, a couple of years older, has received it for longer.</p>
<h2>Finding the papers</h2>
<p>When he became eligible, Gopal was not even sure of his own age, nor which documents he needed. A local volunteer, Sarita, helped him look for his papers and establish his date of birth, then sat with him at the ward office to fill in the forms. Because she knew both the procedure and the people, he remembers the whole process as easy. She also helped his wife apply.</p>
<h2>From the ward office to the bank</h2>
<p>At first Gopal collected the money in cash at the ward office. Later he opened a bank account, and the allowance is now deposited there every four months. The bank is close enough to reach by bicycle, and a ward official who lives nearby lets him know when the money has arrived. During the lockdown, when banks were shut, the same official made sure Gopal was paid in cash. He says the payment has never once been late.</p>
<h2>Stretching a small sum</h2>
<p>Gopal keeps his sugarcane income in a separate account and passes most of it to his sons. Four of his five sons have left home, for Kathmandu, India and Saudi Arabia; the youngest, a teacher, lives with him. Gopal does not want to be a burden to sons with families of their own, so he and his wife try to live on the allowance alone.</p>
<p>It is not much. He usually withdraws the full amount straight away, because it goes on food and medicine. His wife suffers from rheumatism and he has gastritis; a bottle of his pills, which lasts about ten days, costs NPR 200.</p>
<h2>A fair return</h2>
<p>Gopal paid his taxes when he was working, and he thinks it is only right that the state supports older people, since children are not always able to. People of his age keep working, he says, but not everyone can. SPCSN is using stories like his to argue for an allowance that keeps pace with prices, and for more volunteers like Sarita in every ward.</p>`,
  },
  {
    slug: 'world-health-day-public-health-spending-india-nepal',
    title: 'World Health Day: in India and Nepal, health for all starts with a public budget',
    excerpt:
      'As a second COVID-19 wave builds, our members ask why so much health care is still paid from ' +
      'workers’ own pockets, and what governments must spend to change that.',
    publishedAt: '2021-04-07T06:30:00Z',
    author: 'priya',
    countries: ['india', 'nepal'],
    themes: ['health-care', 'covid-19'],
    html: `<p>The theme of this year’s World Health Day is building a fairer, healthier world. For workers in India and Nepal, fairness in health starts with a simple question: who pays when someone falls ill?</p>
<p>Too often, the answer is the family. In both countries, around half of all health spending comes directly out of people’s own pockets, at the clinic counter or the pharmacy. For a domestic worker, a construction labourer or a farmer, one hospital stay can wipe out years of savings or push the household into debt.</p>
<h2>India: a promise not yet kept</h2>
<p>India’s National Health Policy of 2017 set a goal of public health spending at 2.5% of GDP. Public spending remains only a little above 1%. The government’s flagship insurance scheme pays for hospital treatment for poorer families, but most out-of-pocket spending goes on outpatient visits and medicines, which it does not cover. Informal workers who are not poor enough to qualify, but far from rich, are often covered by nothing at all.</p>
<h2>Nepal: insurance that families cannot keep up</h2>
<p>Nepal’s national health insurance programme offers a family of five cover up to NPR 100,000 a year for a premium of NPR 3,500. It is a good design, but many families enrol once and do not renew, because the premium comes due in a bad month or because the nearest accredited hospital is too far away. Workers in the Social Security Fund have medical cover, but they are a small minority.</p>
<h2>The second wave is a warning</h2>
<p>Cases are rising fast again in India, and our partners are already hearing from members who cannot afford tests. A health system that depends on what patients can pay will fail exactly when it is needed most.</p>
<h2>What our members ask</h2>
<ul>
<li>India: reach the 2.5% target without further delay, and invest first in primary care and free medicines.</li>
<li>Nepal: subsidise health insurance premiums for informal workers and make renewal automatic.</li>
<li>Both: free COVID-19 testing, treatment and vaccination for everyone, and proper pay and protection for health workers, many of whom are women on insecure contracts.</li>
</ul>
<p>Health has rarely decided an election in South Asia. After the past year, our members intend to make sure it does.</p>`,
  },
];
