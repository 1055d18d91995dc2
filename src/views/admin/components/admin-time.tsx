/** An instant as "2025-03-01 14:05 UTC": the admin states every time in UTC, like the site. */
export function AdminTime({ value }: { value: string }) {
  const shown = `${value.slice(0, 10)} ${value.slice(11, 16)} UTC`;
  return <time dateTime={value}>{shown}</time>;
}
