import type { Db } from '../../db/connection.ts';
import { selectRegistrationsOfEvent } from '../../db/repositories/registration-repository.ts';
import { neutraliseFormula } from '../../lib/csv-document.ts';
import type { Actor } from '../auth/actor.ts';
import { answersOf, requireOrganisedEvent, waitingPositions } from './organiser-registrations.ts';

/** The fixed columns of the export, before one column per question. */
export const REGISTRATION_CSV_COLUMNS = [
  'name',
  'email',
  'organization',
  'country',
  'status',
  'waiting_position',
  'registered_at',
  'confirmed_at',
] as const;

/**
 * An event's registrations as CSV for its organisers (403 for anyone else): the fixed
 * columns, then one per question, the event's current questions first and then any that
 * older registrations answered and the organiser has since removed. Every text cell, the
 * headers too (the questions are typed by people), goes through `neutraliseFormula`, so no
 * cell opens as a spreadsheet formula. Written by hand over csv-stringify's rows rather than
 * `writeCsv`: its column keys are object paths, and a question may hold a dot.
 */
export async function registrationsCsv(db: Db, actor: Actor, eventId: string): Promise<string> {
  const event = await requireOrganisedEvent(db, actor, eventId);
  const [rows, positions] = await Promise.all([
    selectRegistrationsOfEvent(db, eventId),
    waitingPositions(db, eventId),
  ]);
  const questions = [...event.fields.registrationQuestions];
  const answered = rows.map((row) => answersOf(row));
  for (const answers of answered) {
    for (const { question } of answers) if (!questions.includes(question)) questions.push(question);
  }
  const header = [...REGISTRATION_CSV_COLUMNS, ...questions];
  const records = rows.map((row, index) => {
    const byQuestion = new Map(answered[index]?.map((entry) => [entry.question, entry.answer]));
    const position = positions.get(row.id);
    return [
      row.name,
      row.email,
      row.organization,
      row.country,
      row.status,
      row.status === 'waiting' && position !== undefined ? position : '',
      row.created_at,
      row.confirmed_at ?? '',
      ...questions.map((question) => byQuestion.get(question) ?? ''),
    ];
  });
  // Loaded on the first download: pages never need it.
  const { stringify } = await import('csv-stringify/sync');
  return stringify([header, ...records], {
    record_delimiter: 'windows',
    cast: { string: (value) => neutraliseFormula(value) },
  });
}
