import type { DemoStory } from './demo-types.ts';

/**
 * Workers' own stories. Each was told to a member organisation, which recorded how the person
 * agreed to its publication; one storyteller asked for his name to be withheld.
 */
export const demoStories: DemoStory[] = [
  {
    type: 'story',
    slug: 'liza-market-vendor-sss',
    title: 'Liza, 38: a market vendor in Quezon City on keeping up her SSS contributions',
    excerpt:
      'Liza joined the Social Security System as a self-employed member through PATAMABA. The ' +
      'lockdown made paying hard, but her family’s health cover held.',
    publishedAt: '2021-05-14T07:20:00Z',
    author: 'marisol',
    countries: ['philippines'],
    themes: ['informal-workers', 'social-security', 'gender-equality'],
    fields: {
      personName: 'Liza',
      age: 38,
      place: 'Quezon City, Metro Manila',
      work: 'Vegetable vendor in a public market',
      scheme: 'Social Security System (self-employed members) and PhilHealth',
      gatheredBy: 'PATAMABA',
      gatheredAt: '2021-04-20',
      consent: { givenBy: 'Liza', givenAt: '2021-04-20', form: 'written' },
      organizations: ['PATAMABA'],
    },
    html: `<p>“I sell vegetables at a public market in Quezon City. I start at four in the morning when the trucks come in, and I close after lunch. My husband does repairs when there is work. We have three children, the eldest is in high school.</p>
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
    type: 'story',
    slug: 'gopal-old-age-allowance',
    title: 'Gopal, 74: what the old-age allowance means for a sugarcane farmer in Nepal',
    excerpt:
      'A farmer in Province 2 and his wife both receive Nepal’s old-age allowance. With help from a ' +
      'local volunteer, claiming it was simple, but the amount barely covers food and medicine.',
    publishedAt: '2021-04-21T05:25:00Z',
    author: 'sabina',
    countries: ['nepal'],
    themes: ['social-security', 'health-care'],
    fields: {
      personName: 'Gopal',
      age: 74,
      place: 'Province 2, Nepal',
      work: 'Sugarcane farmer',
      scheme: 'Old-age allowance',
      gatheredBy: 'SPCSN, on a field visit with CFWA and Save the Children',
      gatheredAt: '2021-03-16',
      consent: { givenBy: 'Gopal', givenAt: '2021-03-16', form: 'verbal-witnessed' },
      organizations: ['SPCSN', 'Save the Children'],
    },
    html: `<p>Gopal is 74 and still grows sugarcane. For four years he has received Nepal’s old-age allowance. His wife, a couple of years older, has received it for longer.</p>
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
    type: 'story',
    slug: 'sri-domestic-worker-accident-cover',
    title: 'Sri, 44: a domestic worker in Jakarta who insured herself against accidents',
    excerpt:
      'After years as a migrant worker in Hong Kong, Sri cleans homes in Jakarta. When she broke ' +
      'her wrist at work, the BPJS accident cover she had joined paid for her care.',
    publishedAt: '2021-03-19T05:15:00Z',
    author: 'ratna',
    countries: ['indonesia'],
    themes: ['domestic-and-migrant-workers', 'social-security'],
    fields: {
      personName: 'Sri',
      age: 44,
      place: 'South Jakarta',
      work: 'Domestic worker, formerly a migrant worker in Hong Kong',
      scheme: 'BPJS Ketenagakerjaan work accident and death insurance (non-wage members)',
      gatheredBy: 'KAPRTBM',
      gatheredAt: '2021-02-27',
      consent: { givenBy: 'Sri', givenAt: '2021-02-27', form: 'written' },
      organizations: ['KAPRTBM'],
    },
    html: `<p>“I left my village in Central Java when I was 26 and worked for six years in Hong Kong, looking after an old lady. When I came home, I had saved enough to fix my parents’ roof, but not enough to stop working. Now I clean two houses in South Jakarta, one in the morning and one in the afternoon. I go home every night to my own family.</p>
<p>In Hong Kong I had a contract and a day off every week. Here I have nothing on paper. My employers are kind, but if I am sick I am not paid, and if they move away I have no job.</p>
<p>Two years ago, women from the coalition came to our neighbourhood meeting. They told us that even without an employer we can join BPJS Ketenagakerjaan ourselves, for accidents at work and for death, for about seventeen thousand rupiah a month. I thought: that is less than one meal for my family. I signed up.</p>
<p>Last year, I slipped on a wet floor and broke my wrist. I could not work for almost two months. BPJS paid for the hospital and the treatment, and they paid me part of my income while I could not work. Without it I would have borrowed money and still be paying it back.”</p>
<h2>Why her story matters</h2>
<p>Indonesia has millions of domestic workers, and a bill to protect them has been waiting in Parliament since 2004. Until it passes, they have no legal right to a contract, a minimum wage or paid rest. Voluntary membership of BPJS Ketenagakerjaan as a non-wage worker is one of the few protections they can reach on their own. KAPRTBM and the other members of our Indonesian platform ask that:</p>
<ul>
<li>the domestic workers protection bill is finally adopted;</li>
<li>employers of domestic workers contribute to their social security;</li>
<li>migrant workers who return home are helped to keep or restart their BPJS membership.</li>
</ul>`,
  },
  {
    type: 'story',
    slug: 'chanthy-maternity-cover',
    title: 'Chanthy, 31: giving birth with NSSF health cover in Cambodia',
    excerpt:
      'A sewing machine operator on the outskirts of Phnom Penh describes what changed between ' +
      'her first child and her second, once she knew how to use her NSSF card.',
    publishedAt: '2021-03-08T09:20:00Z',
    author: 'sokha',
    countries: ['cambodia'],
    themes: ['gender-equality', 'health-care', 'social-security'],
    fields: {
      personName: 'Chanthy',
      age: 31,
      place: 'Outskirts of Phnom Penh',
      work: 'Sewing machine operator in a garment factory',
      scheme: 'NSSF health care and maternity allowance',
      gatheredBy: 'A women’s committee organiser of CLC',
      gatheredAt: '2021-02-15',
      consent: { givenBy: 'Chanthy', givenAt: '2021-02-15', form: 'recorded' },
      organizations: ['CLC'],
    },
    html: `<p>“I have worked in garment factories since I was 18. Now I am 31 and I sew sleeves on a line of forty women, in a factory on the edge of Phnom Penh. My husband drives for a construction company. We have two daughters.</p>
<p>When my first girl was born, I did not know that I had health insurance. We went to a private clinic near our room, and the birth cost us more than two months of my wages. We borrowed from my aunt and paid her back for a year.</p>
<p>Before my second pregnancy, I went to a training by the union in our dormitory area. They showed us the NSSF card and explained which health centres accept it. I did not even know where my card was. The union helped me get it from the factory office.</p>
<p>With my second daughter, in 2020, everything was different. I went to the health centre for my check-ups, and the birth was at the referral hospital. I did not pay for the delivery. The NSSF also gave me the government’s birth allowance of 400,000 riels. During my three months of leave the factory paid half of my wage, and the NSSF paid a maternity allowance on top, so for once we had more money, not less, when the baby came. Then I went back to the same job.</p>
<p>Last year, when the factory stopped for a few weeks because there were no orders, the union also helped us to understand the suspension payment. I tell the younger women on my line: find your card, and ask the union if you do not understand.”</p>
<h2>What CLC takes from her story</h2>
<p>Chanthy’s experience is common. Since 2018 a registered worker on maternity leave receives 70% of her wage from the NSSF in addition to the 50% her employer must pay, but many women only learn about it by chance, and some never claim. CLC asks the NSSF and employers to explain coverage to every worker on the day they are hired, and to hand the card to the worker rather than keep it in an office drawer. It also asks that the same maternity protection be opened to women in informal work, who today have none of it.</p>`,
  },
  {
    type: 'story',
    slug: 'devi-child-grant',
    title: '“The money is for him”: how the child grant helps one Nepali family',
    excerpt:
      'Devi, 27, receives Nepal’s child grant for her son. Her family’s story shows how allowances, ' +
      'migration and lockdown are tied together in a household’s budget.',
    publishedAt: '2021-02-10T05:50:00Z',
    author: 'sabina',
    countries: ['nepal'],
    themes: ['social-security', 'gender-equality', 'domestic-and-migrant-workers'],
    fields: {
      personName: 'Devi',
      age: 27,
      place: 'Nepal',
      work: 'Looks after her family; her husband operates heavy machinery',
      scheme: 'Child grant',
      gatheredBy: 'SPCSN, during a field visit',
      gatheredAt: '2021-01-18',
      consent: { givenBy: 'Devi', givenAt: '2021-01-18', form: 'verbal-witnessed' },
      organizations: ['SPCSN', 'UNICEF'],
    },
    html: `<p>Devi is 27 and can write little more than her own signature. For a long time she did not know that the government paid any support to families with young children. Only when a local volunteer sat down with her did she learn that her son was entitled to the child grant, and how to apply.</p>
<h2>An account in her son’s name</h2>
<p>Once registered, the family opened a bank account in the boy’s name. The grant is deposited into it every four months. Devi likes this arrangement: seeing his name on the passbook reminds her that the money belongs to him and should go to his food, clothes and health.</p>
<h2>A family budget stretched across borders</h2>
<p>Her husband operates heavy machinery when he can find work, which is rare these days. He spent three years driving in Malaysia and earned well there. When the pandemic struck, he had to come home. His visa had run out, so he paid for his own ticket, a heavy cost for the family. He now wants to go abroad again, and Devi supports him even though she will miss him.</p>
<p>The household also helps both sets of grandparents. Her husband’s parents are still some years too young for the old-age allowance and receive nothing. Devi’s father, who had a stroke, receives the disability allowance.</p>
<h2>Rights, not favours</h2>
<p>Devi believes the allowances are right: they help people in difficulty to live decently. She is less sure about the motives of politicians, who, she suspects, count on the schemes to win votes.</p>
<p>Her view matters. After years of advocacy by UNICEF and civil society, the government extended the universal child grant from 14 to 25 of Nepal’s 77 districts. SPCSN will keep pushing until every child in every district is covered, and until families like Devi’s see the grant as their right.</p>`,
  },
  {
    type: 'story',
    slug: 'khadija-garment-union',
    title: 'Khadija, 26: from silence on the factory floor to a registered union',
    excerpt:
      'A garment worker in Dhaka joined NGWF, learned her rights and organised her colleagues. ' +
      'In November 2020 their factory union was registered.',
    publishedAt: '2021-02-05T09:50:00Z',
    author: 'tanvir',
    countries: ['bangladesh'],
    themes: ['gender-equality', 'youth'],
    fields: {
      personName: 'Khadija',
      age: 26,
      place: 'Dhaka',
      work: 'Garment worker (assistant operator on a sewing line)',
      scheme: 'Union support: training, organising and legal aid',
      gatheredBy: 'NGWF organisers',
      gatheredAt: '2021-01-12',
      consent: { givenBy: 'Khadija', givenAt: '2021-01-12', form: 'written' },
      organizations: ['NGWF'],
    },
    html: `<p>Khadija grew up in a poor family and came to Dhaka in 2015, hoping that a factory job would let her support her parents. She started as an assistant operator on a sewing line, earning BDT 5,300 a month.</p>
<h2>Not knowing her rights</h2>
<p>At the time she knew nothing about how many hours she could be made to work, what overtime should pay, or what the law says about maternity leave, safety or harassment. Supervisors shouted insults at the workers and sometimes hit them. Like most of her colleagues, Khadija kept quiet, afraid of losing the job.</p>
<h2>What changed</h2>
<p>A colleague brought her to an NGWF meeting. Over the following months she took part in training on:</p>
<ul>
<li>gender equality and violence at work;</li>
<li>workplace health and safety;</li>
<li>collective bargaining;</li>
<li>labour rights under Bangladeshi law.</li>
</ul>
<p>She began to join public actions for a higher minimum wage, and, more importantly, to talk with the women around her. She explained what she had learned, signed up new members, and together they formed a union at their factory. In November 2020 it was officially registered.</p>
<h2>Today</h2>
<p>Khadija says she now receives her full wage on time and can send more home. Abuse on the floor has not disappeared, but workers no longer face it alone. Her aim is to make the union strong enough to win decent wages for everyone in the factory and to put an end to discrimination against women workers.</p>
<p>In 2020, NGWF welcomed more than 2,600 new members and gave legal aid to over 1,000 workers. Each of those numbers is made of stories like this one.</p>`,
  },
  {
    type: 'story',
    slug: 'kathmandu-taxi-driver-lockdown',
    title: 'A taxi driver in Kathmandu: how his union kept the family going in lockdown',
    excerpt:
      'He lost almost all his income when Nepal locked down. With a sick son and a mother who ' +
      'lost her sight, help from his union NTUC made the difference.',
    publishedAt: '2021-02-03T09:35:00Z',
    author: 'sabina',
    countries: ['nepal'],
    themes: ['informal-workers', 'covid-19'],
    fields: {
      personName: null,
      place: 'Kathmandu',
      work: 'Taxi driver (the taxi belongs to someone else)',
      scheme: 'Union support during the lockdown',
      gatheredBy: 'NTUC',
      gatheredAt: '2021-01-14',
      consent: { givenBy: 'The driver himself', givenAt: '2021-01-14', form: 'recorded' },
      organizations: ['NTUC', 'GEFONT', 'ITUC-NAC'],
    },
    html: `<p>He asked us not to publish his name, age or neighbourhood: in a small trade, people know each other, and he still owes money to some of them.</p>
<p>He drives a taxi in Kathmandu that belongs to someone else. Before the pandemic, his share of the fares was never large, but it was enough to keep a family of four. When the lockdown began in March 2020 and stretched into the summer, the streets emptied. The owner could no longer pay him anything. In the worst months, he earned around NPR 1,500, roughly €10.</p>
<h2>From living to surviving</h2>
<p>The first month, the family lived on their savings. After that, there was nothing left, not for rent and at times not for food. Their son has tuberculosis, and whatever money came in went to his medicine. Then his mother developed glaucoma and lost her sight. He describes that period as the lowest point of his life.</p>
<h2>The union steps in</h2>
<p>He is a member of NTUC’s transport union. During the lockdown, NTUC, like the other union centres in our Nepali platform, set up a disaster management committee to find out which members were in trouble. The union brought the family food parcels and helped their son continue his treatment. He is convinced that without that support his family would not have made it through.</p>
<h2>What his story tells us</h2>
<p>Taxi drivers who do not own their vehicle have no employer to register them with the Social Security Fund. They fall outside almost every public scheme, and when their income stops, nothing replaces it. Unions can bridge the gap for a while, but not for everyone and not for ever. That is why GEFONT, NTUC and ITUC-NAC are calling for social security that covers self-employed and informal transport workers.</p>`,
  },
];
