"use server";
import { revalidatePath } from "next/cache";
import { createAction } from "@/lib/actions/create-action";
import { changeInquiryStatus } from "@/lib/inquiries/mutations";
import { reopenInquirySchema } from "@/lib/surveys/schema";

// A public POST endpoint like every action: createAction authenticates, the schema parses, and
// changeInquiryStatus checks "inquiries.update" and the version (a stale list reads as a conflict).

export const reopenInquiryAction = createAction(reopenInquirySchema, async (actor, { inquiryId, expectedVersion }) => {
  const result = await changeInquiryStatus(actor, { inquiryId, expectedVersion, status: "OPEN" });
  if (result.changed) {
    revalidatePath("/surveys");
    revalidatePath(`/inquiries/${inquiryId}`);
    revalidatePath("/inquiries");
  }
  return result;
});
