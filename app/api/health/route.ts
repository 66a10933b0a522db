import { checkDatabase } from "@/lib/health";

export const dynamic = "force-dynamic";

/** Liveness + database reachability, for load balancers and the test harness. */
export async function GET() {
  const dbOk = await checkDatabase();
  return Response.json({ ok: dbOk }, { status: dbOk ? 200 : 503 });
}
