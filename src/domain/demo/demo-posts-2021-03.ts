import type { DemoPost } from './demo-types.ts';

export const demoPosts202103: DemoPost[] = [
  {
    slug: 'cambodia-informal-workers-missing-middle',
    title:
      'Too poor to save, not poor enough for IDPoor: Cambodia’s informal workers in the middle',
    excerpt:
      'Tuk-tuk drivers and vendors organised by IDEA fall between the NSSF and the schemes for ' +
      'the poorest. They ask for a door into social security that fits their lives.',
    publishedAt: '2021-03-30T03:40:00Z',
    author: 'sokha',
    countries: ['cambodia'],
    themes: ['informal-workers', 'social-security', 'health-care'],
    html: `<p>Cambodia’s social protection has grown quickly in recent years. Employees of registered enterprises are covered by the National Social Security Fund (NSSF) for work injuries and health care. The poorest households, identified through the IDPoor programme, can get free treatment through the Health Equity Fund, and since June 2020 they have received monthly cash transfers during the pandemic.</p>
<p>Between those two groups is a large population that social policy experts call the missing middle. In Cambodia, it includes most of the members of the Independent Democracy of Informal Economy Association (IDEA): tuk-tuk and motorbike-taxi drivers, street and market vendors, waste pickers and construction day labourers.</p>
<h2>Life without cover</h2>
<p>A tuk-tuk driver in Phnom Penh may earn enough on a good day to stay above the poverty line, so he does not qualify for an IDPoor card. He has no employer to register him with the NSSF. When he has an accident or falls ill, he pays at a private clinic, borrows from a moneylender, or does without care. When tourism disappeared in 2020, many drivers lost most of their income from one week to the next, and almost none received public support.</p>
<h2>The law is there; the scheme is not</h2>
<p>The 2019 Law on Social Security Schemes opens the door to coverage for self-employed workers, and the National Social Protection Policy Framework sets the goal of protection for all by 2025. What is missing is a concrete scheme, with contributions that people with irregular incomes can afford.</p>
<h2>IDEA’s proposals</h2>
<ul>
<li>A voluntary NSSF health scheme for self-employed workers, starting with those who are already organised, with a government subsidy for low earners.</li>
<li>Registration through workers’ associations, markets and unions, so that members do not lose a day’s income queueing at an office.</li>
<li>Flexible payment: monthly, quarterly or by mobile phone, with no loss of cover for a late payment in a bad month.</li>
<li>On-demand IDPoor assessment for families whose income collapsed because of the pandemic.</li>
</ul>
<p>IDEA has presented these proposals to the NSSF and the labour ministry and offered its members as a pilot group. Informal workers do not want charity, its leaders say: they want to pay into a system that protects them.</p>`,
  },
  {
    slug: 'philippines-young-delivery-riders-social-protection',
    title: 'Young, on two wheels and uninsured: delivery riders in Metro Manila',
    excerpt:
      'Food and parcel delivery kept cities running through lockdown. The young riders who do it ' +
      'are called partners, not employees, and carry the risks alone.',
    publishedAt: '2021-03-24T08:05:00Z',
    author: 'marisol',
    countries: ['philippines'],
    themes: ['youth', 'informal-workers', 'occupational-safety-and-health'],
    html: `<p>During the long community quarantine in Metro Manila, delivery riders became one of the few familiar sights on empty roads. Thousands of young people who had lost jobs in malls, restaurants and factories signed up with food and parcel delivery apps. For many, it was the only work available.</p>
<h2>Partners on paper</h2>
<p>The platforms call riders partners or independent contractors. That word has consequences. It means the company does not register them with the Social Security System or PhilHealth and does not pay an employer’s share. A rider who wants cover has to join SSS as a self-employed member and pay the full contribution alone, which few do.</p>
<p>In conversations organised by the Federation of Free Workers’ youth committee, riders described the risks they carry:</p>
<ul>
<li>accidents in heavy traffic and rain, with hospital bills paid from their own pocket;</li>
<li>days of ten hours or more, because pay per delivery is low and incentives require long shifts;</li>
<li>exposure to the virus at restaurants and doorsteps, with masks and sanitiser bought at their own expense;</li>
<li>accounts suspended by the app without explanation, and no one to appeal to.</li>
</ul>
<h2>What riders are asking for</h2>
<p>Riders do not necessarily want fixed hours; many value being able to choose when to work. What they want is basic protection that does not disappear because of the word on their contract. With the FFW, a group of young riders has drawn up a short list of demands:</p>
<ol>
<li>platforms should register riders with SSS and PhilHealth and pay a share of contributions;</li>
<li>accident insurance from the first delivery, paid by the platform;</li>
<li>clear rules on pay and on suspensions, with a human appeal process;</li>
<li>recognition of riders’ right to organise and to negotiate with the platforms.</li>
</ol>
<p>Several bills on platform workers are pending in Congress. Young riders want a seat at the table when they are discussed.</p>`,
  },
  {
    slug: 'testimony-sri-domestic-worker-jakarta',
    title: 'Sri, 44: a domestic worker in Jakarta who insured herself against accidents',
    excerpt:
      'After years as a migrant worker in Hong Kong, Sri cleans homes in Jakarta. When she broke ' +
      'her wrist at work, the BPJS accident cover she had joined paid for her care.',
    publishedAt: '2021-03-19T05:15:00Z',
    author: 'ratna',
    countries: ['indonesia'],
    themes: ['domestic-and-migrant-workers', 'social-security'],
    html: `<p><em>Sri shared her story with the Coalition of Domestic Workers and Migrant Workers (KAPRTBM). She agreed to the use of her first name and age.</em></p>
<p>“I left my village in Central Java when I was 26 and worked for six years in Hong Kong, looking after an old lady. When I came home, I had saved enough to fix my parents’ roof, but not enough to stop working. Now I clean two houses in South Jakarta, one in the morning and one in the afternoon. I go home every night to my own family.</p>
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
    slug: 'india-labour-codes-who-is-left-outside',
    title: 'India’s four labour codes: who will be left outside?',
    excerpt:
      'Dozens of labour laws have been merged into four codes. Our partners explain what changes ' +
      'for working hours, strikes, lay-offs and social security, and what they are asking for.',
    publishedAt: '2021-03-15T06:45:00Z',
    author: 'priya',
    countries: ['india'],
    themes: ['labour-law', 'informal-workers'],
    html: `<p>In 2019 and 2020, with the country in the middle of the pandemic, India’s Parliament adopted the largest overhaul of labour law since independence. Dozens of central labour laws were merged into four codes:</p>
<ul>
<li>the Code on Wages;</li>
<li>the Industrial Relations Code;</li>
<li>the Occupational Safety, Health and Working Conditions Code;</li>
<li>the Code on Social Security.</li>
</ul>
<p>The government presents the reform as simplification that will attract investment, give employers flexibility and, for the first time, extend social security to gig and platform workers and to migrants who cross state borders for work. The trade unions, including our partner CFTUI, call it anti-worker. On 26 November 2020 they held a general strike in which, by their count, 250 million people took part, most of them workers with no union at all.</p>
<h2>What worries unions</h2>
<ul>
<li><strong>Working hours.</strong> The codes and several state orders open the way to working days of up to 12 hours instead of 8.</li>
<li><strong>Strikes.</strong> Notice requirements now apply far more widely, which in practice makes lawful industrial action very hard.</li>
<li><strong>Lay-offs.</strong> Firms with up to 300 workers, rather than 100, can now lay off staff or close without government permission.</li>
<li><strong>Social security.</strong> Gig, platform and unorganised workers are named in the new code, but their benefits depend on schemes the government may or may not create. Many rights apply only above a certain number of employees.</li>
</ul>
<h2>Who is missing</h2>
<p>Domestic workers, almost all women, are still not clearly covered as workers with an employer. Home-based workers and agricultural labourers, who make up much of the workforce our partners organise, will depend on registration in a database and on future schemes, rather than on rights they can enforce.</p>
<h2>What our partners ask</h2>
<ol>
<li>Keep the eight-hour day and the right to strike.</li>
<li>Consult unions, including unions of informal workers, on every set of rules drafted under the codes.</li>
<li>Make registration of informal workers simple and free, and link it to real, funded benefits.</li>
<li>Adopt a national law for domestic workers.</li>
</ol>
<p>The rules that put the codes into effect are still being drafted by the centre and the states. That leaves room, our partners say, to fix some of the worst provisions before they take hold.</p>`,
  },
  {
    slug: 'testimony-chanthy-garment-worker-maternity',
    title: 'Chanthy, 31: giving birth with NSSF health cover in Cambodia',
    excerpt:
      'A sewing machine operator on the outskirts of Phnom Penh describes what changed between ' +
      'her first child and her second, once she knew how to use her NSSF card.',
    publishedAt: '2021-03-08T09:20:00Z',
    author: 'sokha',
    countries: ['cambodia'],
    themes: ['gender-equality', 'health-care', 'social-security'],
    html: `<p><em>Chanthy told her story to a women’s committee organiser of the Cambodian Labour Confederation (CLC). She gave her consent for publication with her first name and age.</em></p>
<p>“I have worked in garment factories since I was 18. Now I am 31 and I sew sleeves on a line of forty women, in a factory on the edge of Phnom Penh. My husband drives for a construction company. We have two daughters.</p>
<p>When my first girl was born, I did not know that I had health insurance. We went to a private clinic near our room, and the birth cost us more than two months of my wages. We borrowed from my aunt and paid her back for a year.</p>
<p>Before my second pregnancy, I went to a training by the union in our dormitory area. They showed us the NSSF card and explained which health centres accept it. I did not even know where my card was. The union helped me get it from the factory office.</p>
<p>With my second daughter, in 2020, everything was different. I went to the health centre for my check-ups, and the birth was at the referral hospital. I did not pay for the delivery. The NSSF also gave me the government’s birth allowance of 400,000 riels. During my three months of leave the factory paid half of my wage, and the NSSF paid a maternity allowance on top, so for once we had more money, not less, when the baby came. Then I went back to the same job.</p>
<p>Last year, when the factory stopped for a few weeks because there were no orders, the union also helped us to understand the suspension payment. I tell the younger women on my line: find your card, and ask the union if you do not understand.”</p>
<h2>What CLC takes from her story</h2>
<p>Chanthy’s experience is common. Since 2018 a registered worker on maternity leave receives 70% of her wage from the NSSF in addition to the 50% her employer must pay, but many women only learn about it by chance, and some never claim. CLC asks the NSSF and employers to explain coverage to every worker on the day they are hired, and to hand the card to the worker rather than keep it in an office drawer. It also asks that the same maternity protection be opened to women in informal work, who today have none of it.</p>`,
  },
  {
    slug: 'international-womens-day-2021-statement',
    title:
      '8 March: women keep the region’s economies running. Social protection must keep them safe',
    excerpt:
      'On International Women’s Day, members in six countries call for maternity protection, care ' +
      'and pensions that reach women in informal work, and for an end to violence at work.',
    publishedAt: '2021-03-08T02:00:00Z',
    author: 'anika',
    countries: ['india', 'bangladesh', 'nepal', 'cambodia', 'indonesia', 'philippines'],
    themes: ['gender-equality', 'informal-workers'],
    html: `<p>Across our six countries, women sew the garments, clean the homes, care for the sick and the old, sell food on the street and work the fields. A great part of that work is informal, low-paid or unpaid. The pandemic made this visible: women were the first sent home from factories and households, and the last to be reached by relief.</p>
<p>This International Women’s Day, our member organisations are marking the date with meetings, rallies where the health rules allow, and online discussions. Their message is shared.</p>
<h2>What women workers need</h2>
<ul>
<li><strong>Maternity protection for every woman</strong>, not only those with a formal contract: paid leave funded by social insurance or the state rather than by individual employers, and health care before and after birth.</li>
<li><strong>Care services</strong>: affordable child care and care for older people, so that women can take paid work and so that care workers themselves are properly paid and protected.</li>
<li><strong>Pensions that count care</strong>: women’s interrupted careers should not mean poverty in old age. Universal old-age allowances, like Nepal’s, and credits for years spent caring, are part of the answer.</li>
<li><strong>Social security that fits informal work</strong>: contributions adapted to irregular incomes, with public subsidies for low earners.</li>
<li><strong>An end to violence and harassment at work</strong>, starting with ratification of ILO Convention 190 by every government in the region.</li>
</ul>
<h2>Women in the lead</h2>
<p>Women are not only the people these policies are for. They are increasingly the ones leading our member organisations: union presidents in garment and domestic work, organisers of informal workers’ associations, researchers and negotiators. The network’s new <a href="https://example.org/publications/gender-equality-pocket-guide-en.pdf">pocket guide on gender equality</a> offers organisations a tool to look at themselves: who holds the decisions, whose problems make it to the agenda, and what they will change this year.</p>
<p>Equality will not be won in a day. But 8 March is a good day to start counting.</p>`,
  },
];
