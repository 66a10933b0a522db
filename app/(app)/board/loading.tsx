import { BoardSkeleton } from "@/components/board/skeletons";

export default function Loading() {
  return <BoardSkeleton />;
}
