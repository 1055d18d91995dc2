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
    organizations: ['KSBSI', 'BPJS Watch'],
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
    organizations: ['SENTRO', 'PATAMABA'],
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
    slug: 'gk-health-services-bangladesh-2020',
    title: 'Health care for more than 10,000 people in a pandemic year: GK in 2020',
    excerpt:
      'Gonoshasthaya Kendra kept its clinics open, ran a COVID-19 call centre and worked on a ' +
      'rapid test, while its health insurance members kept getting care.',
    publishedAt: '2021-02-05T12:30:00Z',
    author: 'tanvir',
    countries: ['bangladesh'],
    themes: ['health-care', 'covid-19'],
    organizations: ['GK', 'BSPAN'],
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
];
