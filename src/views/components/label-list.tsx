import type { LabelLink } from '../../domain/content/content-item.ts';
import { useLocalPath } from './local-path.ts';

/** An item's countries and themes as links. */
export function LabelList({ labels, title }: { labels: LabelLink[]; title: string }) {
  const localPath = useLocalPath();
  if (labels.length === 0) return null;
  return (
    <ul class="labels" aria-label={title}>
      {labels.map((label) => (
        <li>
          <a href={localPath(label.path)} class={`label label-${label.kind}`}>
            {label.name}
          </a>
        </li>
      ))}
    </ul>
  );
}
