import { SurveysSkeleton } from "@/components/surveys/results/skeleton";

export default function Loading() {
  return <SurveysSkeleton />;
}
