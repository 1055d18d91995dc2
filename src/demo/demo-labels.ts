import type { DemoLabel } from './demo-types.ts';

export const demoCountries: DemoLabel[] = [
  {
    kind: 'country',
    slug: 'india',
    name: 'India',
    description:
      'Domestic workers, home-based workers and trade unions pressing for social security ' +
      'that reaches the informal economy, where nine in ten Indian workers earn their living.',
  },
  {
    kind: 'country',
    slug: 'bangladesh',
    name: 'Bangladesh',
    description:
      'Garment unions, health providers and advocates working for safer factories, fair wages ' +
      'and a social security system that covers workers as well as the poorest households.',
  },
  {
    kind: 'country',
    slug: 'nepal',
    name: 'Nepal',
    description:
      'Trade unions and civil society extending the contributory Social Security Fund to more ' +
      'workers while defending the allowances that older people, children and families rely on.',
  },
  {
    kind: 'country',
    slug: 'cambodia',
    name: 'Cambodia',
    description:
      'Unions and informal workers’ associations following the growth of the National Social ' +
      'Security Fund and asking that its protection reach beyond the factory gate.',
  },
  {
    kind: 'country',
    slug: 'indonesia',
    name: 'Indonesia',
    description:
      'A national platform of unions, women’s groups and migrant networks holding BPJS to ' +
      'account and campaigning for safe work and social security for all workers.',
  },
  {
    kind: 'country',
    slug: 'philippines',
    name: 'The Philippines',
    description:
      'Labour centres and informal workers’ networks working on SSS and PhilHealth coverage for ' +
      'domestic workers, vendors, young workers and Filipinos working abroad.',
  },
];

export const demoThemes: DemoLabel[] = [
  {
    kind: 'theme',
    slug: 'gender-equality',
    name: 'Gender equality',
    description:
      'Women do much of the region’s lowest-paid and least protected work. These stories look ' +
      'at maternity, care, violence at work and women’s leadership in unions.',
  },
  {
    kind: 'theme',
    slug: 'youth',
    name: 'Youth',
    description:
      'Workers under 35 often start without a contract or a contribution record. Here: how young ' +
      'people organise and what social protection means for them.',
  },
  {
    kind: 'theme',
    slug: 'informal-workers',
    name: 'Informal workers',
    description:
      'Street vendors, drivers, home-based and platform workers: the majority of Asia’s workforce, ' +
      'and the people most social security schemes were not designed for.',
  },
  {
    kind: 'theme',
    slug: 'occupational-safety-and-health',
    name: 'Occupational safety and health',
    description:
      'Accidents, occupational disease and the right to a safe workplace, from garment factories ' +
      'to hospitals, plantations and delivery roads.',
  },
  {
    kind: 'theme',
    slug: 'covid-19',
    name: 'COVID-19',
    description:
      'How the pandemic and its lockdowns hit workers’ incomes and health, and what members did ' +
      'to fill the gaps that public schemes left open.',
  },
  {
    kind: 'theme',
    slug: 'health-care',
    name: 'Health care',
    description:
      'Health insurance, public health spending and access to care for workers and their ' +
      'families, in normal times and in a crisis.',
  },
  {
    kind: 'theme',
    slug: 'labour-law',
    name: 'Labour law',
    description:
      'Labour codes, omnibus laws and the rules on wages, hours, organising and dismissal that ' +
      'decide how much protection a job actually brings.',
  },
  {
    kind: 'theme',
    slug: 'social-security',
    name: 'Social security',
    description:
      'Pensions, allowances, child grants, injury and unemployment insurance: who is covered, who ' +
      'pays, and who is still left out.',
  },
  {
    kind: 'theme',
    slug: 'domestic-and-migrant-workers',
    name: 'Domestic and migrant workers',
    description:
      'People who work in other people’s homes or far from their own, often outside labour law ' +
      'and social security at both ends of the journey.',
  },
];
