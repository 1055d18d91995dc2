import type { FastifyInstance } from 'fastify';
import { NotFoundError } from '../../../lib/errors.ts';

/**
 * Any other address under /admin: a 404 answered inside the admin scope, so the session is
 * read first and someone signed in gets the admin's own page, with its navigation, rather
 * than the public site's (see the error handler). Known routes are matched before this one.
 */
export function registerAdminNotFound(scope: FastifyInstance): void {
  scope.get('/admin/*', async () => {
    throw new NotFoundError();
  });
}
