import { DetailSkeleton } from "@/components/inquiries/skeletons";

export default function Loading() {
  return <DetailSkeleton />;
}
