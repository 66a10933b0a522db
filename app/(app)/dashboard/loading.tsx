import { DashboardSkeleton } from "@/components/dashboard/skeleton";

export default function Loading() {
  return <DashboardSkeleton />;
}
