import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../app-context.ts';

/** The public read API and the OpenAPI document (no authentication). */
export function registerPublicApiRoutes(_scope: FastifyInstance, _context: AppContext): void {}

/** The admin API (inside the scope that requires a bearer token). */
export function registerAdminApiRoutes(_scope: FastifyInstance, _context: AppContext): void {}
