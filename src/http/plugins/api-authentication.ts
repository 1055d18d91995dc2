import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Actor } from '../../domain/auth/actor.ts';
import { actorForApiToken } from '../../domain/auth/api-token-service.ts';
import { UnauthorizedError } from '../../lib/errors.ts';
import type { AppContext } from '../app-context.ts';

declare module 'fastify' {
  interface FastifyRequest {
    /** The owner of the bearer token on admin API requests. */
    apiActor: Actor | null;
  }
}

function bearerToken(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  const match = header ? /^Bearer\s+(\S+)\s*$/i.exec(header) : null;
  return match?.[1];
}

/**
 * Every request in the scope must carry `Authorization: Bearer <token>` of a live token;
 * otherwise 401 before anything else happens. Tokens need no CSRF protection: browsers never
 * attach them by themselves.
 */
export function registerApiAuthentication(scope: FastifyInstance, context: AppContext): void {
  scope.decorateRequest('apiActor', null);
  scope.addHook('onRequest', async (request, reply) => {
    const token = bearerToken(request);
    try {
      const actor = token ? await actorForApiToken(context.db, token) : undefined;
      if (!actor) {
        throw new UnauthorizedError(
          token ? 'The token is not valid.' : 'Send an API token: Authorization: Bearer <token>.',
        );
      }
      request.apiActor = actor;
    } catch (error) {
      // Every refusal (an expired token's included) says how to authenticate (RFC 6750).
      if (error instanceof UnauthorizedError) {
        void reply.header('www-authenticate', 'Bearer realm="inspir"');
      }
      throw error;
    }
  });
}

/** The token owner (the hook guarantees one inside the scope). */
export function apiActor(request: FastifyRequest): Actor {
  if (!request.apiActor) throw new UnauthorizedError();
  return request.apiActor;
}
