import { z } from 'zod';
import { ValidationError } from '../../lib/errors.ts';
import { type Problem, problem } from '../../lib/problems.ts';
import { timeZoneSchema } from '../content-types/field-schemas.ts';
import { countryTimeZone } from '../labels/country-time-zones.ts';
import { parseInput } from '../validation.ts';

export const MAX_NAME_LENGTH = 200;
export const MAX_EMAIL_LENGTH = 320;
export const MAX_ORGANIZATION_LENGTH = 300;
export const MAX_COUNTRY_LENGTH = 100;
export const MAX_ANSWER_LENGTH = 2000;
/** The form's `answer_0` … `answer_9`: an event asks at most ten questions. */
export const MAX_ANSWERS = 10;

/** What a reader sent, as the form names it. Anything may be missing or repeated. */
export interface RegistrationInput {
  name?: unknown;
  email?: unknown;
  organization?: unknown;
  country?: unknown;
  time_zone?: unknown;
  /** The honeypot: people leave it empty. */
  website?: unknown;
  stamp?: unknown;
  /** Answers to the event's questions by index (`answer_0` …). */
  answers?: unknown;
}

/** A field sent twice counts once: its first value. */
const single = <Schema extends z.ZodType>(schema: Schema) =>
  z.preprocess((value: unknown) => (Array.isArray(value) ? (value[0] as unknown) : value), schema);

const optionalText = (max: number) =>
  single(
    z
      .string()
      .trim()
      .max(max, 'problem.maxCharacters')
      .optional()
      .transform((value) => value ?? ''),
  );

const registrationSchema = z.object({
  name: single(
    z
      .string('registrations.problem.nameNeeded')
      .trim()
      .min(1, 'registrations.problem.nameNeeded')
      .max(MAX_NAME_LENGTH, 'problem.maxCharacters'),
  ),
  email: single(
    z
      .string('problem.emailAddress')
      .trim()
      .toLowerCase()
      .max(MAX_EMAIL_LENGTH, 'problem.emailAddress')
      .pipe(z.email('problem.emailAddress')),
  ),
  organization: optionalText(MAX_ORGANIZATION_LENGTH),
  country: optionalText(MAX_COUNTRY_LENGTH),
  // An unknown or malformed zone is not the reader's fault: it is derived instead.
  time_zone: single(z.unknown()),
});

export interface RegistrationDetails {
  name: string;
  email: string;
  organization: string;
  country: string;
  timeZone: string;
  answers: { question: string; answer: string }[];
}

function firstText(value: unknown): string | undefined {
  const first: unknown = Array.isArray(value) ? value[0] : value;
  return typeof first === 'string' ? first : undefined;
}

/**
 * The registrant's zone: the one they gave when it is a real IANA zone; else that of their
 * country when it is one of the network's (by name or label slug); else the event's.
 */
export function registrantTimeZone(
  given: unknown,
  options: { country: string; eventZone: string },
): string {
  const zone = firstText(given)?.trim();
  if (zone && zone.length <= 64 && timeZoneSchema.safeParse(zone).success) return zone;
  return (options.country && countryTimeZone(options.country)) || options.eventZone;
}

/**
 * Reads a registration: one problem per field at fault (422), answers kept for as many
 * questions as the event asks, each at most 2,000 characters, stored with the question's
 * words as they were asked.
 */
export function readRegistration(
  input: RegistrationInput,
  event: { questions: readonly string[]; timeZone: string },
): RegistrationDetails {
  const refuse = (fields: Record<string, Problem>) =>
    new ValidationError(problem('problem.fieldsNeedAttention'), fields);
  const given = Array.isArray(input.answers) ? (input.answers as unknown[]) : [];
  const answerProblems: Record<string, Problem> = {};
  const answers = event.questions.slice(0, MAX_ANSWERS).map((question, index) => {
    const answer = (firstText(given[index]) ?? '').trim();
    if (answer.length > MAX_ANSWER_LENGTH) {
      answerProblems[`answer_${index}`] = problem('problem.maxCharacters', {
        max: MAX_ANSWER_LENGTH,
      });
    }
    return { question, answer };
  });
  // Every field at fault is named at once, the answers' with the others'.
  const fields = parseInput(registrationSchema, input, {
    refuse: (problems) => refuse({ ...problems, ...answerProblems }),
  });
  if (Object.keys(answerProblems).length > 0) throw refuse(answerProblems);
  return {
    name: fields.name,
    email: fields.email,
    organization: fields.organization,
    country: fields.country,
    timeZone: registrantTimeZone(fields.time_zone, {
      country: fields.country,
      eventZone: event.timeZone,
    }),
    answers,
  };
}
