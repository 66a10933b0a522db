import { ProblemSkeleton } from "@/components/board/skeletons";

export default function Loading() {
  return <ProblemSkeleton />;
}
