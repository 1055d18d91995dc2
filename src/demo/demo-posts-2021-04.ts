import type { DemoPost } from './demo-types.ts';

export const demoPosts202104: DemoPost[] = [
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
    organizations: ['NGWF', 'OHS Initiative', 'BSPAN', 'ILO'],
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
    organizations: ['IDEA', 'CLC'],
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
    slug: 'world-health-day-public-health-spending-india-nepal',
    title: 'World Health Day: in India and Nepal, health for all starts with a public budget',
    excerpt:
      'As a second COVID-19 wave builds, our members ask why so much health care is still paid from ' +
      'workers’ own pockets, and what governments must spend to change that.',
    publishedAt: '2021-04-07T06:30:00Z',
    author: 'priya',
    countries: ['india', 'nepal'],
    themes: ['health-care', 'covid-19'],
    organizations: ['WHO'],
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
