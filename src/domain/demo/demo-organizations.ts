import type { DemoOrganization, DemoSteeringMember } from './demo-types.ts';

export const demoOrganizations: DemoOrganization[] = [
  // India
  {
    acronym: 'CWM-India',
    name: 'Centre for Workers’ Management',
    country: 'india',
    kind: 'member',
    description:
      'A labour research and training centre that supports unions in the informal economy and ' +
      'coordinates joint studies on workers’ access to social security.',
  },
  {
    acronym: 'AREDS',
    name: 'Association for Rural Education and Development Service',
    country: 'india',
    kind: 'member',
    description:
      'A Tamil Nadu organisation working with rural labourers, Dalit and women workers on their ' +
      'rights and on enrolment in welfare boards.',
  },
  {
    acronym: 'NDWM',
    name: 'National Domestic Workers Movement',
    country: 'india',
    kind: 'member',
    description:
      'A movement of domestic workers active in many states, campaigning for a national law and ' +
      'building workers’ cooperatives.',
  },
  {
    acronym: 'NDWF',
    name: 'National Domestic Workers Federation',
    country: 'india',
    kind: 'member',
    description:
      'A trade union federation of domestic workers that bargains and campaigns for minimum ' +
      'wages, registration and social security.',
  },
  {
    acronym: 'CFTUI',
    name: 'Confederation of Free Trade Unions of India',
    country: 'india',
    kind: 'member',
    description:
      'A national trade union confederation organising workers in the formal and informal ' +
      'economy, active in the campaign against the new labour codes.',
  },
  {
    acronym: 'SEWA',
    name: 'Self-Employed Women’s Association',
    country: 'india',
    kind: 'member',
    description:
      'The union of women in the informal economy; its Kerala branch helps migrant workers enrol ' +
      'in state social security schemes.',
  },
  {
    acronym: 'WPC',
    name: 'Working People’s Charter',
    country: 'india',
    kind: 'partner',
    description:
      'A national platform of informal workers’ organisations, partner in research on access to ' +
      'social security during the pandemic.',
  },
  // Bangladesh
  {
    acronym: 'NGWF',
    name: 'National Garment Workers Federation',
    country: 'bangladesh',
    kind: 'member',
    description:
      'A federation of garment workers’ unions, most of whose members are young women, working on ' +
      'wages, organising, legal aid and social security.',
  },
  {
    acronym: 'GK',
    name: 'Gonoshasthaya Kendra',
    country: 'bangladesh',
    kind: 'member',
    description:
      'A people’s health organisation with rural sub-centres and referral hospitals, offering ' +
      'health insurance, primary care and vocational training.',
  },
  {
    acronym: 'OHS Initiative',
    name: 'Occupational Health and Safety Initiative',
    country: 'bangladesh',
    kind: 'member',
    description:
      'Trains workers and union leaders on workplace safety and documents accidents and ' +
      'occupational disease.',
  },
  {
    acronym: 'BSPAN',
    name: 'Bangladesh Social Protection Advocacy Network',
    country: 'bangladesh',
    kind: 'member',
    description:
      'A network of unions and NGOs that monitors the national social security strategy and ' +
      'speaks for workers in its reform.',
  },
  // Nepal
  {
    acronym: 'GEFONT',
    name: 'General Federation of Nepalese Trade Unions',
    country: 'nepal',
    kind: 'member',
    description:
      'One of Nepal’s largest union federations, active on the Social Security Fund, informal ' +
      'workers and migrant labour.',
  },
  {
    acronym: 'NTUC',
    name: 'Nepal Trade Union Congress',
    country: 'nepal',
    kind: 'member',
    description:
      'A national trade union centre organising transport, construction, tourism and other ' +
      'workers; ran relief for members during the lockdown.',
  },
  {
    acronym: 'ITUC-NAC',
    name: 'ITUC Nepal Affiliate Council',
    country: 'nepal',
    kind: 'member',
    description:
      'The joint platform of Nepal’s ITUC-affiliated unions, working on occupational safety and ' +
      'on enrolment in contributory social security.',
  },
  {
    acronym: 'SPCSN',
    name: 'Social Protection Civil Society Network',
    country: 'nepal',
    kind: 'member',
    description:
      'A network of civil-society organisations that helps people claim non-contributory ' +
      'allowances and advocates for wider child grant coverage.',
  },
  // Cambodia
  {
    acronym: 'CLC',
    name: 'Cambodian Labour Confederation',
    country: 'cambodia',
    kind: 'member',
    description:
      'A confederation of unions in garments, hospitality, construction and the informal ' +
      'economy, campaigning on wages and the National Social Security Fund.',
  },
  {
    acronym: 'IDEA',
    name: 'Independent Democracy of Informal Economy Association',
    country: 'cambodia',
    kind: 'member',
    description:
      'An association of tuk-tuk and motorbike-taxi drivers, street vendors and other informal ' +
      'workers in Phnom Penh and the provinces.',
  },
  {
    acronym: 'CATU',
    name: 'Cambodian Alliance of Trade Unions',
    country: 'cambodia',
    kind: 'partner',
    description:
      'A union alliance strong in the garment sector, working on suspended workers’ payments and ' +
      'health coverage.',
  },
  // Indonesia
  {
    acronym: 'KSBSI',
    name: 'Konfederasi Serikat Buruh Sejahtera Indonesia (All Indonesian Trade Union Confederation)',
    country: 'indonesia',
    kind: 'member',
    description:
      'A national trade union confederation and a driving force of the Indonesian platform on ' +
      'social protection rights.',
  },
  {
    acronym: 'BPJS Watch',
    name: 'BPJS Watch (Social Security Watch)',
    country: 'indonesia',
    kind: 'member',
    description:
      'Monitors the two social security agencies, BPJS Kesehatan and BPJS Ketenagakerjaan, and ' +
      'helps members with complaints and claims.',
  },
  {
    acronym: 'KPI',
    name: 'Koalisi Perempuan Indonesia (Indonesian Women’s Coalition)',
    country: 'indonesia',
    kind: 'member',
    description: 'A national women’s coalition working on gender justice and women’s leadership.',
  },
  {
    acronym: 'JBM',
    name: 'Jaringan Buruh Migran (Migrant Workers Network)',
    country: 'indonesia',
    kind: 'member',
    description:
      'A network of organisations defending Indonesian migrant workers and their families.',
  },
  {
    acronym: 'TURC',
    name: 'Trade Union Rights Centre',
    country: 'indonesia',
    kind: 'member',
    description:
      'A labour research and advocacy centre supporting unions with studies and legal analysis.',
  },
  {
    acronym: 'GARTEKS',
    name: 'Federation of Garment, Textile, Leather and Shoe Workers',
    country: 'indonesia',
    kind: 'member',
    description: 'A KSBSI federation organising workers in garment, textile, leather and footwear.',
  },
  {
    acronym: 'KAPRTBM',
    name: 'Coalition of Domestic Workers and Migrant Workers',
    country: 'indonesia',
    kind: 'member',
    description:
      'Campaigns for the long-delayed domestic workers protection bill and for the rights of ' +
      'migrant domestic workers.',
  },
  {
    acronym: 'JAPBUSI',
    name: 'Indonesian Palm Oil Workers Network',
    country: 'indonesia',
    kind: 'member',
    description:
      'A network of unions on palm oil plantations, where accidents and casual work are common.',
  },
  // The Philippines
  {
    acronym: 'FFW',
    name: 'Federation of Free Workers',
    country: 'philippines',
    kind: 'member',
    description:
      'A national labour centre with unions in manufacturing, services and the public sector, ' +
      'active on SSS reform and young workers.',
  },
  {
    acronym: 'PATAMABA',
    name: 'Pambansang Kalipunan ng mga Manggagawang Impormal sa Pilipinas',
    country: 'philippines',
    kind: 'member',
    description:
      'A national network of informal and home-based workers, most of them women, helping members ' +
      'join SSS and PhilHealth.',
  },
  {
    acronym: 'SENTRO',
    name: 'Sentro ng mga Nagkakaisa at Progresibong Manggagawa',
    country: 'philippines',
    kind: 'partner',
    description:
      'A labour centre organising formal and informal workers, including domestic workers and ' +
      'transport workers.',
  },
  // Donors
  {
    acronym: 'DGD',
    name: 'Directorate-General for Development Cooperation and Humanitarian Aid (Belgium)',
    country: null,
    kind: 'donor',
    description:
      'The Belgian Development Directorate, main funder of the 2017–2021 programme in Bangladesh, ' +
      'Nepal and India.',
  },
  {
    acronym: 'EU INTPA',
    name: 'European Commission, Directorate-General for International Partnerships',
    country: null,
    kind: 'donor',
    description: 'Co-funds work in Nepal, including on social protection and public finance.',
  },
  {
    acronym: 'BRI',
    name: 'Brussels Region International',
    country: null,
    kind: 'donor',
    description:
      'The international relations service of the Brussels-Capital Region, twinned with Chennai, ' +
      'supporting domestic workers in Tamil Nadu.',
  },
  {
    acronym: 'Familiehulp',
    name: 'Familiehulp',
    country: null,
    kind: 'donor',
    description:
      'A Belgian home-care organisation that supports domestic workers’ cooperatives in India.',
  },
  {
    acronym: 'ACV Food and Services',
    name: 'ACV Food and Services (ACV Voeding en Diensten)',
    country: null,
    kind: 'donor',
    description:
      'A Belgian trade union for food and service workers, supporting partners in India.',
  },
  // Network bodies
  {
    acronym: 'inspir Asia',
    name: 'Network on Social Protection Rights in Asia',
    country: null,
    kind: 'network',
    description:
      'The regional network of unions and NGOs behind this site, with national platforms in six ' +
      'countries and a steering committee of one member per country.',
  },
  {
    acronym: 'inspir Indonesia',
    name: 'Network on Social Protection Rights, Indonesia',
    country: 'indonesia',
    kind: 'network',
    description:
      'The Indonesian platform of the network, bringing together thirteen organisations.',
  },
  {
    acronym: 'inspir Nepal',
    name: 'Network on Social Protection Rights, Nepal',
    country: 'nepal',
    kind: 'network',
    description: 'The Nepali platform of the network: three union centres and SPCSN.',
  },
  {
    acronym: 'GCSPF',
    name: 'Global Coalition for Social Protection Floors',
    country: null,
    kind: 'network',
    description:
      'A worldwide coalition of unions and NGOs campaigning for universal social protection ' +
      'floors and a Global Fund for Social Protection.',
  },
];

/** Fictional people: one country editor per country. */
export const demoSteeringCommittee: DemoSteeringMember[] = [
  { country: 'india', name: 'Lalitha Selvaraj', organization: 'NDWM' },
  { country: 'bangladesh', name: 'Shirin Parvin', organization: 'BSPAN' },
  { country: 'nepal', name: 'Sunita Maharjan', organization: 'GEFONT' },
  { country: 'cambodia', name: 'Heng Sreypov', organization: 'IDEA' },
  { country: 'indonesia', name: 'Ratih Kusumawati', organization: 'KSBSI' },
  { country: 'philippines', name: 'Josefina Manalastas', organization: 'PATAMABA' },
];
