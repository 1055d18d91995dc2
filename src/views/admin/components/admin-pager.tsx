/** One step of a pager: where it leads, what it says, and how it relates to this page. */
export interface PagerStep {
  href: string;
  text: string;
  rel?: 'prev' | 'next';
}

/**
 * The admin lists' pager: a step back (to the previous page, or to the first of a list paged
 * by cursor), where the list stands when it knows, and a step forward. Each list decides
 * which steps there are; nothing is drawn when there is nowhere to go. The desk's numbered
 * pager is a different shape and stays its own.
 */
export function AdminPager(props: {
  label: string;
  back?: PagerStep;
  current?: string;
  forward?: PagerStep;
}) {
  const { back, current, forward } = props;
  if (!back && !forward) return null;
  return (
    <nav aria-label={props.label} class="pager">
      <ul>
        {back && (
          <li>
            <a href={back.href} rel={back.rel}>
              {back.text}
            </a>
          </li>
        )}
        {current && (
          <li>
            <span aria-current="page">{current}</span>
          </li>
        )}
        {forward && (
          <li>
            <a href={forward.href} rel={forward.rel}>
              {forward.text}
            </a>
          </li>
        )}
      </ul>
    </nav>
  );
}
