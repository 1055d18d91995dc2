import type { VNode } from 'preact';
import type {
  ContentDetail,
  ContentSummary,
  ContentType,
} from '../../domain/content/content-item.ts';
import { getOrganizationMentions } from '../../domain/organizations/organization-directory.ts';
import { getPublicationFiles } from '../../domain/publications/publication-files.ts';
import type { ItemPageProps } from '../../views/layouts/item-page-layout.tsx';
import { PostPage } from '../../views/pages/post-page.tsx';
import { EventPage } from '../../views/types/event/event-page.tsx';
import { OrganizationPage } from '../../views/types/organization/organization-page.tsx';
import { StandalonePage } from '../../views/types/page/standalone-page.tsx';
import { PublicationPage } from '../../views/types/publication/publication-page.tsx';
import { ReportPage } from '../../views/types/report/report-page.tsx';
import { StatementPage } from '../../views/types/statement/statement-page.tsx';
import { getStatementSignatureSection } from '../../domain/signatures/signature-section.ts';
import { StoryPage } from '../../views/types/story/story-page.tsx';
import type { AppContext } from '../app-context.ts';
import { loadRegistrationSection } from '../routes/site/registration-routes.ts';

/**
 * How the page of one item of each type is drawn, and what else it loads: the one list the
 * public routes and the previews (src/http/routes/*\/preview-routes.ts) both draw from, so a
 * preview is the page readers will get.
 */
export interface ItemPageView<Extra = unknown> {
  /** What else the page shows; lists of other items come in the page's `language`. */
  load?(context: AppContext, item: ContentDetail, language: string): Promise<Extra>;
  render(props: ItemPageProps, extra: Extra): VNode;
}

function itemPageView<Extra>(view: ItemPageView<Extra>): ItemPageView {
  return view as ItemPageView;
}

/** A post's neighbours in the stream, which only its public page knows (see getPublicPost). */
export interface PostNeighbours {
  older?: ContentSummary;
  newer?: ContentSummary;
}

export const itemPageViews: Record<ContentType, ItemPageView> = {
  post: itemPageView<PostNeighbours | undefined>({
    render: ({ item, ...props }, neighbours) => PostPage({ ...props, post: item, ...neighbours }),
  }),
  publication: itemPageView({
    load: (context, item) => getPublicationFiles(context.db, item),
    render: (props, files) => PublicationPage({ ...props, files }),
  }),
  story: itemPageView({ render: (props) => StoryPage(props) }),
  statement: itemPageView({
    load: (context, item) => getStatementSignatureSection(context.db, item),
    // A preview shows what readers will read, not a form they cannot use yet.
    render: (props, signatures) =>
      StatementPage({ ...props, signatures: props.chrome.preview ? undefined : signatures }),
  }),
  page: itemPageView({ render: (props) => StandalonePage(props) }),
  event: itemPageView({
    load: async (context, item) => ({
      localTimeScriptPath: context.assets.pathOf('local-time.js'),
      registration: await loadRegistrationSection(context, item),
    }),
    // A preview shows what readers will read, not a form they cannot use yet.
    render: (props, extra) =>
      EventPage({
        ...props,
        ...extra,
        ...(props.chrome.preview ? { registration: undefined } : {}),
      }),
  }),
  report: itemPageView({ render: (props) => ReportPage(props) }),
  organization: itemPageView({
    load: (context, item, language) => getOrganizationMentions(context.db, item.slug, { language }),
    render: (props, mentions) => OrganizationPage({ ...props, mentions }),
  }),
};
