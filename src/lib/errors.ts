import { type Problem, type ProblemOrText, problem, problemText, toProblem } from './problems.ts';

/**
 * One family of application errors. The `code` is the contract that clients and tests rely on;
 * the message is copy for people. The message and each field's problem are kept as catalogue
 * codes (`problem`, `fieldProblems`), for pages in the reader's language, and in English
 * (`message`, `fields`), which is what the API, the command line and the logs show.
 */
export class AppError extends Error {
  /** The message as a code. */
  readonly problem: Problem;
  /** What is wrong with each field at fault, as codes. */
  readonly fieldProblems?: Readonly<Record<string, Problem>>;
  /** The same, in English. */
  readonly fields?: Record<string, string>;

  constructor(
    readonly code: string,
    readonly statusCode: number,
    message: ProblemOrText,
    fields?: Record<string, ProblemOrText>,
  ) {
    const messageProblem = toProblem(message);
    super(problemText(messageProblem));
    this.name = new.target.name;
    this.problem = messageProblem;
    if (fields) {
      const entries = Object.entries(fields).map(
        ([name, value]) => [name, toProblem(value)] as const,
      );
      this.fieldProblems = Object.fromEntries(entries);
      this.fields = Object.fromEntries(entries.map(([name, value]) => [name, problemText(value)]));
    }
  }
}

export class NotFoundError extends AppError {
  constructor(message: ProblemOrText = problem('problem.pageNotFound')) {
    super('not_found', 404, message);
  }
}

/** Something that was here and has been removed on purpose (an item in the trash). */
export class GoneError extends AppError {
  constructor(message: ProblemOrText = problem('problem.itemRemoved')) {
    super('gone', 410, message);
  }
}

/** Input that was understood but is not acceptable: a message per field at fault. */
export class ValidationError extends AppError {
  constructor(message: ProblemOrText, fields?: Record<string, ProblemOrText>) {
    super('validation_failed', 422, message, fields);
  }
}

/** A malformed request, such as a query parameter that cannot be read. */
export class BadRequestError extends AppError {
  constructor(message: ProblemOrText, fields?: Record<string, ProblemOrText>) {
    super('bad_request', 400, message, fields);
  }
}

export class ConflictError extends AppError {
  constructor(
    message: ProblemOrText,
    fields?: Record<string, ProblemOrText>,
    /** A more precise code clients can act on (`translation_exists`). */
    code = 'conflict',
  ) {
    super(code, 409, message, fields);
  }
}

/** Not allowed; `fields` names the input at fault when changing it would be allowed. */
export class ForbiddenError extends AppError {
  constructor(
    message: ProblemOrText = problem('problem.notAllowed'),
    fields?: Record<string, ProblemOrText>,
  ) {
    super('forbidden', 403, message, fields);
  }
}

export class UnauthorizedError extends AppError {
  constructor(message: ProblemOrText = problem('problem.signInFirst')) {
    super('unauthorized', 401, message);
  }
}

export class TooManyRequestsError extends AppError {
  constructor(
    message: ProblemOrText,
    /** Seconds until trying again makes sense. */
    readonly retryAfterSeconds: number,
  ) {
    super('too_many_requests', 429, message);
  }
}

/** The site cannot do this now but will soon, such as while an import holds the database. */
export class ServiceUnavailableError extends AppError {
  constructor(
    message: ProblemOrText,
    /** Seconds until trying again makes sense (sent as Retry-After). */
    readonly retryAfterSeconds: number,
    code = 'service_unavailable',
  ) {
    super(code, 503, message);
  }
}

export class PayloadTooLargeError extends AppError {
  constructor(message: ProblemOrText) {
    super('payload_too_large', 413, message);
  }
}

export class UnsupportedMediaTypeError extends AppError {
  constructor(message: ProblemOrText, fields?: Record<string, ProblemOrText>) {
    super('unsupported_media_type', 415, message, fields);
  }
}

/** A state-changing form without the token of the session that served it. */
export class CsrfError extends AppError {
  constructor() {
    super('csrf_failed', 403, problem('problem.formExpired'));
  }
}
