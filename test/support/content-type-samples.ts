import type { ContentType } from '../../src/domain/content/content-item.ts';

/**
 * An item of every content type as an API client writes it: the samples name every type, so a
 * type added to the registry without a sample does not compile. They name GEFONT (create
 * `GEFONT_SAMPLE` first) and a publication's PDF (upload one first).
 */

/** The organisation the other samples name. */
export const GEFONT_SAMPLE = {
  title: 'General Federation of Nepalese Trade Unions',
  acronym: 'GEFONT',
  kind: 'trade-union',
  relationship: 'member',
};

/** An item of each type (organisations by acronym, files by upload). */
export function contentTypeSamples(pdfId: string): {
  [Type in ContentType]: Record<string, unknown>;
} {
  return {
    post: { title: 'Pensions reach the hills' },
    report: {
      title: 'Nepal 2020 in numbers',
      country: 'nepal',
      year: 2020,
      period_start: 2017,
      period_end: 2021,
      people_reached: 400,
      partners: ['GEFONT'],
      indicators: [{ component: 'Social security', indicator: 'Enrolment drives', count: 12 }],
    },
    event: {
      title: 'A webinar on the allowance',
      starts_at: '2021-05-12T08:30',
      ends_at: '2021-05-12T09:45',
      time_zone: 'Asia/Kathmandu',
      organisers: ['GEFONT'],
    },
    publication: {
      title: 'A guide to the old-age allowance',
      kind: 'Guide',
      publishers: ['GEFONT'],
      files: [{ language: 'en', media_id: pdfId }],
    },
    story: {
      title: 'Gopal, 74',
      person_name: 'Gopal',
      age: 74,
      organizations: ['GEFONT'],
      consent: { given_by: 'Gopal himself', given_at: '2021-03-02', form: 'recorded' },
    },
    statement: {
      title: 'Pay the allowance on time',
      kind: 'press-release',
      signatories: ['GEFONT'],
    },
    organization: {
      title: 'Informal Workers Union',
      acronym: 'IWU',
      kind: 'trade-union',
      relationship: 'member',
    },
    page: { title: 'Join the campaign' },
  };
}
