import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { canOnSite } from '../../../domain/auth/permissions.ts';
import {
  getDialogueSettings,
  updateDialogueSettings,
} from '../../../domain/settings/dialogue-settings.ts';
import { accentPair } from '../../../domain/settings/accent-colours.ts';
import {
  getParticipationSettings,
  updateParticipationSettings,
} from '../../../domain/settings/participation-settings.ts';
import { MAX_LOGO_BYTES } from '../../../domain/settings/logo-image.ts';
import { getSiteSettings } from '../../../domain/settings/settings-service.ts';
import {
  changeLogoShowsName,
  changeSiteLogo,
  removeSiteLogo,
} from '../../../domain/settings/site-logo-service.ts';
import { SOCIAL_NETWORKS, type SocialNetwork } from '../../../domain/settings/social-links.ts';
import { changeSiteSettings } from '../../../domain/site-admin/site-admin-service.ts';
import {
  ForbiddenError,
  PayloadTooLargeError,
  UnsupportedMediaTypeError,
  ValidationError,
} from '../../../lib/errors.ts';
import type { Translator } from '../../../lib/i18n/translator.ts';
import { problem, problemText } from '../../../lib/problems.ts';
import { type SettingsFormState, SettingsPage } from '../../../views/admin/pages/settings-page.tsx';
import { loadAdminChrome, sendAdminPage } from '../../pages/admin-chrome.ts';
import type { AppContext } from '../../app-context.ts';
import { multipartCsrfCheck, requireActor } from '../../plugins/admin-session.ts';
import { readMultipartForm } from '../../requests/read-upload.ts';
import { optionalFormText, readForm, sentFields, textField } from './form-fields.ts';
import { noticeWords } from './page-words.ts';
import { commentSettingsInput, readCommentSettingsForm } from './comment-settings-form.ts';
import {
  participationSettingsInput,
  readParticipationSettingsForm,
} from './participation-settings-form.ts';

/** The confirmations a redirect may ask for (`?notice=`), never text from the address. */
const notices = {
  saved: 'settings.saved',
  logo: 'settings.logoSaved',
  'logo-removed': 'settings.logoRemoved',
  comments: 'admin.comments.settings.saved',
  participation: 'settings.participation.saved',
} as const;

/** The settings form, as the domain's settings input; a field left out stays as it is. */
const settingsFormShape = {
  title: optionalFormText,
  tagline: optionalFormText,
  aboutSummary: optionalFormText,
  aboutHtml: optionalFormText,
  locale: optionalFormText,
  iatiOrganisationId: optionalFormText,
  trashRetentionDays: optionalFormText,
  accentColour: optionalFormText,
  darkAccentColour: optionalFormText,
  footerText: optionalFormText,
} satisfies Partial<Record<keyof Parameters<typeof changeSiteSettings>[2], unknown>>;

/** The social links sent (`socialLinks.facebook` …); undefined when the form had none. */
function sentSocialLinks(body: unknown): Partial<Record<SocialNetwork, string>> | undefined {
  const form = (body ?? {}) as Record<string, unknown>;
  const names = SOCIAL_NETWORKS.filter((network) => `socialLinks.${network}` in form);
  if (names.length === 0) return undefined;
  return Object.fromEntries(
    names.map((network) => [network, textField(body, `socialLinks.${network}`)]),
  );
}

/** A refusal's words per field (each social link its own), in the admin's language. */
function fieldWords(error: ValidationError, i18n: Translator): Record<string, string> {
  return Object.fromEntries(
    Object.entries(error.fieldProblems ?? {}).map(([name, reported]) => [
      name,
      problemText(reported, i18n),
    ]),
  );
}

/** A refused settings or logo form, kept as the domain's error until the page's language is known. */
interface SettingsRefusal {
  form: SettingsFormState['form'];
  values: Record<string, string>;
  error: unknown;
}

/** The site's settings and its brand: administrators only. */
export function registerSettingsRoutes(scope: FastifyInstance, context: AppContext): void {
  const { db } = context;

  function requireAdministrator(request: FastifyRequest) {
    const actor = requireActor(request);
    if (!canOnSite(actor, 'manage-settings')) {
      throw new ForbiddenError(problem('problem.onlyAdministrators'));
    }
    return actor;
  }

  async function renderSettings(
    request: FastifyRequest,
    reply: FastifyReply,
    refused?: SettingsRefusal,
  ) {
    requireAdministrator(request);
    const chrome = await loadAdminChrome(context, request, reply);

    const [settings, dialogue, participation] = await Promise.all([
      getSiteSettings(db),
      getDialogueSettings(db),
      getParticipationSettings(db),
    ]);
    const page = SettingsPage({
      chrome,
      settings,
      dialogue,
      participation,
      accents: accentPair(settings),
      state: refused && refusedState(refused, chrome.i18n),
      notice: noticeWords(request, notices, chrome.i18n),
      errorSummaryScript: context.assets.pathOf('admin-error-summary.js'),
    });
    return sendAdminPage(reply, page, refused ? 422 : undefined);
  }

  scope.get('/admin/settings', (request, reply) => renderSettings(request, reply));

  scope.post('/admin/settings', async (request, reply) => {
    const values = sentFields(readForm(settingsFormShape, request.body));
    const socialLinks = sentSocialLinks(request.body);
    try {
      await changeSiteSettings(db, requireAdministrator(request), { ...values, socialLinks });
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      const sent = { ...values, ...prefixed(socialLinks) };
      return renderSettings(request, reply, { form: 'settings', values: sent, error });
    }
    return reply.redirect('/admin/settings?notice=saved', 303);
  });

  scope.post('/admin/settings/comments', async (request, reply) => {
    requireAdministrator(request);
    const values = readCommentSettingsForm(request.body);
    try {
      await updateDialogueSettings(db, commentSettingsInput(values));
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      return renderSettings(request, reply, { form: 'comments', values, error });
    }
    return reply.redirect('/admin/settings?notice=comments', 303);
  });

  scope.post('/admin/settings/participation', async (request, reply) => {
    requireAdministrator(request);
    const values = readParticipationSettingsForm(request.body);
    try {
      await updateParticipationSettings(db, participationSettingsInput(values));
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      const sent = { ...values };
      return renderSettings(request, reply, { form: 'participation', values: sent, error });
    }
    return reply.redirect('/admin/settings?notice=participation', 303);
  });

  const logoRoute = { config: { readsCsrfFromMultipart: true } };
  scope.post('/admin/settings/logo', logoRoute, async (request, reply) => {
    const actor = requireAdministrator(request);
    let showsName = false;
    try {
      const { fields, file } = await readMultipartForm(request, MAX_LOGO_BYTES, {
        checkCsrf: multipartCsrfCheck(context, request),
      });
      showsName = fields.showsName === 'yes';
      if (file) await changeSiteLogo(db, actor, { bytes: file.bytes, showsName });
      else if ((await getSiteSettings(db)).logo) await changeLogoShowsName(db, actor, showsName);
      else
        throw new ValidationError(problem('problem.chooseLogo'), {
          logo: problem('problem.chooseLogo'),
        });
    } catch (error) {
      if (!isLogoRefusal(error)) throw error;
      const values = { showsName: showsName ? 'yes' : '' };
      return renderSettings(request, reply, { form: 'logo', values, error });
    }
    return reply.redirect('/admin/settings?notice=logo', 303);
  });

  scope.post('/admin/settings/logo/remove', async (request, reply) => {
    await removeSiteLogo(db, requireAdministrator(request));
    return reply.redirect('/admin/settings?notice=logo-removed', 303);
  });
}

/** The form's names of the social links sent (`socialLinks.x`), to show them again. */
function prefixed(links: Partial<Record<SocialNetwork, string>> | undefined) {
  return Object.fromEntries(
    Object.entries(links ?? {}).map(([network, address]) => [`socialLinks.${network}`, address]),
  );
}

/** Whether the logo form can show why it was refused; other failures are error pages. */
function isLogoRefusal(error: unknown): boolean {
  return (
    error instanceof ValidationError ||
    error instanceof PayloadTooLargeError ||
    error instanceof UnsupportedMediaTypeError
  );
}

/** What to say beside the logo field about a refused upload. */
function logoRefusal(error: unknown, i18n: Translator): string {
  if (error instanceof ValidationError) {
    const reported = error.fieldProblems?.logo ?? error.problem;
    return problemText(reported, i18n);
  }
  if (error instanceof PayloadTooLargeError) {
    return i18n.t('problem.logoTooLarge', { max: MAX_LOGO_BYTES / (1024 * 1024) });
  }
  return i18n.t('problem.logoType');
}

/** The refused form as the page shows it, in the admin's language. */
function refusedState(refused: SettingsRefusal, i18n: Translator): SettingsFormState {
  const errors =
    refused.form === 'logo'
      ? { logo: logoRefusal(refused.error, i18n) }
      : refused.error instanceof ValidationError
        ? fieldWords(refused.error, i18n)
        : {};
  return { form: refused.form, values: refused.values, errors };
}
