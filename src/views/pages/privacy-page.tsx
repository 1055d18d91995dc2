import type { PrivacyFacts } from '../../domain/people/privacy-facts.ts';
import { SiteLayout } from '../layouts/site-layout.tsx';
import type { SiteChrome } from '../view-context.ts';

const yesNo = (value: boolean) => (value ? 'yes' : 'no');

/**
 * `/privacy`: what the site keeps about readers, written from what it actually collects and
 * its settings (privacy-facts.ts), so it changes when they do. A form the site does not offer
 * is not described.
 */
export function PrivacyPage({ chrome, facts }: { chrome: SiteChrome; facts: PrivacyFacts }) {
  const { i18n, localPath } = chrome;
  const { t } = i18n;
  return (
    <SiteLayout
      chrome={chrome}
      meta={{ title: t('privacy.title'), description: t('privacy.description'), path: '/privacy' }}
    >
      <article class="prose privacy">
        <h1>{t('privacy.title')}</h1>
        <p>{t('privacy.intro')}</p>

        <h2 id="tracking">{t('privacy.tracking.title')}</h2>
        <p>{t('privacy.tracking.body')}</p>
        <p>{t('privacy.tracking.staffCookies')}</p>

        <h2 id="forms">{t('privacy.forms.title')}</h2>
        <p>{t('privacy.forms.intro')}</p>
        {facts.comments.isOffered && (
          <section aria-labelledby="privacy-comments">
            <h3 id="privacy-comments">{t('privacy.comments.title')}</h3>
            <p>{t('privacy.comments.body')}</p>
            {facts.comments.confirmsEmail && <p>{t('privacy.comments.confirm')}</p>}
            <p>
              {t('privacy.comments.erased', {
                anonymise: yesNo(facts.comments.anonymisesErased),
              })}
            </p>
          </section>
        )}
        <section aria-labelledby="privacy-subscriptions">
          <h3 id="privacy-subscriptions">{t('privacy.subscriptions.title')}</h3>
          <p>{t('privacy.subscriptions.body')}</p>
        </section>
        {facts.registrations.isOffered && (
          <section aria-labelledby="privacy-registrations">
            <h3 id="privacy-registrations">{t('privacy.registrations.title')}</h3>
            <p>{t('privacy.registrations.body')}</p>
            <p>
              {t('privacy.registrations.retention', { days: facts.registrations.retentionDays })}
            </p>
          </section>
        )}
        {facts.signatures.isOffered && (
          <section aria-labelledby="privacy-signatures">
            <h3 id="privacy-signatures">{t('privacy.signatures.title')}</h3>
            <p>{t('privacy.signatures.body')}</p>
            <p>
              {t('privacy.signatures.erased', {
                anonymise: yesNo(facts.signatures.anonymisesErased),
              })}
            </p>
          </section>
        )}
        {(facts.registrations.isOffered || facts.signatures.isOffered) && (
          <p>{t('privacy.unconfirmed', { days: facts.unconfirmedRetentionDays })}</p>
        )}
        <p>{t('privacy.abuse')}</p>
        <p>{t('privacy.mail')}</p>

        <h2 id="your-data">{t('privacy.rights.title')}</h2>
        <p>{t('privacy.rights.body')}</p>
        {facts.contact ? (
          <p>
            {t('privacy.rights.contact')} <a href={`mailto:${facts.contact}`}>{facts.contact}</a>
          </p>
        ) : (
          <p>
            {t('privacy.rights.noContact')} <a href={localPath('/about')}>{t('site.about')}</a>
          </p>
        )}
      </article>
    </SiteLayout>
  );
}
