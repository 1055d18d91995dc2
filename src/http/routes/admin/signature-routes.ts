import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import {
  SIGNATURE_TABS,
  type SignatureRow,
  type SignatureTab,
  approveSignature,
  getSignature,
  listSignatures,
  rejectSignature,
  signaturesCsv,
} from '../../../domain/signatures/signature-service.ts';
import { requireSignedStatement } from '../../../domain/signatures/signature-moderation.ts';
import type { Actor } from '../../../domain/auth/actor.ts';
import { parseInput } from '../../../domain/validation.ts';
import type { Db } from '../../../db/connection.ts';
import { AppError, BadRequestError, ConflictError } from '../../../lib/errors.ts';
import type { Translator } from '../../../lib/i18n/translator.ts';
import { type Problem, problem, problemText } from '../../../lib/problems.ts';
import type { SignatureListRow } from '../../../views/admin/components/signature-table.tsx';
import {
  SignaturesPage,
  defaultSignatureTab,
  signaturesHref,
} from '../../../views/admin/pages/signatures-page.tsx';
import type { AppContext } from '../../app-context.ts';
import { loadAdminChrome, sendAdminPage } from '../../pages/admin-chrome.ts';
import { requireActor } from '../../plugins/admin-session.ts';
import { formListSchema, readForm, textField } from './form-fields.ts';
import { noticeWords } from './page-words.ts';

export const SIGNATURES_PAGE_SIZE = 50;

/** How many signatures one click may approve: a page's worth, and a bound on the work. */
export const MAX_BULK_SIGNATURES = 100;

/** A query string's value: absent when empty, the first of several. */
function queryValue(value: unknown): unknown {
  const first = Array.isArray(value) ? value[0] : value;
  return first === '' ? undefined : first;
}

const listQuerySchema = z.object({
  status: z.preprocess(
    queryValue,
    z.enum(SIGNATURE_TABS, 'admin.signatures.problem.notATab').optional(),
  ),
  // Opaque: the domain reads it, and refuses one it did not write.
  cursor: z.preprocess(queryValue, z.string().max(200, 'problem.maxCharacters').optional()),
});

/** A refusal whose message names each field at fault, as the error page shows the message alone. */
function refusal(key: 'cannotList' | 'cannotApprove') {
  return (fields: Record<string, Problem>) => {
    const faults = Object.entries(fields).map(([name, fault]) => `${name} ${problemText(fault)}`);
    return new BadRequestError(
      problem(`admin.signatures.problem.${key}`, { faults: faults.join('; ') }),
      fields,
    );
  };
}

/** The confirmations a redirect may ask for (`?notice=`), never text from the address. */
const notices = {
  approve: 'admin.signatures.done.approve',
  reject: 'admin.signatures.done.reject',
  unchanged: 'admin.signatures.done.unchanged',
} as const;

/** A count the bulk notice carries in the address: digits only, bounded. */
function countOf(request: FastifyRequest, name: string): number {
  const text = textField(request.query, name);
  return /^\d{1,4}$/.test(text) ? Number(text) : 0;
}

function noticeOf(request: FastifyRequest, i18n: Translator): string | undefined {
  if (textField(request.query, 'notice') !== 'bulk') return noticeWords(request, notices, i18n);
  return i18n.t('admin.signatures.done.bulk', {
    changed: countOf(request, 'changed'),
    refused: countOf(request, 'refused'),
  });
}

/** The list a decision leads back to: the tab it was sent from, if it names one. */
function backHref(statementId: string, back: string, notice: Record<string, string>): string {
  const tab = (SIGNATURE_TABS as readonly string[]).includes(back)
    ? (back as SignatureTab)
    : 'held';
  // Back to the held ones by the default address: it opens on the approved once none is left.
  const href = signaturesHref(statementId, { tab, defaultTab: 'held' });
  return `${href}${href.includes('?') ? '&' : '?'}${new URLSearchParams(notice).toString()}`;
}

function listRow(row: SignatureRow): SignatureListRow {
  return {
    id: row.id,
    kind: row.kind,
    name: row.name,
    organization: row.organization,
    country: row.country,
    isListed: row.isListed,
    email: row.email,
    signedAt: row.createdAt,
  };
}

async function sendSignaturesPage(
  context: AppContext,
  request: FastifyRequest<StatementParams>,
  reply: FastifyReply,
) {
  const actor = requireActor(request);
  const query = parseInput(listQuerySchema, request.query ?? {}, {
    refuse: refusal('cannotList'),
  });
  const options = { limit: SIGNATURES_PAGE_SIZE, cursor: query.cursor };
  let list = await listSignatures(context.db, actor, request.params.id, {
    ...options,
    tab: query.status ?? 'held',
  });
  // Without a tab the page opens on the held ones, or the approved when none waits.
  const tab = query.status ?? defaultSignatureTab(list.counts);
  if (!query.status && tab !== 'held') {
    list = await listSignatures(context.db, actor, request.params.id, { ...options, tab });
  }
  const chrome = await loadAdminChrome(context, request, reply);
  return sendAdminPage(
    reply,
    SignaturesPage({
      chrome,
      statement: {
        id: list.statement.id,
        title: list.statement.title,
        closesAt: list.statement.closesAt,
      },
      counts: list.counts,
      tab,
      rows: list.signatures.map(listRow),
      isFirstPage: !query.cursor,
      nextCursor: list.nextCursor,
      notice: noticeOf(request, chrome.i18n),
    }),
  );
}

/** Approves the chosen signatures of this statement, each on its own; others are refused. */
async function approveChosen(
  db: Db,
  actor: Actor,
  statementId: string,
  ids: string[],
): Promise<{ changed: number; refused: number }> {
  let changed = 0;
  for (const id of new Set(ids)) {
    try {
      const signature = await getSignature(db, actor, id);
      if (signature.statementId !== statementId) continue;
      await approveSignature(db, actor, id);
      changed++;
    } catch (error) {
      // Not found, not theirs, or decided meanwhile: counted as refused, the rest go on.
      if (!(error instanceof AppError) || error.statusCode >= 500) throw error;
    }
  }
  return { changed, refused: new Set(ids).size - changed };
}

const bulkFormShape = {
  ids: formListSchema.pipe(
    z
      .array(z.string().max(36))
      .min(1, 'admin.signatures.problem.chooseSignatures')
      .max(MAX_BULK_SIGNATURES, 'admin.signatures.problem.maxSignatures'),
  ),
};

type StatementParams = { Params: { id: string } };
type DecisionParams = { Params: { id: string; decision: string } };
const DECISIONS = { approve: approveSignature, reject: rejectSignature } as const;

/** An ASCII file name part from a slug (headers carry no other letters safely). */
function fileNamePart(slug: string): string {
  return slug.replace(/[^a-z0-9-]/gi, '').slice(0, 80) || 'statement';
}

/**
 * `/admin/statements/:id/signatures`: a call to action's signatures for its organisers
 * (administrators, editors of its countries), held organisations approved or rejected, and
 * everything as CSV. Plain forms with the CSRF field; every permission is the domain's.
 */
export function registerSignatureRoutes(scope: FastifyInstance, context: AppContext): void {
  const { db } = context;

  scope.get<StatementParams>('/admin/statements/:id/signatures', (request, reply) =>
    sendSignaturesPage(context, request, reply),
  );

  scope.get<StatementParams>('/admin/statements/:id/signatures.csv', async (request, reply) => {
    const actor = requireActor(request);
    const statement = await requireSignedStatement(db, actor, request.params.id);
    const csv = await signaturesCsv(db, actor, statement.id);
    const day = new Date().toISOString().slice(0, 10);
    return reply
      .header('cache-control', 'no-store')
      .header(
        'content-disposition',
        `attachment; filename="signatures-${fileNamePart(statement.slug)}-${day}.csv"`,
      )
      .type('text/csv; charset=utf-8; header=present')
      .send(csv);
  });

  scope.post<StatementParams>(
    '/admin/statements/:id/signatures/approve',
    async (request, reply) => {
      const actor = requireActor(request);
      const form = readForm(bulkFormShape, request.body, { refuse: refusal('cannotApprove') });
      // The statement's own check first: unknown is 404, not theirs 403, before anything moves.
      const statement = await requireSignedStatement(db, actor, request.params.id);
      const outcome = await approveChosen(db, actor, statement.id, form.ids);
      const notice = {
        notice: 'bulk',
        changed: String(outcome.changed),
        refused: String(outcome.refused),
      };
      return reply.redirect(backHref(statement.id, 'held', notice), 303);
    },
  );

  scope.post<DecisionParams>('/admin/signatures/:id/:decision', async (request, reply) => {
    const actor = requireActor(request);
    const { decision } = request.params;
    if (!Object.hasOwn(DECISIONS, decision)) {
      throw new BadRequestError(problem('admin.signatures.problem.notADecision'));
    }
    const back = textField(request.body, 'back');
    try {
      const row = await DECISIONS[decision as keyof typeof DECISIONS](db, actor, request.params.id);
      return reply.redirect(backHref(row.statementId, back, { notice: decision }), 303);
    } catch (error) {
      // Decided already (another organiser, a second click): say so on the list, not as an error.
      if (!(error instanceof ConflictError)) throw error;
      const row = await getSignature(db, actor, request.params.id);
      return reply.redirect(backHref(row.statementId, back, { notice: 'unchanged' }), 303);
    }
  });
}
