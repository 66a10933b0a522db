import { getActor } from "@/lib/auth/session";
import { customerSearchSchema, searchCustomers } from "@/lib/customers/search";

/** GET /api/customers/search?q=… → [{ id, name, email, phone, company, type }] (signed-in users). */
export async function GET(request: Request) {
  const actor = await getActor();
  if (!actor) return Response.json({ error: "unauthorized" }, { status: 401 });
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const parsed = customerSearchSchema.safeParse(params);
  if (!parsed.success) return Response.json([]);
  return Response.json(await searchCustomers(actor, parsed.data));
}
