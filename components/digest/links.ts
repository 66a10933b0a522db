/**
 * Links from a digest figure to the inquiries behind it (the queue, filtered) and to the
 * dashboard of the same week.
 */
export function queueHref(filters: { customerType?: string; channel?: string; tag?: string }, week: string): string {
  const params = new URLSearchParams();
  if (filters.customerType) params.set("customerType", filters.customerType);
  if (filters.channel) params.set("channel", filters.channel);
  if (filters.tag) params.set("tag", filters.tag);
  params.set("week", week);
  return `/inquiries?${params}`;
}

export const dashboardHref = (week: string) => `/dashboard?week=${encodeURIComponent(week)}`;
export const digestHref = (week: string) => `/digest/${encodeURIComponent(week)}`;
export const exportHref = (week: string, table: string) =>
  `/api/dashboard/export?${new URLSearchParams({ week, table })}`;
