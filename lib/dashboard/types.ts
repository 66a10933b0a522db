/**
 * The data of one dashboard week — what /dashboard renders, the weekly digest stores (as JSON) and
 * the CSV exports write. Plain JSON-safe values only (dates as ISO strings), so a digest built
 * today renders the same way next year. Every figure comes with the previous week's value where
 * the issue asks for "the change vs the previous week".
 */
import type { Change, OperatingStage } from "./rules";

export type CountRow = { key: string; label: string; count: Change };

export type DashboardData = {
  /** Monday 00:00 org time (ISO) and the org-local dates of Monday and Sunday (YYYY-MM-DD). */
  week: { start: string; end: string; param: string; lastDay: string; timeZone: string };
  inquiries: {
    total: Change;
    byCustomerType: CountRow[];
    byChannel: CountRow[];
    byTag: CountRow[];
    /** 12 weeks ending with this one, oldest first: total and per customer type. */
    trend: { week: string; total: number; byCustomerType: Record<string, number> }[];
  };
  stage: { meanPerDay: number; stage: OperatingStage; inquiriesIn28Days: number };
  problems: {
    /** Top 5 by new linked inquiries this week (ProblemWeek). */
    top: { id: string; number: number; title: string; status: string; newLinked: Change }[];
    /**
     * Shipped this week: every one counted (absent in digests stored before it existed: use
     * shipped.length), the DASHBOARD_LIST_MAX with the most linked inquiries listed.
     */
    shippedTotal?: number;
    /** Listed fixes shipped this week, with inquiries removed (null until 4 weeks after, see lib/board/rules). */
    shipped: {
      id: string; number: number; title: string; shippedAt: string; removedPerWeek: number | null; notified: boolean;
      /** Added: linked inquiries per week in the 4 weeks before the ship week, and how many of the 4 weeks after have ended (0–4). */
      beforePerWeek: number; weeksAfter: number;
    }[];
  };
  churn: {
    count: Change;
    /** The most recent DASHBOARD_LIST_MAX of `count.current` (newest first). */
    customers: { id: string; name: string; churnedAt: string; reason: string | null; category: string | null; inquiriesBefore: number }[];
  };
  satisfaction: {
    /** CSAT share 4–5 (0–1) and mean, CES mean and share 5–7, with response counts (lib/surveys/rules). */
    csat: { value: number | null; mean: number | null; responses: number; previous: number | null; small: boolean };
    ces: { value: number | null; easy: number | null; responses: number; previous: number | null; small: boolean };
    byChannel: { channel: string; csat: number | null; ces: number | null; responses: number; small: boolean }[];
    internal: {
      csat: number | null; responses: number; small: boolean; fulfillmentRate: number | null; resolved: number;
      /** Added: INTERNAL inquiries resolved this week within their SLA target (fulfillmentRate = withinTarget / resolved). */
      withinTarget: number;
    };
  };
  service: {
    firstResponseMedianMs: number | null;
    firstResponseP90Ms: number | null;
    resolutionMedianMs: number | null;
    resolutionP90Ms: number | null;
    previous: { firstResponseMedianMs: number | null; resolutionMedianMs: number | null };
    /** Open inquiries and overdue ones NOW (not as of the week's end). */
    backlog: number;
    overdue: number;
  };
  visibility: {
    /** Distinct non-CS staff who opened inquiries, the board or the dashboard this week, by role. */
    staff: { total: Change; byRole: { role: string; count: number }[] };
    /** Share of the week's inquiries read by at least one non-CS person. */
    readByNonCs: { share: number | null; read: number; created: number; previous: number | null };
    /** Share of the week's inquiries linked to a problem. */
    fixBoardCoverage: { share: number | null; linked: number; created: number; previous: number | null };
    /** Median reported → accepted/declined for problems responded to this week. */
    productResponseMedianMs: number | null;
    /** Added: problems accepted or declined this week (the median's sample). */
    productResponded: number;
    /** Share of problems shipped this week whose askers were notified. */
    loopClosure: { share: number | null; notified: number; shipped: number };
  };
  /** Verbatim quotes: lowest CSAT comments and churned customers' last inquiries. */
  voices: {
    kind: "lowScore" | "churned"; text: string; inquiryId: string; inquiryNumber: number; customerName: string; score: number | null;
    /** Added: the inquiry's subject, when the words were written (answer or inquiry time, ISO), and which scale `score` is on. */
    subject: string; at: string; scoreKind?: "CSAT" | "CES" | null;
  }[];
};
