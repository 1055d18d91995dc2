import type { DemoAuthor } from './demo-types.ts';

/** Fictional contributors: staff of member organisations and the regional editor. */
export const demoAuthors: DemoAuthor[] = [
  { key: 'anika', name: 'Anika Verbeke', email: 'anika.verbeke@example.org' },
  { key: 'priya', name: 'Priya Raghavan', email: 'priya.raghavan@example.org' },
  { key: 'tanvir', name: 'Tanvir Hossain', email: 'tanvir.hossain@example.org' },
  { key: 'sabina', name: 'Sabina Gurung', email: 'sabina.gurung@example.org' },
  { key: 'sokha', name: 'Sokha Chan', email: 'sokha.chan@example.org' },
  { key: 'ratna', name: 'Ratna Wulandari', email: 'ratna.wulandari@example.org' },
  { key: 'marisol', name: 'Marisol Dizon', email: 'marisol.dizon@example.org' },
];
