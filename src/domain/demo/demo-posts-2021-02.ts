import type { DemoPost } from './demo-types.ts';

export const demoPosts202102: DemoPost[] = [
  {
    slug: 'indonesia-bpjs-kesehatan-informal-workers-premiums',
    title: 'Higher JKN premiums push Indonesian informal workers out of health insurance',
    excerpt:
      'Self-paying members of BPJS Kesehatan now pay Rp 35,000 a month per person for class III ' +
      'cover. For a vendor’s family of four, that is more than many can manage.',
    publishedAt: '2021-02-24T04:10:00Z',
    author: 'ratna',
    countries: ['indonesia'],
    themes: ['health-care', 'informal-workers'],
    html: `<p>Indonesia’s national health insurance, JKN, managed by BPJS Kesehatan, is one of the largest health insurance schemes in the world, with more than 220 million members. For the poorest households, the state pays the premium. Formal employees share it with their employer. In between sit the informal workers: vendors, drivers, farmers, home-based workers. They pay their own premium, every month, out of an income that can vary from one day to the next.</p>
<h2>What changed in January</h2>
<p>Since 1 January 2021, the premium for the lowest class of cover, class III, is Rp 42,000 per person per month. The government pays Rp 7,000 of it, leaving the member to pay Rp 35,000, up from Rp 25,500 in 2020. For a street food seller with a spouse and two children, that means Rp 140,000 every month, in a year when many have lost half their customers.</p>
<p>When a member falls behind, the card is deactivated. To reactivate it, the arrears must be paid, and a penalty may apply if the member needs hospital care soon after. In practice, many families stop paying and hope no one falls ill.</p>
<h2>What we hear from members</h2>
<ul>
<li>Informal workers who lost income in 2020 but are not in the government’s welfare database cannot get the subsidised status.</li>
<li>Women often keep paying for their children and let their own cover lapse.</li>
<li>Many do not know that they can move down to a cheaper class instead of dropping out.</li>
</ul>
<h2>Our demands</h2>
<p>KSBSI and BPJS Watch, with the other organisations of our Indonesian platform, ask the government and BPJS Kesehatan to:</p>
<ol>
<li>update the integrated social welfare data so that informal workers who became poor during the pandemic can be enrolled as subsidised members;</li>
<li>suspend deactivation for arrears for as long as the pandemic emergency lasts;</li>
<li>open complaint desks at community health centres, staffed by people who can help with paperwork;</li>
<li>publish how many self-paying members have dropped out since the increase.</li>
</ol>
<p>Universal health coverage means nothing if the people who work hardest for the least cannot stay in it.</p>`,
  },
  {
    slug: 'philippines-kasambahay-social-security-registration',
    title: 'Eight years after the Kasambahay Law, most domestic workers are still not registered',
    excerpt:
      'The law says employers must enrol domestic workers in SSS, PhilHealth and Pag-IBIG. ' +
      'SENTRO and PATAMABA are helping kasambahay check and claim their coverage.',
    publishedAt: '2021-02-19T06:25:00Z',
    author: 'marisol',
    countries: ['philippines'],
    themes: ['domestic-and-migrant-workers', 'social-security'],
    html: `<p>The Philippines was one of the first countries to ratify the ILO Domestic Workers Convention, and in 2013 it adopted its own Domestic Workers Act, better known as the Batas Kasambahay. On paper, the law is strong. A kasambahay is entitled to a written contract, a minimum wage, a weekly rest day, and registration with the three social insurance agencies: the Social Security System (SSS), PhilHealth and the Pag-IBIG housing fund.</p>
<p>The law also protects those on the lowest wages. When a kasambahay earns less than PHP 5,000 a month, the employer must pay the full contribution, without deducting anything from her salary.</p>
<h2>The reality behind closed doors</h2>
<p>Eight years on, the gap between the law and daily life is wide. Many domestic workers have never seen a contract. Many were told they were registered, but find out at the SSS office that no contribution was ever paid. When the lockdown came in 2020, some were sent home without pay, others were kept inside their employer’s house for weeks without a day off.</p>
<h2>Sunday help desks</h2>
<p>Since last year SENTRO and PATAMABA have run help desks on Sundays, the one day many kasambahay have free, near churches, parks and markets in Metro Manila. Volunteers, several of them former domestic workers, help with:</p>
<ul>
<li>checking a worker’s SSS and PhilHealth records on the spot;</li>
<li>explaining what the employer owes and how to raise it without losing the job;</li>
<li>filing complaints with the labour department when an employer refuses to pay;</li>
<li>signing up as a voluntary member when a worker has several part-time employers.</li>
</ul>
<h2>Abroad as well as at home</h2>
<p>Hundreds of thousands of Filipino women do domestic work abroad. Since the 2018 Social Security Act, land-based overseas workers must be covered by the SSS. Our members ask that the agencies make payment from abroad easy and cheap, and that the contribution record of a returning worker is never lost.</p>`,
  },
  {
    slug: 'nepal-child-grant-testimony-devi',
    title: '“The money is for him”: how the child grant helps one Nepali family',
    excerpt:
      'Devi, 27, receives Nepal’s child grant for her son. Her family’s story shows how allowances, ' +
      'migration and lockdown are tied together in a household’s budget.',
    publishedAt: '2021-02-10T05:50:00Z',
    author: 'sabina',
    countries: ['nepal'],
    themes: ['social-security', 'gender-equality', 'domestic-and-migrant-workers'],
    html: `<p><em>This testimony was gathered by the Social Protection Civil Society Network (SPCSN) during a field visit. Devi agreed to share her story and to have her first name published.</em></p>
<p>Devi is 27 and can write little more than her own signature. For a long time she did not know that the government paid any support to families with young children. Only when a local volunteer sat down with her did she learn that her son was entitled to the child grant, and how to apply.</p>
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
    slug: 'un-social-development-side-event-global-fund',
    title:
      'Event, 12 February: building roofs and raising floors with a Global Fund for Social Protection',
    excerpt:
      'A side event of the UN Commission for Social Development on homelessness, digital tools and ' +
      'a Global Fund for Social Protection, with a speaker from KSBSI Indonesia.',
    publishedAt: '2021-02-06T11:20:00Z',
    author: 'anika',
    countries: ['indonesia'],
    themes: ['social-security', 'covid-19'],
    html: `<p>The Global Coalition for Social Protection Floors (GCSPF), of which our network is an active member, and the Global Call to Action Against Poverty (GCAP) are holding an online side event during the 59th session of the UN Commission for Social Development. It will ask how inclusive digital technology and a Global Fund for Social Protection could help reach the people most often left out, including those without a home.</p>
<h2>Date and time</h2>
<p><strong>Friday 12 February 2021, 08:30–09:45 EST</strong> (New York, UTC−5). That is:</p>
<ul>
<li>19:00–20:15 in India (UTC+5:30);</li>
<li>19:15–20:30 in Nepal (UTC+5:45);</li>
<li>19:30–20:45 in Bangladesh (UTC+6);</li>
<li>20:30–21:45 in Bangkok, Phnom Penh and Jakarta (UTC+7);</li>
<li>21:30–22:45 in Manila (UTC+8).</li>
</ul>
<p>The meeting runs on Zoom; registered participants receive a secure link. <a href="https://example.org/events/csocd59-side-event/register">Register here</a>.</p>
<h2>Why this matters</h2>
<p>The pandemic pushed millions of people into poverty, and many emergency measures, including bans on evictions, are already ending. Homelessness is one of the clearest signs that a social protection system has failed. Low-income countries will need technical and financial support to build lasting floors, which is why the UN Special Rapporteur on extreme poverty and the GCSPF are exploring a Global Fund for Social Protection.</p>
<h2>Provisional programme</h2>
<p>Moderator: Magdalena Sepúlveda, Executive Director, Global Initiative for Economic, Social and Cultural Rights (GI-ESCR).</p>
<h3>Section 1: the view of member states and the Special Rapporteur</h3>
<ul>
<li>Saila Ruuth, State Secretary to the Minister of Social Affairs and Health, Finland</li>
<li>Meryame Kitir, Minister of Development Cooperation and Major Cities, Belgium</li>
<li>Olivier De Schutter, UN Special Rapporteur on Extreme Poverty and Human Rights</li>
</ul>
<h3>Section 2: lived experience and social protection for all</h3>
<ul>
<li>Rob Robinson, Partners for Dignity and Human Rights and Institute of Global Homelessness</li>
<li>Samuel Obara, Africa Platform for Social Protection</li>
<li>Roshni K. Nuggehalli, Global Call to Action Against Poverty and Wada Na Todo Abhiyan</li>
<li>Sulistri Afrileston, All Indonesian Trade Union Confederation (KSBSI)</li>
</ul>
<h3>Section 3: action for change between civil society and the United Nations</h3>
<ul>
<li>Nicola Wiebe, social protection policy specialist, Bread for the World, for the GCSPF</li>
<li>Shahra Razavi, Director of Social Protection, International Labour Organization</li>
</ul>
<h3>Conclusions</h3>
<ul>
<li>Paul Ladd, UN Research Institute for Social Development</li>
</ul>
<p>The programme may still change. Questions: <a href="mailto:events@example.org">events@example.org</a>.</p>`,
  },
  {
    slug: 'publication-pocket-guide-gender-equality',
    title: 'New publication: a pocket guide on gender equality, in four languages',
    excerpt:
      'Ahead of 8 March, a practical handbook with an analysis grid, good practices and testimonies ' +
      'from four continents. Download it in French, Dutch, English or Spanish.',
    publishedAt: '2021-02-06T07:45:00Z',
    author: 'anika',
    countries: [],
    themes: ['gender-equality'],
    html: `<p>Almost every organisation in our network says it stands for equality between women and men. Far fewer can say what that means for who leads their board, who speaks at their rallies, or whose problems reach the bargaining table. A new pocket guide, produced with our partner movement in Belgium and released ahead of International Women’s Day on 8 March, sets out to close that gap.</p>
<h2>What is in the guide</h2>
<ul>
<li><strong>A shared vision</strong>: what gender equality means in practice, as equal rights and equal opportunities, and why development that leaves women behind does not last.</li>
<li><strong>An analysis grid</strong>: questions an organisation can ask about itself, its programmes and its networks, from membership figures to the timing of meetings.</li>
<li><strong>Good practices</strong>: examples from partners in Asia, Africa, Latin America and Belgium, with lessons learned and a list of do’s and don’ts.</li>
<li><strong>Testimonies</strong>: women and men from member organisations describe what changed when they took equality seriously.</li>
</ul>
<p>The guide mixes theory and practice and is deliberately short. It does not claim to cover everything. It is meant to start a conversation inside organisations, and to help them choose concrete steps they will actually take.</p>
<h2>Download</h2>
<p>Each language has its own file:</p>
<ul>
<li><a href="https://example.org/publications/gender-equality-pocket-guide-fr.pdf">Français (FR)</a></li>
<li><a href="https://example.org/publications/gender-equality-pocket-guide-nl.pdf">Nederlands (NL)</a></li>
<li><a href="https://example.org/publications/gender-equality-pocket-guide-en.pdf">English (EN)</a></li>
<li><a href="https://example.org/publications/gender-equality-pocket-guide-es.pdf">Español (ES)</a></li>
</ul>
<p>Member organisations that would like to translate the guide into a national language, or to use it in a training session, can write to <a href="mailto:editors@example.org">editors@example.org</a>.</p>`,
  },
  {
    slug: 'gk-health-services-bangladesh-2020',
    title: 'Health care for more than 10,000 people in a pandemic year: GK in 2020',
    excerpt:
      'Gonoshasthaya Kendra kept its clinics open, ran a COVID-19 call centre and worked on a ' +
      'rapid test, while its health insurance members kept getting care.',
    publishedAt: '2021-02-05T12:30:00Z',
    author: 'tanvir',
    countries: ['bangladesh'],
    themes: ['health-care', 'covid-19'],
    html: `<p>Gonoshasthaya Kendra (GK) has been building people’s health care in Bangladesh for five decades. After the government, it is the country’s largest health provider, serving about 1.67 million people in 1,017 villages through 44 rural sub-centres and six referral hospitals. Most of the people it serves are rural, low-income and without any other cover.</p>
<h2>Care for members in 2020</h2>
<p>In a year when many clinics closed their doors, more than 10,000 members of GK’s health insurance, 67% of them women and 69% young workers, received medical care or advice. That included:</p>
<ul>
<li>preventive care and essential medicines;</li>
<li>specialised health camps in villages;</li>
<li>grants for destitute families;</li>
<li>HIV/AIDS screening.</li>
</ul>
<p>GK also trained 162 people, 85% of them women and 93% under 35, as traditional birth attendants and paramedics, and in gender and disability awareness. A further 79 people took vocational courses.</p>
<h2>Responding to COVID-19</h2>
<p>When the virus reached Bangladesh, GK staff worked around the clock. The organisation:</p>
<ul>
<li>took preventive measures in its hospitals and in the communities they serve;</li>
<li>worked on a rapid antibody test, the GR COVID-19 Rapid Dot Blot;</li>
<li>raised funds for an emergency food distribution programme;</li>
<li>set up a separate flu corner at its hospital in Savar;</li>
<li>opened a COVID-19 call centre offering telemedicine and advice;</li>
<li>shared prevention messages through social media and leaflets.</li>
</ul>
<p>GK’s experience shows what community-based health insurance can do when it is rooted in the villages it serves. It also shows its limits: a non-profit scheme cannot replace a public health system that reaches everyone. GK and BSPAN will keep pressing for health care to be a central part of Bangladesh’s social security strategy. <a href="https://example.org/reports/gk-covid-19-response-2020">Read GK’s report on its COVID-19 response</a>.</p>`,
  },
  {
    slug: 'testimony-khadija-garment-worker-dhaka',
    title: 'Khadija, 26: from silence on the factory floor to a registered union',
    excerpt:
      'A garment worker in Dhaka joined NGWF, learned her rights and organised her colleagues. ' +
      'In November 2020 their factory union was registered.',
    publishedAt: '2021-02-05T09:50:00Z',
    author: 'tanvir',
    countries: ['bangladesh'],
    themes: ['gender-equality', 'youth'],
    html: `<p><em>This story was gathered by organisers of the National Garment Workers Federation (NGWF). Khadija gave her consent for it to be published with her first name.</em></p>
<p>Khadija grew up in a poor family and came to Dhaka in 2015, hoping that a factory job would let her support her parents. She started as an assistant operator on a sewing line, earning BDT 5,300 a month.</p>
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
    slug: 'bangladesh-2020-in-numbers',
    title: 'Bangladesh 2020 in numbers: nearly 570,000 people reached',
    excerpt:
      'Garment workers organised, social security rights explained, health care delivered: the ' +
      'results of our Bangladeshi members in 2020, with partners, budget and donor.',
    publishedAt: '2021-02-05T04:15:00Z',
    author: 'tanvir',
    countries: ['bangladesh'],
    themes: ['social-security', 'health-care', 'labour-law'],
    html: `<p>In a year dominated by lockdown and mass lay-offs, our four member organisations in Bangladesh reached nearly 570,000 people. Here is what that number is made of.</p>
<h2>Labour standards</h2>
<p>More than 175,000 garment workers were reached, 57% of them women and 77% under 35:</p>
<ul>
<li>over 170,000 learned more about their rights through public outreach;</li>
<li>2,700 joined a union for the first time;</li>
<li>close to 300 took basic or advanced training;</li>
<li>more than 1,000 received legal assistance;</li>
<li>nearly 1,000 took part in actions for a higher minimum wage.</li>
</ul>
<h2>Vocational skills</h2>
<p>141 people followed skills training with Gonoshasthaya Kendra (GK). Several of the women trained as drivers, and used the experience to challenge the idea that driving is a man’s job.</p>
<h2>Social security</h2>
<p>350,000 workers were informed about their social security rights, and 60 received basic training to help others claim them.</p>
<h2>Health</h2>
<p>Almost 45,000 people gained better access to health care thanks to GK, and 10,000 of them received direct medical care.</p>
<h2>The programme</h2>
<ul>
<li><strong>Partners:</strong> NGWF, GK, OHS Initiative, BSPAN</li>
<li><strong>Budget 2020:</strong> €100,000</li>
<li><strong>Donor:</strong> Belgian Development Directorate (DGD)</li>
<li><strong>Programme period:</strong> 2017–2021</li>
</ul>
<h2>The context</h2>
<p>Bangladesh was the second most affected country in South Asia in 2020, with 7,781 registered COVID-19 deaths, while testing remained limited. The national lockdown ran from 23 March to 30 May. Garment factories were allowed to keep working, but falling export orders cost an estimated one million garment workers their jobs, around a quarter of the workforce. In April, hundreds of workers marched in Chittagong to demand wages left unpaid when more than 500 factories closed for a month.</p>
<p>BSPAN moved 20% of its budget to pandemic response, and NGWF’s legal aid desks were busier than ever.</p>`,
  },
  {
    slug: 'call-to-action-eu-due-diligence-law',
    title: 'Call to action: tell the EU to make companies answer for abuses in their supply chains',
    excerpt:
      'The European Commission is consulting on a law on human rights and environmental due ' +
      'diligence. Add your voice through the citizens’ submission before 8 February.',
    publishedAt: '2021-02-04T10:00:00Z',
    author: 'anika',
    countries: [],
    themes: ['labour-law', 'occupational-safety-and-health'],
    html: `<ul>
<li><strong>The ask:</strong> sign the joint citizens’ submission to the European Commission’s public consultation on sustainable corporate governance.</li>
<li><strong>Deadline:</strong> Monday 8 February 2021.</li>
<li><strong>Sign here:</strong> <a href="https://example.org/act/eu-due-diligence">example.org/act/eu-due-diligence</a></li>
</ul>
<h2>Why it matters to workers in Asia</h2>
<p>The shirts sewn in Dhaka, the palm oil harvested in Sumatra and the shoes made outside Phnom Penh end up in European shops. When a factory building collapses, when a union leader is dismissed, or when plantation workers spray pesticides without protection, the brands at the top of the chain too often say it was not their responsibility.</p>
<p>The European Commission has promised a proposal, expected around the middle of 2021, for a law that would make companies responsible for preventing harm to people and the environment in their operations and supply chains. Whether that law has teeth depends in part on this consultation.</p>
<h2>What is due diligence?</h2>
<p>Human rights and environmental due diligence means that a company must look for the risks its business creates, act to prevent and reduce them, and account for what it did. That includes harm caused by subsidiaries, subcontractors and suppliers, not only by the company itself.</p>
<h2>What we are asking for</h2>
<ul>
<li>a binding obligation for all companies, including the biggest brands and retailers, covering their whole value chain;</li>
<li>liability when companies fail, so that victims can go to court in Europe and obtain remedy;</li>
<li>a real role for trade unions and affected communities in identifying risks;</li>
<li>explicit protection of the rights to organise and to bargain collectively.</li>
</ul>
<h2>How to take part</h2>
<p>The official consultation form is long and technical. A coalition including the European Trade Union Confederation, Friends of the Earth Europe and the European Coalition for Corporate Justice has prepared a simpler citizens’ tool: a short text you can sign in a few minutes. The consultation is open to anyone, anywhere, who is affected by global value chains. Our member organisations are submitting their own contributions; individual workers and activists can sign the joint one.</p>`,
  },
  {
    slug: 'testimony-hari-taxi-driver-kathmandu',
    title: 'A taxi driver in Kathmandu: how his union kept the family going in lockdown',
    excerpt:
      'Hari lost almost all his income when Nepal locked down. With a sick son and a mother who ' +
      'lost her sight, help from his union NTUC made the difference.',
    publishedAt: '2021-02-03T09:35:00Z',
    author: 'sabina',
    countries: ['nepal'],
    themes: ['informal-workers', 'covid-19'],
    html: `<p><em>Hari shared his story with the Nepal Trade Union Congress (NTUC). He agreed to the publication of his first name and asked that his age and neighbourhood be left out.</em></p>
<p>Hari drives a taxi in Kathmandu that belongs to someone else. Before the pandemic, his share of the fares was never large, but it was enough to keep a family of four. When the lockdown began in March 2020 and stretched into the summer, the streets emptied. The owner could no longer pay him anything. In the worst months, Hari earned around NPR 1,500, roughly €10.</p>
<h2>From living to surviving</h2>
<p>The first month, the family lived on their savings. After that, there was nothing left, not for rent and at times not for food. Their son has tuberculosis, and whatever money came in went to his medicine. Then Hari’s mother developed glaucoma and lost her sight. Hari describes that period as the lowest point of his life.</p>
<h2>The union steps in</h2>
<p>Hari is a member of NTUC’s transport union. During the lockdown, NTUC, like the other union centres in our Nepali platform, set up a disaster management committee to find out which members were in trouble. The union brought the family food parcels and helped their son continue his treatment. Hari is convinced that without that support his family would not have made it through.</p>
<h2>What his story tells us</h2>
<p>Taxi drivers who do not own their vehicle have no employer to register them with the Social Security Fund. They fall outside almost every public scheme, and when their income stops, nothing replaces it. Unions can bridge the gap for a while, but not for everyone and not for ever. That is why GEFONT, NTUC and ITUC-NAC are calling for social security that covers self-employed and informal transport workers.</p>`,
  },
  {
    slug: 'nepal-2020-in-numbers',
    title: 'Nepal 2020 in numbers: more than 400,000 people reached',
    excerpt:
      'Trade unions and civil society in Nepal trained, defended and mobilised workers through a ' +
      'year of lockdown. The results, partners, budget and donors for 2020.',
    publishedAt: '2021-02-03T06:00:00Z',
    author: 'sabina',
    countries: ['nepal'],
    themes: ['social-security', 'covid-19', 'labour-law'],
    html: `<p>Our members in Nepal reached more than 400,000 people in 2020, working on both contributory social security for workers and the non-contributory allowances that older people, children and people with disabilities depend on.</p>
<table>
<caption>Nepal 2020: people reached, with the share of women and of young people (under 35)</caption>
<thead>
<tr><th scope="col">Activity</th><th scope="col">People</th><th scope="col">Women</th><th scope="col">Youth</th></tr>
</thead>
<tbody>
<tr><th scope="row">Made aware of their rights through campaigns and outreach</th><td>about 200,000</td><td>16%</td><td>8%</td></tr>
<tr><th scope="row">Basic training</th><td>1,236</td><td>32%</td><td>55%</td></tr>
<tr><th scope="row">Advanced training of leaders and trainers</th><td>1,200</td><td>25%</td><td>12%</td></tr>
<tr><th scope="row">Legal assistance</th><td>270</td><td>15%</td><td>9%</td></tr>
<tr><th scope="row">Mobilised for advocacy (rallies, petitions, May Day)</th><td>over 200,000</td><td>70%</td><td>4%</td></tr>
<tr><th scope="row">Vocational skills (tailoring, embroidery)</th><td>55</td><td>82%</td><td>78%</td></tr>
</tbody>
</table>
<h2>The programme</h2>
<ul>
<li><strong>Partners:</strong> GEFONT, NTUC, ITUC-NAC, SPCSN</li>
<li><strong>Budget 2020:</strong> €87,813</li>
<li><strong>Donors:</strong> Belgian Development Directorate (DGD), EU INTPA</li>
<li><strong>Programme period:</strong> 2017–2021</li>
</ul>
<h2>Highlights</h2>
<ul>
<li>The three union centres joined the labour ministry’s task force on the pandemic’s impact on the labour market, and each set up a disaster management committee to support members during lockdown.</li>
<li>A rapid assessment by GEFONT found that 42% of enterprises paid no wages at all between 16 March and 15 April 2020, despite the employers’ federation FNCCI having promised otherwise.</li>
<li>ITUC-NAC ran advanced occupational safety training in six sectors and reached over 25,000 workers on the Social Security Fund, whose membership rose from under 140,000 to 184,000.</li>
<li>SPCSN helped families claim allowances. The universal child grant now covers 25 of 77 districts, up from 14.</li>
</ul>
<h2>The context</h2>
<p>Nepal recorded about 264,000 COVID-19 cases and 2,800 deaths in 2020. A strict lockdown from 24 March to 21 July hit informal workers hardest. With borders shut, remittances and tourism fell, and growth dropped to 1.8% from 7% in 2019. Government relief consisted mainly of food packages, cheaper essential goods and electricity, and public works or a partial wage for informal workers who lost their jobs. In December, the dissolution of Parliament added political uncertainty to an already difficult year.</p>`,
  },
  {
    slug: 'india-2020-in-numbers',
    title: 'India 2020 in numbers: 1.17 million people reached',
    excerpt:
      'Our six Indian partners organised, trained and defended workers through lockdown and labour ' +
      'law reform. The figures, partners, budget and donors for 2020.',
    publishedAt: '2021-02-01T07:30:00Z',
    author: 'priya',
    countries: ['india'],
    themes: ['social-security', 'labour-law', 'informal-workers'],
    html: `<p>Our partner organisations in India reached 1.17 million people in 2020, most of them women in the informal economy: domestic workers, home-based workers, agricultural labourers and migrants.</p>
<table>
<caption>India 2020: people reached, with the share of women and of young people (under 35)</caption>
<thead>
<tr><th scope="col">Activity</th><th scope="col">People</th><th scope="col">Women</th><th scope="col">Youth</th></tr>
</thead>
<tbody>
<tr><th scope="row">More aware of labour rights through campaigns and outreach</th><td>452,000</td><td>49%</td><td>44%</td></tr>
<tr><th scope="row">Newly organised in unions</th><td>over 112,000</td><td>91%</td><td>52%</td></tr>
<tr><th scope="row">Basic training in labour standards, social security and health</th><td>about 6,700</td><td>84%</td><td>55%</td></tr>
<tr><th scope="row">Advanced training of leaders and trainers</th><td>6,200</td><td>87%</td><td>41%</td></tr>
<tr><th scope="row">Legal assistance on labour rights</th><td>over 10,000</td><td>82%</td><td>40%</td></tr>
<tr><th scope="row">Mobilised for advocacy (demonstrations, petitions)</th><td>over 539,000</td><td>32%</td><td>44%</td></tr>
</tbody>
</table>
<h2>The programme</h2>
<ul>
<li><strong>Partners:</strong> CWM-India, AREDS, NDWM, NDWF, CFTUI, SEWA</li>
<li><strong>Budget 2020:</strong> €328,230</li>
<li><strong>Donors:</strong> Belgian Development Directorate (DGD), Brussels Region International, Familiehulp, ACV Food and Services</li>
<li><strong>Programme period:</strong> 2017–2021 (DGD)</li>
</ul>
<h2>Advocating together</h2>
<p>The partners spent much of the year resisting the new labour codes alongside other Indian unions, and pressing for informal workers to be properly registered in a national database. In September, NDWM, NDWF and CFTUI held a nationwide day of protest under the banner of the National Platform for Domestic Workers. They demanded a national law for domestic workers, cash support for those who lost work in the pandemic, and an urban employment guarantee scheme. Memoranda went to members of Parliament, labour ministers, labour commissioners and district collectors in several states. Together the partners mobilised more than 30,000 workers and trained 700, two thirds of them women.</p>
<p>With support from Brussels Region International, the partners also studied, with the Working People’s Charter, how informal workers in different states could or could not reach social security schemes during the pandemic. In Kerala, SEWA helped migrants from other districts enrol in the state’s schemes.</p>
<p>All partners except AREDS used the option to move 20% of their annual budget to COVID-19 relief: food and medicine, masks and sanitiser, and information on the virus and on how to claim government support.</p>`,
  },
];
