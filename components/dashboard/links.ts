/**
 * Where the dashboard's numbers lead. Every inquiry count opens the queue filtered the same way
 * (the queue's `week` filter: created within that Monday–Sunday week, org time zone).
 */
export type ExportTable =
  | "inquiries" | "byCustomerType" | "byChannel" | "byTag" | "trend" | "problems" | "churn" | "satisfaction" | "voices";

export function queueHref(filters: Record<string, string | undefined>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) if (value) params.set(key, value);
  const query = params.toString();
  return query ? `/inquiries?${query}` : "/inquiries";
}

/** The queue of one week, optionally narrowed (customerType, channel, tag). */
export const weekQueueHref = (week: string, filters: Record<string, string | undefined> = {}) => queueHref({ week, ...filters });

export const backlogHref = "/inquiries?status=NEW,OPEN,PENDING";
export const overdueHref = "/inquiries?overdue=1";

export const exportHref = (week: string, table: ExportTable) =>
  `/api/dashboard/export?${new URLSearchParams({ week, table })}`;

export const digestHref = (week: string) => `/digest/${week}`;
export const dashboardHref = (week: string) => `/dashboard?${new URLSearchParams({ week })}`;
