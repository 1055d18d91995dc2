import { itemPath } from '../../domain/content-types/content-type-registry.ts';
import { labelPath } from '../../domain/labels/label-paths.ts';
import type { SteeringMember } from '../../domain/organizations/organization-service.ts';
import { EVERY_UPLOAD, withPublicMediaUrls } from '../../domain/media/public-media-url.ts';
import { TrustedHtml } from '../components/trusted-html.tsx';
import { SiteLayout } from '../layouts/site-layout.tsx';
import type { SiteChrome } from '../view-context.ts';

export function AboutPage({
  chrome,
  steeringCommittee,
}: {
  chrome: SiteChrome;
  steeringCommittee: SteeringMember[];
}) {
  const { i18n, settings } = chrome;
  return (
    <SiteLayout
      chrome={chrome}
      meta={{
        title: i18n.t('site.about'),
        description: settings.aboutSummary || settings.tagline,
        path: '/about',
      }}
      hasAboutBox={false}
    >
      <h1>{i18n.t('site.about')}</h1>
      <TrustedHtml
        className="prose"
        html={withPublicMediaUrls(settings.aboutHtml, {
          mediaPublicUrl: chrome.mediaPublicUrl,
          liveUploads: EVERY_UPLOAD,
        })}
      />
      {steeringCommittee.length > 0 && (
        <section aria-labelledby="steering-committee">
          <h2 id="steering-committee">{i18n.t('about.steeringCommittee')}</h2>
          <p>{i18n.t('about.steeringIntro')}</p>
          <table class="steering">
            <thead>
              <tr>
                <th scope="col">{i18n.t('about.country')}</th>
                <th scope="col">{i18n.t('about.member')}</th>
                <th scope="col">{i18n.t('about.organization')}</th>
              </tr>
            </thead>
            <tbody>
              {steeringCommittee.map((member) => (
                <tr>
                  <th scope="row">
                    <a href={chrome.localPath(labelPath('country', member.countrySlug))}>
                      {member.countryName}
                    </a>
                  </th>
                  <td>{member.name}</td>
                  <td>
                    {member.organization && (
                      <a
                        href={chrome.localPath(itemPath('organization', member.organization.slug))}
                      >
                        <abbr title={member.organization.name}>{member.organization.acronym}</abbr>
                      </a>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </SiteLayout>
  );
}
