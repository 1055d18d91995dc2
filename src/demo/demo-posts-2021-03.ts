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
    organizations: ['IDEA'],
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
    organizations: ['FFW'],
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
    slug: 'india-labour-codes-who-is-left-outside',
    title: 'India’s four labour codes: who will be left outside?',
    excerpt:
      'Dozens of labour laws have been merged into four codes. Our partners explain what changes ' +
      'for working hours, strikes, lay-offs and social security, and what they are asking for.',
    publishedAt: '2021-03-15T06:45:00Z',
    author: 'priya',
    countries: ['india'],
    themes: ['labour-law', 'informal-workers'],
    organizations: ['CFTUI'],
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
];
