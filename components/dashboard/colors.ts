/** Chart colors matching the customer-type badges (components/customers/customer-type-badge). */
export const customerTypeColor: Record<string, string> = {
  INTERNAL: "#94a3b8",
  PROSPECT: "#38bdf8",
  BUYER: "#10b981",
  USER: "#6366f1",
  CHURNED: "#f43f5e",
};
export const customerTypeDot: Record<string, string> = {
  INTERNAL: "bg-slate-400",
  PROSPECT: "bg-sky-400",
  BUYER: "bg-emerald-500",
  USER: "bg-indigo-500",
  CHURNED: "bg-rose-500",
};
export const DEFAULT_BAR = "#6366f1";
