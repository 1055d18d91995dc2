import type {
  PublicSignature,
  SignatureSection as SignatureSectionData,
} from '../../domain/signatures/signature-section.ts';
import {
  MAX_COUNTRY_LENGTH,
  MAX_ORGANIZATION_LENGTH,
  MAX_SIGNER_NAME_LENGTH,
} from '../../domain/signatures/signature-signing.ts';
import type { MessageKey } from '../../lib/i18n/translator.ts';
import { type Problem, problemText } from '../../lib/problems.ts';
import type { SiteChrome } from '../view-context.ts';
import { PrivacyNote } from './privacy-note.tsx';

/** Where a statement's signing lives, below its page's address. */
export function signaturePaths(statementPath: string) {
  return { sign: `${statementPath}/sign`, feed: `${statementPath}/signatures.atom` };
}

export const SIGNATURE_FORM_ID = 'sign';

/** What the reader typed, given back when a signature is refused. */
export interface SignatureFormValues {
  name: string;
  email: string;
  organization: string;
  country: string;
  signingAs: 'organization' | 'individual' | '';
  isListed: boolean;
}

/** Why a signature was refused: the whole (the summary's line) and each field at fault. */
export interface SignatureFormRefusal {
  problem: Problem;
  fields: Readonly<Record<string, Problem>>;
}

const TEXT_FIELDS = [
  { name: 'name', label: 'signatures.form.name', hint: 'signatures.form.nameHint' },
  {
    name: 'organization',
    label: 'signatures.form.organization',
    hint: 'signatures.form.organizationHint',
  },
  { name: 'country', label: 'signatures.form.country', hint: null },
  { name: 'email', label: 'signatures.form.email', hint: 'signatures.form.emailHint' },
] as const satisfies readonly { name: string; label: MessageKey; hint: MessageKey | null }[];

const FIELD_LIMITS = {
  name: { max: MAX_SIGNER_NAME_LENGTH, autocomplete: 'name', type: 'text', isRequired: true },
  organization: {
    max: MAX_ORGANIZATION_LENGTH,
    autocomplete: 'organization',
    type: 'text',
    isRequired: false,
  },
  country: {
    max: MAX_COUNTRY_LENGTH,
    autocomplete: 'country-name',
    type: 'text',
    isRequired: false,
  },
  email: { max: 320, autocomplete: 'email', type: 'email', isRequired: true },
} as const;

/** The field ids a summary links to: the radios' first button stands for its group. */
const fieldId = (name: string) => (name === 'signing_as' ? 'sign-as-organization' : `sign-${name}`);

/**
 * The signing form: a plain POST that works without JavaScript. A refused signature comes
 * back with what was typed and an error summary at the top linking to each field (GOV.UK's
 * pattern). `website` is the honeypot, hidden from people and the accessibility tree; `stamp`
 * is the signed time the form was drawn (see form-stamp.ts).
 */
export function SignatureForm({
  chrome,
  action,
  stamp,
  values,
  refusal,
}: {
  chrome: SiteChrome;
  /** The statement's `…/sign` address in the page's language. */
  action: string;
  stamp: string;
  values?: SignatureFormValues;
  refusal?: SignatureFormRefusal;
}) {
  const { i18n } = chrome;
  const fieldProblem = (name: string) => {
    const found = refusal?.fields[name];
    return found ? problemText(found, i18n) : undefined;
  };
  const errorId = (name: string) => (refusal?.fields[name] ? `sign-${name}-error` : undefined);
  const describedBy = (name: string, hasHint: boolean) =>
    [hasHint ? `sign-${name}-hint` : undefined, errorId(name)].filter(Boolean).join(' ') ||
    undefined;
  const signingAs = values?.signingAs || 'organization';
  const labelOf = (name: string): string => {
    if (name === 'signing_as') return i18n.t('signatures.form.signingAs');
    const field = TEXT_FIELDS.find((each) => each.name === name);
    return field ? i18n.t(field.label) : name;
  };
  return (
    <form class="comment-form signature-form" id={SIGNATURE_FORM_ID} method="post" action={action}>
      <h3>{i18n.t('signatures.form.heading')}</h3>
      {refusal && (
        <div class="error-summary" role="alert" tabindex={-1}>
          <h4>{i18n.t('signatures.form.errorSummary')}</h4>
          <p>{problemText(refusal.problem, i18n)}</p>
          <ul>
            {Object.keys(refusal.fields).map((name) => (
              <li>
                <a href={`#${fieldId(name)}`}>
                  {i18n.t('signatures.form.fieldProblem', {
                    field: labelOf(name),
                    problem: fieldProblem(name) ?? '',
                  })}
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}
      <input type="hidden" name="stamp" value={stamp} />
      <fieldset
        class="comment-field signature-choice"
        aria-describedby={describedBy('signing_as', true)}
      >
        <legend>{i18n.t('signatures.form.signingAs')}</legend>
        <span class="hint" id="sign-signing_as-hint">
          {i18n.t('signatures.form.signingAsHint')}
        </span>
        {fieldProblem('signing_as') && (
          <span class="field-error" id="sign-signing_as-error">
            {fieldProblem('signing_as')}
          </span>
        )}
        <label for="sign-as-organization">
          <input
            type="radio"
            id="sign-as-organization"
            name="signing_as"
            value="organization"
            checked={signingAs === 'organization'}
          />{' '}
          {i18n.t('signatures.form.asOrganization')}
        </label>
        <label for="sign-as-individual">
          <input
            type="radio"
            id="sign-as-individual"
            name="signing_as"
            value="individual"
            checked={signingAs === 'individual'}
          />{' '}
          {i18n.t('signatures.form.asIndividual')}
        </label>
      </fieldset>
      {TEXT_FIELDS.map((field) => {
        const limits = FIELD_LIMITS[field.name];
        return (
          <p class="comment-field">
            <label for={fieldId(field.name)}>{i18n.t(field.label)}</label>
            {field.hint && (
              <span class="hint" id={`sign-${field.name}-hint`}>
                {i18n.t(field.hint)}
              </span>
            )}
            {fieldProblem(field.name) && (
              <span class="field-error" id={`sign-${field.name}-error`}>
                {fieldProblem(field.name)}
              </span>
            )}
            <input
              id={fieldId(field.name)}
              name={field.name}
              type={limits.type}
              list={undefined}
              autocomplete={limits.autocomplete}
              required={limits.isRequired}
              maxLength={limits.max}
              value={values?.[field.name] ?? ''}
              aria-describedby={describedBy(field.name, field.hint !== null)}
              aria-invalid={refusal?.fields[field.name] ? 'true' : undefined}
            />
          </p>
        );
      })}
      <p class="comment-field signature-listed">
        <label for="sign-listed">
          <input
            type="checkbox"
            id="sign-listed"
            name="listed"
            value="1"
            checked={values?.isListed ?? false}
            aria-describedby="sign-listed-hint"
          />{' '}
          {i18n.t('signatures.form.listed')}
        </label>
        <span class="hint" id="sign-listed-hint">
          {i18n.t('signatures.form.listedHint')}
        </span>
      </p>
      {/* The honeypot: off screen and out of the tab order; a robot fills every field. */}
      <p class="comment-trap" aria-hidden="true">
        <label for="sign-website">{i18n.t('signatures.form.honeypot')}</label>
        <input id="sign-website" name="website" tabindex={-1} autocomplete="off" value="" />
      </p>
      <p class="comment-privacy">{i18n.t('signatures.form.privacy')}</p>
      <button type="submit">{i18n.t('signatures.form.submit')}</button>
      <PrivacyNote chrome={chrome} />
    </form>
  );
}

/** One signatory: an organisation by its name, a person by theirs; the country beside. */
function Signatory({ signature }: { signature: PublicSignature }) {
  const main = signature.kind === 'organization' ? signature.organization : signature.name;
  const detail = [
    signature.kind === 'individual' ? signature.organization : '',
    signature.country,
  ].filter(Boolean);
  return (
    <li>
      <strong>{main}</strong>
      {detail.length > 0 && <span class="signatory-detail"> · {detail.join(', ')}</span>}
    </li>
  );
}

/**
 * A call to action's signatures on its page: how many have signed, the approved
 * organisations, then the people who chose to be named (each list bounded, with how many
 * more), and the form while signing is open; after the deadline, when it closed.
 */
export function SignatureSection({
  chrome,
  statementPath,
  section,
}: {
  chrome: SiteChrome;
  statementPath: string;
  section: SignatureSectionData;
}) {
  const { i18n, localPath } = chrome;
  const { counts, more } = section;
  const total = counts.organizations + counts.individuals;
  const paths = signaturePaths(statementPath);
  return (
    <section class="signatures" aria-labelledby="signatures-heading">
      <h2 id="signatures-heading">{i18n.t('signatures.heading')}</h2>
      <p class="signature-count">
        {total === 0
          ? i18n.t('signatures.none')
          : i18n.t('signatures.count', {
              organizations: counts.organizations,
              individuals: counts.individuals,
            })}
      </p>
      {!section.open && section.closesAt && (
        <p class="signature-closed">
          {i18n.t('signatures.closedOn', {
            date: i18n.formatDate(new Date(Date.parse(section.closesAt) - 1).toISOString()),
          })}
        </p>
      )}
      {section.organizations.length > 0 && (
        <>
          <h3>{i18n.t('signatures.organizations')}</h3>
          <ul class="signatories">
            {section.organizations.map((signature) => (
              <Signatory signature={signature} />
            ))}
          </ul>
          {more.organizations > 0 && (
            <p class="signatories-more">
              {i18n.t('signatures.more', { count: more.organizations })}
            </p>
          )}
        </>
      )}
      {section.individuals.length > 0 && (
        <>
          <h3>{i18n.t('signatures.individuals')}</h3>
          <ul class="signatories">
            {section.individuals.map((signature) => (
              <Signatory signature={signature} />
            ))}
          </ul>
          {more.individuals > 0 && (
            <p class="signatories-more">{i18n.t('signatures.more', { count: more.individuals })}</p>
          )}
        </>
      )}
      {total > 0 && (
        <p class="signatures-feed">
          <a href={localPath(paths.feed)} type="application/atom+xml">
            {i18n.t('signatures.feed')}
          </a>
        </p>
      )}
      {section.open && section.stamp && (
        <SignatureForm chrome={chrome} action={localPath(paths.sign)} stamp={section.stamp} />
      )}
    </section>
  );
}
