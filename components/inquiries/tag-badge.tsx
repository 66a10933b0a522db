import { Badge, type Tone } from "@/components/ui/badge";

const tones = new Set<Tone>(["slate", "indigo", "sky", "emerald", "amber", "rose", "violet"]);

/** A tag in its admin-chosen color (unknown colors fall back to slate). */
export function TagBadge({ name, color }: { name: string; color?: string | null }) {
  const tone = color && tones.has(color as Tone) ? (color as Tone) : "slate";
  return <Badge tone={tone}>{name}</Badge>;
}
