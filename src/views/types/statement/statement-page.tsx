import { isCallClosed, statementFieldsOf } from '../../../domain/statements/call-status.ts';
import type { ContentDetail, ContentSummary } from '../../../domain/content/content-item.ts';
import type { Translator } from '../../../lib/i18n/translator.ts';
import { FactsList } from '../../components/facts-list.tsx';
import { OrganizationLinks, mentionsIn } from '../../components/organization-links.tsx';
import { ItemPageLayout, type ItemPageProps } from '../../layouts/item-page-layout.tsx';
import type { SignatureSection as SignatureSectionData } from '../../../domain/signatures/signature-section.ts';
import { SIGNATURE_FORM_ID, SignatureSection } from '../../components/signature-section.tsx';

/** "Open until 31 May 2021" or "Closed on 31 May 2021"; nothing for a press release. */
export function callStatus(item: ContentSummary, i18n: Translator): string | null {
  const { deadline, kind } = statementFieldsOf(item);
  if (kind !== 'call-to-action' || !deadline) return null;
  const date = i18n.formatDate(deadline);
  return isCallClosed(item)
    ? i18n.t('statement.closedOn', { date })
    : i18n.t('statement.openUntil', { date });
}

function StatementFacts({ item, i18n }: { item: ContentDetail; i18n: Translator }) {
  const fields = statementFieldsOf(item);
  return (
    <FactsList
      facts={[
        [i18n.t('statement.issuedBy'), fields.issuedBy],
        [i18n.t('statement.occasion'), fields.occasion],
        [i18n.t('statement.call-to-action'), callStatus(item, i18n)],
      ]}
    />
  );
}

/** The call's way to sign, while it is open: the form below when it is signed here. */
function SignLink({ item, i18n }: { item: ContentDetail; i18n: Translator }) {
  const { signUrl, kind, signingOpen } = statementFieldsOf(item);
  if (kind !== 'call-to-action' || isCallClosed(item)) return null;
  if (signingOpen) {
    return (
      <p class="sign">
        <a class="button" href={`#${SIGNATURE_FORM_ID}`}>
          {i18n.t('statement.sign')}
        </a>
      </p>
    );
  }
  if (!signUrl) return null;
  return (
    <p class="sign">
      <a class="button" href={signUrl} rel="external noopener">
        {i18n.t('statement.sign')}
      </a>
    </p>
  );
}

/** A press release or a call to action: its text, its numbered demands, who signed it. */
export function StatementPage({
  signatures,
  ...props
}: ItemPageProps & { signatures?: SignatureSectionData }) {
  const { chrome, item } = props;
  const { i18n } = chrome;
  const fields = statementFieldsOf(item);
  const signatories = mentionsIn(item, 'signatories');
  return (
    <ItemPageLayout
      {...props}
      kicker={i18n.t(`statement.${fields.kind}`)}
      facts={
        <>
          <StatementFacts item={item} i18n={i18n} />
          <SignLink item={item} i18n={i18n} />
        </>
      }
    >
      {fields.demands.length > 0 && (
        <section aria-labelledby="demands">
          <h2 id="demands">{i18n.t('statement.demands')}</h2>
          <ol class="demands">
            {fields.demands.map((demand) => (
              <li>{demand}</li>
            ))}
          </ol>
        </section>
      )}
      {signatories.length > 0 && (
        <section aria-labelledby="signatories">
          <h2 id="signatories">{i18n.t('statement.signatories')}</h2>
          <p>
            <OrganizationLinks organizations={signatories} />
          </p>
        </section>
      )}
      {signatures && (
        <SignatureSection chrome={chrome} statementPath={item.path} section={signatures} />
      )}
    </ItemPageLayout>
  );
}
