/**
 * One family of application errors. The `code` is the contract that clients and tests rely on;
 * the message is copy for people.
 */
export class AppError extends Error {
  constructor(
    readonly code: string,
    readonly statusCode: number,
    message: string,
    readonly fields?: Record<string, string>,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class NotFoundError extends AppError {
  constructor(message = 'The page you asked for does not exist.') {
    super('not_found', 404, message);
  }
}

/** Input that was understood but is not acceptable: a message per field at fault. */
export class ValidationError extends AppError {
  constructor(message: string, fields?: Record<string, string>) {
    super('validation_failed', 422, message, fields);
  }
}

/** A malformed request, such as a query parameter that cannot be read. */
export class BadRequestError extends AppError {
  constructor(message: string, fields?: Record<string, string>) {
    super('bad_request', 400, message, fields);
  }
}

export class ConflictError extends AppError {
  constructor(message: string, fields?: Record<string, string>) {
    super('conflict', 409, message, fields);
  }
}

/** Not allowed; `fields` names the input at fault when changing it would be allowed. */
export class ForbiddenError extends AppError {
  constructor(message = 'You are not allowed to do that.', fields?: Record<string, string>) {
    super('forbidden', 403, message, fields);
  }
}

export class UnauthorizedError extends AppError {
  constructor(message = 'Sign in first.') {
    super('unauthorized', 401, message);
  }
}

export class TooManyRequestsError extends AppError {
  constructor(
    message: string,
    /** Seconds until trying again makes sense. */
    readonly retryAfterSeconds: number,
  ) {
    super('too_many_requests', 429, message);
  }
}

/** The site cannot do this now but will soon, such as while an import holds the database. */
export class ServiceUnavailableError extends AppError {
  constructor(
    message: string,
    /** Seconds until trying again makes sense (sent as Retry-After). */
    readonly retryAfterSeconds: number,
    code = 'service_unavailable',
  ) {
    super(code, 503, message);
  }
}

export class PayloadTooLargeError extends AppError {
  constructor(message: string) {
    super('payload_too_large', 413, message);
  }
}

export class UnsupportedMediaTypeError extends AppError {
  constructor(message: string, fields?: Record<string, string>) {
    super('unsupported_media_type', 415, message, fields);
  }
}

/** A state-changing form without the token of the session that served it. */
export class CsrfError extends AppError {
  constructor() {
    super(
      'csrf_failed',
      403,
      'This form has expired or was sent from another site. Go back, reload the page and try again.',
    );
  }
}
