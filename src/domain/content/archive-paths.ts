/** The archive's page for one month: `/archive/2021/03`. */
export function archiveMonthPath(year: number, month: number): string {
  return `/archive/${year}/${String(month).padStart(2, '0')}`;
}
