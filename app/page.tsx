import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth/session";

/**
 * The home page: founders and the rest of the company (ADMIN, MEMBER) start on the weekly VOC
 * dashboard; agents and product keep the inquiry queue. Signing in lands here.
 */
export default async function Home() {
  const actor = await getActor();
  if (!actor) redirect("/login");
  redirect(actor.role === "ADMIN" || actor.role === "MEMBER" ? "/dashboard" : "/inquiries");
}
