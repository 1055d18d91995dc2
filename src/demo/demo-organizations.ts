import type { DemoOrganization, DemoSteeringMember } from './demo-types.ts';

export const demoOrganizations: DemoOrganization[] = [
  // India
  {
    acronym: 'CWM-India',
    name: 'Centre for Workers’ Management',
    country: 'india',
    kind: 'ngo',
    relationship: 'member',
    description:
      'A labour research and training centre that supports unions in the informal economy and ' +
      'coordinates joint studies on workers’ access to social security.',
  },
  {
    acronym: 'AREDS',
    name: 'Association for Rural Education and Development Service',
    country: 'india',
    kind: 'ngo',
    relationship: 'member',
    description:
      'A Tamil Nadu organisation working with rural labourers, Dalit and women workers on their ' +
      'rights and on enrolment in welfare boards.',
  },
  {
    acronym: 'NDWM',
    name: 'National Domestic Workers Movement',
    country: 'india',
    kind: 'ngo',
    relationship: 'member',
    description:
      'A movement of domestic workers active in many states, campaigning for a national law and ' +
      'building workers’ cooperatives.',
  },
  {
    acronym: 'NDWF',
    name: 'National Domestic Workers Federation',
    country: 'india',
    kind: 'trade-union',
    relationship: 'member',
    description:
      'A trade union federation of domestic workers that bargains and campaigns for minimum ' +
      'wages, registration and social security.',
  },
  {
    acronym: 'CFTUI',
    name: 'Confederation of Free Trade Unions of India',
    country: 'india',
    kind: 'trade-union',
    relationship: 'member',
    description:
      'A national trade union confederation organising workers in the formal and informal ' +
      'economy, active in the campaign against the new labour codes.',
  },
  {
    acronym: 'SEWA',
    name: 'Self-Employed Women’s Association',
    country: 'india',
    kind: 'trade-union',
    relationship: 'member',
    website: 'https://www.sewa.org',
    description:
      'The union of women in the informal economy; its Kerala branch helps migrant workers enrol ' +
      'in state social security schemes.',
  },
  {
    acronym: 'WPC',
    name: 'Working People’s Charter',
    country: 'india',
    kind: 'network',
    relationship: 'partner',
    description:
      'A national platform of informal workers’ organisations, partner in research on access to ' +
      'social security during the pandemic.',
  },
  {
    acronym: 'National Platform for Domestic Workers',
    name: 'National Platform for Domestic Workers',
    country: 'india',
    kind: 'network',
    relationship: 'partner',
    description:
      'An alliance of domestic workers’ unions and movements, NDWM, NDWF and CFTUI among ' +
      'them, that ran the September 2020 day of protest for a national law.',
  },
  {
    acronym: 'WNTA',
    name: 'Wada Na Todo Abhiyan',
    country: 'india',
    kind: 'network',
    relationship: 'other',
    description:
      'An Indian campaign that holds governments to their promises on poverty and social ' +
      'exclusion; its name means “Don’t break your promise”.',
  },
  {
    acronym: 'YUVA',
    name: 'Youth for Unity and Voluntary Action',
    country: 'india',
    kind: 'ngo',
    relationship: 'other',
    description:
      'A Mumbai-based organisation working with young people, the urban poor and people ' +
      'without secure housing.',
  },
  // Bangladesh
  {
    acronym: 'NGWF',
    name: 'National Garment Workers Federation',
    country: 'bangladesh',
    kind: 'trade-union',
    relationship: 'member',
    description:
      'A federation of garment workers’ unions, most of whose members are young women, working on ' +
      'wages, organising, legal aid and social security.',
  },
  {
    acronym: 'GK',
    name: 'Gonoshasthaya Kendra',
    country: 'bangladesh',
    kind: 'ngo',
    relationship: 'member',
    description:
      'A people’s health organisation with rural sub-centres and referral hospitals, offering ' +
      'health insurance, primary care and vocational training.',
  },
  {
    acronym: 'OHS Initiative',
    name: 'Occupational Health and Safety Initiative',
    country: 'bangladesh',
    kind: 'ngo',
    relationship: 'member',
    description:
      'Trains workers and union leaders on workplace safety and documents accidents and ' +
      'occupational disease.',
  },
  {
    acronym: 'BSPAN',
    name: 'Bangladesh Social Protection Advocacy Network',
    country: 'bangladesh',
    kind: 'network',
    relationship: 'member',
    description:
      'A network of unions and NGOs that monitors the national social security strategy and ' +
      'speaks for workers in its reform.',
  },
  // Nepal
  {
    acronym: 'GEFONT',
    name: 'General Federation of Nepalese Trade Unions',
    country: 'nepal',
    kind: 'trade-union',
    relationship: 'member',
    description:
      'One of Nepal’s largest union federations, active on the Social Security Fund, informal ' +
      'workers and migrant labour.',
  },
  {
    acronym: 'NTUC',
    name: 'Nepal Trade Union Congress',
    country: 'nepal',
    kind: 'trade-union',
    relationship: 'member',
    description:
      'A national trade union centre organising transport, construction, tourism and other ' +
      'workers; ran relief for members during the lockdown.',
  },
  {
    acronym: 'ITUC-NAC',
    name: 'ITUC Nepal Affiliate Council',
    country: 'nepal',
    kind: 'trade-union',
    relationship: 'member',
    description:
      'The joint platform of Nepal’s ITUC-affiliated unions, working on occupational safety and ' +
      'on enrolment in contributory social security.',
  },
  {
    acronym: 'SPCSN',
    name: 'Social Protection Civil Society Network',
    country: 'nepal',
    kind: 'network',
    relationship: 'member',
    description:
      'A network of civil-society organisations that helps people claim non-contributory ' +
      'allowances and advocates for wider child grant coverage.',
  },
  // Cambodia
  {
    acronym: 'CLC',
    name: 'Cambodian Labour Confederation',
    country: 'cambodia',
    kind: 'trade-union',
    relationship: 'member',
    description:
      'A confederation of unions in garments, hospitality, construction and the informal ' +
      'economy, campaigning on wages and the National Social Security Fund.',
  },
  {
    acronym: 'IDEA',
    name: 'Independent Democracy of Informal Economy Association',
    country: 'cambodia',
    kind: 'trade-union',
    relationship: 'member',
    description:
      'An association of tuk-tuk and motorbike-taxi drivers, street vendors and other informal ' +
      'workers in Phnom Penh and the provinces.',
  },
  {
    acronym: 'CATU',
    name: 'Cambodian Alliance of Trade Unions',
    country: 'cambodia',
    kind: 'trade-union',
    relationship: 'partner',
    description:
      'A union alliance strong in the garment sector, working on suspended workers’ payments and ' +
      'health coverage.',
  },
  // Indonesia
  {
    acronym: 'KSBSI',
    name: 'Konfederasi Serikat Buruh Sejahtera Indonesia (All Indonesian Trade Union Confederation)',
    country: 'indonesia',
    kind: 'trade-union',
    relationship: 'member',
    description:
      'A national trade union confederation and a driving force of the Indonesian platform on ' +
      'social protection rights.',
  },
  {
    acronym: 'BPJS Watch',
    name: 'BPJS Watch (Social Security Watch)',
    country: 'indonesia',
    kind: 'ngo',
    relationship: 'member',
    description:
      'Monitors the two social security agencies, BPJS Kesehatan and BPJS Ketenagakerjaan, and ' +
      'helps members with complaints and claims.',
  },
  {
    acronym: 'KPI',
    name: 'Koalisi Perempuan Indonesia (Indonesian Women’s Coalition)',
    country: 'indonesia',
    kind: 'ngo',
    relationship: 'member',
    description: 'A national women’s coalition working on gender justice and women’s leadership.',
  },
  {
    acronym: 'JBM',
    name: 'Jaringan Buruh Migran (Migrant Workers Network)',
    country: 'indonesia',
    kind: 'network',
    relationship: 'member',
    description:
      'A network of organisations defending Indonesian migrant workers and their families.',
  },
  {
    acronym: 'TURC',
    name: 'Trade Union Rights Centre',
    country: 'indonesia',
    kind: 'ngo',
    relationship: 'member',
    description:
      'A labour research and advocacy centre supporting unions with studies and legal analysis.',
  },
  {
    acronym: 'GARTEKS',
    name: 'Federation of Garment, Textile, Leather and Shoe Workers',
    country: 'indonesia',
    kind: 'trade-union',
    relationship: 'member',
    description: 'A KSBSI federation organising workers in garment, textile, leather and footwear.',
  },
  {
    acronym: 'KAPRTBM',
    name: 'Coalition of Domestic Workers and Migrant Workers',
    country: 'indonesia',
    kind: 'network',
    relationship: 'member',
    description:
      'Campaigns for the long-delayed domestic workers protection bill and for the rights of ' +
      'migrant domestic workers.',
  },
  {
    acronym: 'JAPBUSI',
    name: 'Indonesian Palm Oil Workers Network',
    country: 'indonesia',
    kind: 'network',
    relationship: 'member',
    description:
      'A network of unions on palm oil plantations, where accidents and casual work are common.',
  },
  {
    acronym: 'PJS',
    name: 'Perhimpunan Jiwa Sehat (Indonesian Mental Health Association)',
    country: 'indonesia',
    kind: 'ngo',
    relationship: 'member',
    description:
      'Defends the rights of people with psychosocial disabilities, including their access to ' +
      'work and social security.',
  },
  {
    acronym: 'Flower Aceh',
    name: 'Flower Aceh',
    country: 'indonesia',
    kind: 'ngo',
    relationship: 'member',
    description:
      'A women’s organisation in Aceh, working on women’s leadership, violence against women ' +
      'and recovery after disasters.',
  },
  {
    acronym: 'Gajimu.com',
    name: 'Gajimu.com',
    country: 'indonesia',
    kind: 'ngo',
    relationship: 'member',
    website: 'https://gajimu.com',
    description:
      'A website where workers compare wages and look up their rights, and where young ' +
      'informal workers were asked why they stay out of BPJS.',
  },
  {
    acronym: 'LIPS',
    name: 'Lembaga Informasi Perburuhan Sedane (Sedane Labour Resource Centre)',
    country: 'indonesia',
    kind: 'ngo',
    relationship: 'member',
    description:
      'A labour research and education centre in Bogor that works with factory unions on ' +
      'wages and organising.',
  },
  {
    acronym: 'REKAN',
    name: 'REKAN Indonesia (Indonesian Health Volunteers)',
    country: 'indonesia',
    kind: 'ngo',
    relationship: 'member',
    description:
      'A network of health volunteers that helps patients use the national health insurance ' +
      'and takes up their complaints.',
  },
  // The Philippines
  {
    acronym: 'FFW',
    name: 'Federation of Free Workers',
    country: 'philippines',
    kind: 'trade-union',
    relationship: 'member',
    description:
      'A national labour centre with unions in manufacturing, services and the public sector, ' +
      'active on SSS reform and young workers.',
  },
  {
    acronym: 'PATAMABA',
    name: 'Pambansang Kalipunan ng mga Manggagawang Impormal sa Pilipinas',
    country: 'philippines',
    kind: 'network',
    relationship: 'member',
    description:
      'A national network of informal and home-based workers, most of them women, helping members ' +
      'join SSS and PhilHealth.',
  },
  {
    acronym: 'SENTRO',
    name: 'Sentro ng mga Nagkakaisa at Progresibong Manggagawa',
    country: 'philippines',
    kind: 'trade-union',
    relationship: 'partner',
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
    relationship: 'other',
    description:
      'The Belgian Development Directorate, main funder of the 2017–2021 programme in Bangladesh, ' +
      'Nepal and India.',
  },
  {
    acronym: 'EU INTPA',
    name: 'European Commission, Directorate-General for International Partnerships',
    country: null,
    kind: 'donor',
    relationship: 'other',
    description: 'Co-funds work in Nepal, including on social protection and public finance.',
  },
  {
    acronym: 'BRI',
    name: 'Brussels Region International',
    country: null,
    kind: 'donor',
    relationship: 'other',
    description:
      'The international relations service of the Brussels-Capital Region, twinned with Chennai, ' +
      'supporting domestic workers in Tamil Nadu.',
  },
  {
    acronym: 'Familiehulp',
    name: 'Familiehulp',
    country: null,
    kind: 'donor',
    relationship: 'other',
    description:
      'A Belgian home-care organisation that supports domestic workers’ cooperatives in India.',
  },
  {
    acronym: 'ACV Food and Services',
    name: 'ACV Food and Services (ACV Voeding en Diensten)',
    country: null,
    kind: 'donor',
    relationship: 'other',
    description:
      'A Belgian trade union for food and service workers, supporting partners in India.',
  },
  {
    acronym: 'FCDO',
    name: 'Foreign, Commonwealth and Development Office (United Kingdom)',
    country: null,
    kind: 'donor',
    relationship: 'other',
    description:
      'The United Kingdom’s development ministry, which co-funds the work on social ' +
      'protection and public finance in Nepal.',
  },
  {
    acronym: 'Music for Life',
    name: 'Music for Life',
    country: null,
    kind: 'donor',
    relationship: 'other',
    description:
      'A Belgian solidarity campaign whose listeners’ donations went in part to the National ' +
      'Domestic Workers Movement in India.',
  },
  // Network bodies
  {
    acronym: 'inspir Asia',
    name: 'Network on Social Protection Rights in Asia',
    country: null,
    kind: 'network',
    relationship: 'member',
    description:
      'The regional network of unions and NGOs behind this site, with national platforms in six ' +
      'countries and a steering committee of one member per country.',
  },
  {
    acronym: 'inspir Indonesia',
    name: 'Network on Social Protection Rights, Indonesia',
    country: 'indonesia',
    kind: 'network',
    relationship: 'member',
    description:
      'The Indonesian platform of the network, bringing together thirteen organisations.',
  },
  {
    acronym: 'inspir Nepal',
    name: 'Network on Social Protection Rights, Nepal',
    country: 'nepal',
    kind: 'network',
    relationship: 'member',
    description: 'The Nepali platform of the network: three union centres and SPCSN.',
  },
  {
    acronym: 'GCSPF',
    name: 'Global Coalition for Social Protection Floors',
    country: null,
    kind: 'network',
    relationship: 'partner',
    website: 'https://www.socialprotectionfloorscoalition.org',
    description:
      'A worldwide coalition of unions and NGOs campaigning for universal social protection ' +
      'floors and a Global Fund for Social Protection.',
  },
  {
    acronym: 'WSM',
    name: 'WSM (We Social Movements)',
    country: null,
    kind: 'ngo',
    relationship: 'partner',
    website: 'https://www.wsm.be',
    description:
      'A Belgian movement for social protection and decent work that supports the network’s ' +
      'programmes in Asia and published the pocket guide on gender equality.',
  },
  // Others named on the site: United Nations agencies, international networks and NGOs
  {
    acronym: 'GCAP',
    name: 'Global Call to Action Against Poverty',
    country: null,
    kind: 'network',
    relationship: 'other',
    description:
      'A worldwide alliance of civil-society campaigns against poverty and inequality; ' +
      'co-organiser of the February 2021 side event.',
  },
  {
    acronym: 'GI-ESCR',
    name: 'Global Initiative for Economic, Social and Cultural Rights',
    country: null,
    kind: 'ngo',
    relationship: 'other',
    description:
      'An international human rights organisation working on the rights to housing, ' +
      'education, water and social protection.',
  },
  {
    acronym: 'Partners for Dignity and Human Rights',
    name: 'Partners for Dignity and Human Rights',
    country: null,
    kind: 'ngo',
    relationship: 'other',
    description:
      'A United States organisation that supports movements of people living in poverty, ' +
      'including people without a home.',
  },
  {
    acronym: 'IGH',
    name: 'Institute of Global Homelessness',
    country: null,
    kind: 'ngo',
    relationship: 'other',
    description:
      'An institute that gathers research and practice on ending street homelessness around ' +
      'the world.',
  },
  {
    acronym: 'APSP',
    name: 'Africa Platform for Social Protection',
    country: null,
    kind: 'network',
    relationship: 'other',
    description:
      'A network of civil-society organisations in African countries working for universal ' +
      'social protection.',
  },
  {
    acronym: 'Bread for the World',
    name: 'Bread for the World',
    country: null,
    kind: 'ngo',
    relationship: 'other',
    description:
      'The development agency of the Protestant churches in Germany, an active member of the ' +
      'Global Coalition for Social Protection Floors.',
  },
  {
    acronym: 'Save the Children',
    name: 'Save the Children',
    country: null,
    kind: 'ngo',
    relationship: 'other',
    description:
      'An international children’s rights organisation; it joined the field visit in Nepal’s ' +
      'Province 2 where Gopal told his story.',
  },
  {
    acronym: 'ETUC',
    name: 'European Trade Union Confederation',
    country: null,
    kind: 'trade-union',
    relationship: 'other',
    website: 'https://www.etuc.org',
    description:
      'The confederation of national trade unions in Europe; one of the organisations behind ' +
      'the citizens’ submission on due diligence.',
  },
  {
    acronym: 'Friends of the Earth Europe',
    name: 'Friends of the Earth Europe',
    country: null,
    kind: 'network',
    relationship: 'other',
    description:
      'The European network of environmental groups of Friends of the Earth, campaigning for ' +
      'corporate accountability.',
  },
  {
    acronym: 'ECCJ',
    name: 'European Coalition for Corporate Justice',
    country: null,
    kind: 'network',
    relationship: 'other',
    website: 'https://corporatejustice.org',
    description:
      'A coalition of European civil-society groups that campaigns for binding rules on ' +
      'business and human rights.',
  },
  {
    acronym: 'ILO',
    name: 'International Labour Organization',
    country: null,
    kind: 'un-agency',
    relationship: 'other',
    website: 'https://www.ilo.org',
    description:
      'The United Nations agency for the world of work, whose conventions set the standards ' +
      'for social security; it leads the public finance project in Nepal with UNICEF.',
  },
  {
    acronym: 'UNICEF',
    name: 'United Nations Children’s Fund',
    country: null,
    kind: 'un-agency',
    relationship: 'other',
    website: 'https://www.unicef.org',
    description:
      'The United Nations agency for children; it pressed with civil society for Nepal’s ' +
      'child grant to reach more districts.',
  },
  {
    acronym: 'UNRISD',
    name: 'United Nations Research Institute for Social Development',
    country: null,
    kind: 'un-agency',
    relationship: 'other',
    website: 'https://www.unrisd.org',
    description: 'A research institute of the United Nations on social policy and development.',
  },
  {
    acronym: 'WHO',
    name: 'World Health Organization',
    country: null,
    kind: 'un-agency',
    relationship: 'other',
    website: 'https://www.who.int',
    description:
      'The United Nations agency for health, behind the COVAX facility for vaccines with its ' +
      'partners.',
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
