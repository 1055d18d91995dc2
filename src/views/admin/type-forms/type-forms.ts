import type { ContentType } from '../../../domain/content/content-item.ts';
import { REPORT_COMPONENTS } from '../../../domain/content-types/report-fields.ts';
import type { TypeForm, TypeFormControl } from './type-form-controls.ts';

const ORGANIZATIONS_HINT = 'Acronyms, separated by commas: GEFONT, NTUC.';

const namedOrganizations: TypeFormControl = {
  kind: 'organizations',
  name: 'organizations',
  label: 'Organisations it is about',
  hint: `${ORGANIZATIONS_HINT} Their pages will list this item.`,
};

const person = (name: string, legend: string): TypeFormControl => ({
  kind: 'group',
  name,
  legend,
  optional: true,
  controls: [
    { kind: 'text', name: 'name', label: 'Name' },
    { kind: 'text', name: 'role', label: 'Role' },
    { kind: 'text', name: 'organization', label: 'Organisation' },
  ],
});

const forms: Record<ContentType, TypeForm> = {
  post: { type: 'post', legend: 'Organisations', controls: [namedOrganizations] },
  report: {
    type: 'report',
    legend: 'Programme results',
    fixedAddress: 'The address is made from the country and the year: /impact/nepal/2020.',
    controls: [
      { kind: 'country', name: 'country', label: 'Country' },
      { kind: 'number', name: 'year', label: 'Year' },
      { kind: 'number', name: 'periodStart', label: 'Programme period: first year' },
      { kind: 'number', name: 'periodEnd', label: 'Programme period: last year' },
      {
        kind: 'number',
        name: 'peopleReached',
        label: 'People reached in all',
        hint: 'Each person counted once.',
      },
      {
        kind: 'group',
        name: 'budget',
        legend: 'Budget',
        optional: true,
        controls: [
          { kind: 'number', name: 'amount', label: 'Amount', step: '0.01' },
          {
            kind: 'text',
            name: 'currency',
            label: 'Currency',
            hint: 'Three letters: EUR.',
            required: true,
          },
        ],
      },
      { kind: 'organizations', name: 'partners', label: 'Partners', hint: ORGANIZATIONS_HINT },
      { kind: 'organizations', name: 'donors', label: 'Donors', hint: ORGANIZATIONS_HINT },
      {
        kind: 'rows',
        name: 'indicators',
        legend: 'Indicator lines',
        hint: 'Shares are percentages from 0 to 100; leave a share empty when it is not known.',
        rowLabel: 'Indicator line',
        blankRows: 3,
        controls: [
          {
            kind: 'text',
            name: 'component',
            label: 'Component',
            required: true,
            suggestions: REPORT_COMPONENTS,
          },
          { kind: 'text', name: 'indicator', label: 'Indicator', required: true },
          { kind: 'number', name: 'count', label: 'Count' },
          { kind: 'number', name: 'womenShare', label: 'Women (%)', step: '0.1' },
          { kind: 'number', name: 'youthShare', label: 'Young people (%)', step: '0.1' },
        ],
      },
      { kind: 'text', name: 'source', label: 'Source of the figures' },
      namedOrganizations,
    ],
  },
  event: {
    type: 'event',
    legend: 'Event details',
    controls: [
      {
        kind: 'text',
        name: 'startsAt',
        label: 'Starts',
        input: 'datetime-local',
        required: true,
        hint: 'On the organiser’s clock.',
      },
      { kind: 'text', name: 'endsAt', label: 'Ends', input: 'datetime-local', required: true },
      {
        kind: 'text',
        name: 'timeZone',
        label: 'Time zone',
        required: true,
        hint: 'The organiser’s IANA time zone: Asia/Kathmandu, Europe/Brussels, America/New_York.',
        suggestions: [
          'Asia/Kolkata',
          'Asia/Dhaka',
          'Asia/Kathmandu',
          'Asia/Phnom_Penh',
          'Asia/Jakarta',
          'Asia/Manila',
          'Asia/Bangkok',
          'Europe/Brussels',
          'America/New_York',
          'UTC',
        ],
      },
      {
        kind: 'text',
        name: 'location',
        label: 'Where',
        hint: 'A place, or Online and the platform.',
      },
      { kind: 'organizations', name: 'organisers', label: 'Organisers', hint: ORGANIZATIONS_HINT },
      person('moderator', 'Moderator'),
      {
        kind: 'rows',
        name: 'programme',
        legend: 'Programme',
        rowLabel: 'Section',
        blankRows: 2,
        controls: [
          { kind: 'text', name: 'title', label: 'Section title', required: true },
          {
            kind: 'people',
            name: 'speakers',
            label: 'Speakers',
            hint: 'One per line: Name | role | organisation.',
          },
        ],
      },
      { kind: 'text', name: 'registrationUrl', label: 'Registration link', input: 'url' },
      {
        kind: 'textarea',
        name: 'registrationInstructions',
        label: 'How to register',
        hint: 'When there is no link, or in addition to it.',
      },
      { kind: 'text', name: 'contact', label: 'Contact' },
      namedOrganizations,
    ],
  },
  publication: {
    type: 'publication',
    legend: 'Publication',
    controls: [
      {
        kind: 'text',
        name: 'kind',
        label: 'Kind',
        hint: 'Guide, report, brief …',
        suggestions: ['Guide', 'Report', 'Brief', 'Study'],
      },
      {
        kind: 'organizations',
        name: 'publishers',
        label: 'Published by',
        hint: ORGANIZATIONS_HINT,
      },
      { kind: 'number', name: 'pageCount', label: 'Pages' },
      {
        kind: 'rows',
        name: 'files',
        legend: 'Files, one per language',
        hint: 'Upload each PDF to the media library first, then choose it here.',
        rowLabel: 'File',
        blankRows: 2,
        controls: [
          {
            kind: 'text',
            name: 'language',
            label: 'Language',
            hint: 'A language tag: en, fr, ne, km.',
            required: true,
          },
          { kind: 'document', name: 'mediaId', label: 'File' },
        ],
      },
      namedOrganizations,
    ],
  },
  story: {
    type: 'story',
    legend: 'The person and their consent',
    controls: [
      {
        kind: 'text',
        name: 'personName',
        label: 'First name',
        hint: 'Leave empty to withhold the name.',
      },
      { kind: 'number', name: 'age', label: 'Age' },
      { kind: 'text', name: 'place', label: 'Place' },
      { kind: 'text', name: 'work', label: 'Work' },
      {
        kind: 'text',
        name: 'scheme',
        label: 'Scheme it concerns',
        suggestions: [
          'Old-age allowance',
          'Child grant',
          'Health insurance',
          'Union support',
          'Maternity benefit',
        ],
      },
      { kind: 'text', name: 'gatheredBy', label: 'Gathered by' },
      { kind: 'text', name: 'gatheredAt', label: 'Gathered on', input: 'date' },
      {
        kind: 'group',
        name: 'consent',
        legend: 'Consent',
        hint: 'A story cannot be published until consent is recorded.',
        optional: true,
        controls: [
          { kind: 'text', name: 'givenBy', label: 'Given by', required: true },
          { kind: 'text', name: 'givenAt', label: 'Given on', input: 'date', required: true },
          {
            kind: 'select',
            name: 'form',
            label: 'How',
            options: [
              { value: '', label: 'Choose …' },
              { value: 'written', label: 'Written, signed' },
              { value: 'recorded', label: 'Recorded (audio or video)' },
              { value: 'verbal-witnessed', label: 'Spoken, before a witness' },
            ],
          },
        ],
      },
      namedOrganizations,
    ],
  },
  statement: {
    type: 'statement',
    legend: 'Statement',
    controls: [
      {
        kind: 'select',
        name: 'kind',
        label: 'Kind',
        options: [
          { value: 'press-release', label: 'Press release' },
          { value: 'call-to-action', label: 'Call to action' },
        ],
      },
      { kind: 'text', name: 'issuedBy', label: 'Issued by' },
      { kind: 'text', name: 'occasion', label: 'Occasion' },
      { kind: 'lines', name: 'demands', label: 'Demands', hint: 'One per line, in order.' },
      {
        kind: 'organizations',
        name: 'signatories',
        label: 'Signatory organisations',
        hint: ORGANIZATIONS_HINT,
      },
      {
        kind: 'text',
        name: 'deadline',
        label: 'Deadline to sign',
        input: 'date',
        hint: 'Calls to action only.',
      },
      {
        kind: 'text',
        name: 'signUrl',
        label: 'Where to sign',
        input: 'url',
        hint: 'Calls to action only.',
      },
      namedOrganizations,
    ],
  },
  organization: {
    type: 'organization',
    legend: 'Organisation',
    fixedAddress: 'The address is made from the acronym: /organizations/gefont.',
    controls: [
      {
        kind: 'text',
        name: 'acronym',
        label: 'Acronym',
        required: true,
        hint: 'Also its address: /organizations/gefont.',
      },
      {
        kind: 'select',
        name: 'kind',
        label: 'Kind',
        options: [
          { value: 'trade-union', label: 'Trade union' },
          { value: 'ngo', label: 'NGO' },
          { value: 'network', label: 'Network' },
          { value: 'donor', label: 'Donor' },
          { value: 'un-agency', label: 'UN agency' },
        ],
      },
      {
        kind: 'select',
        name: 'relationship',
        label: 'In the network',
        options: [
          { value: 'member', label: 'Member' },
          { value: 'partner', label: 'Partner' },
          { value: 'other', label: 'Neither (donor, agency …)' },
        ],
      },
      { kind: 'text', name: 'website', label: 'Website', input: 'url' },
    ],
  },
  // A standalone page has no fields of its own: the form shows none (see TypeFieldset).
  page: { type: 'page', legend: 'Page', controls: [] },
};

export function typeFormOf(type: ContentType): TypeForm {
  return forms[type];
}

/** What each type is called on the admin pages. */
export const typeNames: Record<ContentType, { singular: string; plural: string }> = {
  post: { singular: 'Post', plural: 'Posts' },
  report: { singular: 'Country report', plural: 'Country reports' },
  event: { singular: 'Event', plural: 'Events' },
  publication: { singular: 'Publication', plural: 'Publications' },
  story: { singular: 'Story', plural: 'Stories' },
  statement: { singular: 'Statement', plural: 'Statements' },
  organization: { singular: 'Organisation', plural: 'Organisations' },
  page: { singular: 'Page', plural: 'Pages' },
};
