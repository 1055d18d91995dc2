import type { ComponentChildren } from 'preact';

/** One fact: its name and its value; a fact without a value is left out. */
export type Fact = [name: string, value: ComponentChildren | null | undefined | false];

/** The facts of an item above its text (who, when, where …), as a description list. */
export function FactsList({ facts }: { facts: Fact[] }) {
  const shown = facts.filter(
    ([, value]) => value !== null && value !== undefined && value !== false && value !== '',
  );
  if (shown.length === 0) return null;
  return (
    <dl class="facts">
      {shown.map(([name, value]) => (
        <>
          <dt>{name}</dt>
          <dd>{value}</dd>
        </>
      ))}
    </dl>
  );
}
