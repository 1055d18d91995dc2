import type { ContentDetail } from '../../../domain/content/content-item.ts';
import {
  type OrganizationMentions,
  organizationFieldsOf,
} from '../../../domain/organizations/organization-directory.ts';
import type { Translator } from '../../../lib/i18n/translator.ts';
import { ItemPageLayout, type ItemPageProps } from '../../layouts/item-page-layout.tsx';
import { WebsiteLink, kindLabel, relationshipLabel } from './organization-name.tsx';
import { useLocalPath } from '../../components/local-path.ts';

/** Acronym, kind, relationship, country and website, above the description. */
function OrganizationFacts({ item, i18n }: { item: ContentDetail; i18n: Translator }) {
  const localPath = useLocalPath();
  const fields = organizationFieldsOf(item);
  const country = item.labels.find((label) => label.kind === 'country');
  return (
    <dl class="facts">
      {fields.acronym !== item.title && (
        <>
          <dt>{i18n.t('organization.acronym')}</dt>
          <dd>{fields.acronym}</dd>
        </>
      )}
      <dt>{i18n.t('organization.kindLabel')}</dt>
      <dd>{kindLabel(i18n, fields.kind)}</dd>
      <dt>{i18n.t('organization.relationshipLabel')}</dt>
      <dd>{relationshipLabel(i18n, fields.relationship)}</dd>
      <dt>{i18n.t('organization.country')}</dt>
      <dd>
        {country ? (
          <a href={localPath(country.path)}>{country.name}</a>
        ) : (
          i18n.t('organization.noCountry')
        )}
      </dd>
      {fields.website && (
        <>
          <dt>{i18n.t('organization.website')}</dt>
          <dd>
            <WebsiteLink website={fields.website} />
          </dd>
        </>
      )}
    </dl>
  );
}

/** What the site has published that names the organisation, grouped by the role it plays. */
function NamedIn({ mentions, i18n }: { mentions: OrganizationMentions[]; i18n: Translator }) {
  const localPath = useLocalPath();
  return (
    <section class="organization-named-in" aria-labelledby="named-in">
      <h2 id="named-in">{i18n.t('organization.namedIn')}</h2>
      {mentions.length === 0 && <p>{i18n.t('organization.namedInNone')}</p>}
      {mentions.map((group) => (
        <section aria-labelledby={`named-in-${group.role}`}>
          <h3 id={`named-in-${group.role}`}>{i18n.t(`organization.role.${group.role}`)}</h3>
          <ul class="named-in-list">
            {group.items.map((item) => (
              <li>
                <a href={localPath(item.path)}>{item.title}</a>{' '}
                <span class="named-in-meta">
                  {item.type === 'post'
                    ? i18n.t('organization.article')
                    : i18n.t(`type.${item.type}`)}
                  {' · '}
                  <time datetime={item.publishedAt}>{i18n.formatDate(item.publishedAt)}</time>
                </span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}

/** `/organizations/:slug`: the organisation and everything public that names it. */
export function OrganizationPage(props: ItemPageProps & { mentions: OrganizationMentions[] }) {
  const { chrome, item, bodyMedia, isSaveData, mentions, related, translations } = props;
  const { i18n } = chrome;
  return (
    <ItemPageLayout
      ogType="website"
      chrome={chrome}
      item={item}
      bodyMedia={bodyMedia}
      related={related}
      isSaveData={isSaveData}
      translations={translations}
      comments={props.comments}
      kicker={i18n.t('type.organization')}
      isDated={false}
      facts={<OrganizationFacts item={item} i18n={i18n} />}
    >
      <NamedIn mentions={mentions} i18n={i18n} />
    </ItemPageLayout>
  );
}
