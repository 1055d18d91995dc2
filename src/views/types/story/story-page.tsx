import type { z } from 'zod';
import type { publicStoryFieldsSchema } from '../../../domain/content-types/story-fields.ts';
import type { ContentDetail } from '../../../domain/content/content-item.ts';
import type { Translator } from '../../../lib/i18n/translator.ts';
import { FactsList } from '../../components/facts-list.tsx';
import { ItemPageLayout, type ItemPageProps } from '../../layouts/item-page-layout.tsx';

/** A story's public fields: who gave consent stays in the newsroom (see `publicSchema`). */
export type PublicStoryFields = z.output<typeof publicStoryFieldsSchema>;

export function storyFieldsOf(item: Pick<ContentDetail, 'fields'>): PublicStoryFields {
  return item.fields as unknown as PublicStoryFields;
}

function StoryFacts({ item, i18n }: { item: ContentDetail; i18n: Translator }) {
  const fields = storyFieldsOf(item);
  return (
    <FactsList
      facts={[
        [i18n.t('story.person'), fields.personName ?? <em>{i18n.t('story.nameWithheld')}</em>],
        [i18n.t('story.age'), fields.age !== null && i18n.formatNumber(fields.age)],
        [i18n.t('story.place'), fields.place],
        [i18n.t('story.work'), fields.work],
        [i18n.t('story.scheme'), fields.scheme],
        [i18n.t('story.gathered'), fields.gatheredBy],
        [
          i18n.t('story.gatheredOn'),
          fields.gatheredAt && (
            <time datetime={fields.gatheredAt}>{i18n.formatDate(fields.gatheredAt)}</time>
          ),
        ],
        [
          i18n.t('story.consent'),
          fields.consent &&
            i18n.t('story.consentGiven', {
              date: i18n.formatDate(fields.consent.givenAt),
              form: i18n.t(`story.consent.${fields.consent.form}`),
            }),
        ],
      ]}
    />
  );
}

/** A worker's testimony: who they are (as far as they agreed), then their words. */
export function StoryPage(props: ItemPageProps) {
  const { chrome, item } = props;
  const { i18n } = chrome;
  return (
    <ItemPageLayout
      {...props}
      kicker={i18n.t('type.story')}
      facts={<StoryFacts item={item} i18n={i18n} />}
    />
  );
}
