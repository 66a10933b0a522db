import { FormSkeleton } from "@/components/inquiries/skeletons";

export default function Loading() {
  return <FormSkeleton />;
}
