import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../app-context.ts';

/** Every page of the admin area (inside the scope that has sessions and CSRF checks). */
export function registerAdminRoutes(_scope: FastifyInstance, _context: AppContext): void {}
