import { describe, expect, it } from "vitest";
import {
  createProblemSchema, linkInquiriesSchema, MAX_LINK_INQUIRIES, moveProblemSchema, setProblemOwnerSchema, setTypeWeightsSchema,
  shipProblemSchema,
} from "@/lib/board/schema";

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`;

describe("board schemas", () => {
  it("take one inquiry id or many, deduplicated, at least one", () => {
    expect(createProblemSchema.parse({ title: " T ", inquiryIds: id(1) })).toEqual({ title: "T", description: "", inquiryIds: [id(1)] });
    expect(linkInquiriesSchema.parse({ problemId: id(9), inquiryIds: [id(1), id(2), id(1)] }).inquiryIds).toEqual([id(1), id(2)]);
    expect(linkInquiriesSchema.safeParse({ problemId: id(9), inquiryIds: [] }).success).toBe(false);
    expect(linkInquiriesSchema.safeParse({ problemId: id(9), inquiryIds: "not-a-uuid" }).success).toBe(false);
    const many = Array.from({ length: MAX_LINK_INQUIRIES + 1 }, (_, k) => id(k));
    expect(linkInquiriesSchema.safeParse({ problemId: id(9), inquiryIds: many }).success).toBe(false);
  });

  it("require a title, and read form values (versions, blank reason, checkbox, blank owner)", () => {
    expect(createProblemSchema.safeParse({ title: "   ", inquiryIds: [id(1)] }).success).toBe(false);
    expect(moveProblemSchema.parse({ problemId: id(1), expectedVersion: "3", status: "DECLINED", declineReason: "  " }))
      .toEqual({ problemId: id(1), expectedVersion: 3, status: "DECLINED", declineReason: undefined });
    expect(shipProblemSchema.parse({ problemId: id(1), releaseNote: "Fixed", resolveLinked: "on" }).resolveLinked).toBe(true);
    expect(shipProblemSchema.parse({ problemId: id(1), releaseNote: "Fixed" }).resolveLinked).toBe(false);
    expect(shipProblemSchema.parse({ problemId: id(1), releaseNote: "Fixed", resolveLinked: "false" }).resolveLinked).toBe(false);
    expect(shipProblemSchema.safeParse({ problemId: id(1), releaseNote: " ", resolveLinked: true }).success).toBe(false);
    expect(setProblemOwnerSchema.parse({ problemId: id(1), expectedVersion: 1, ownerId: "" }).ownerId).toBeNull();
  });

  it("weights: 0–10 with one decimal, every type required", () => {
    const ok = { INTERNAL: "1", PROSPECT: "0.5", BUYER: "2", USER: "1.5", CHURNED: "10" };
    expect(setTypeWeightsSchema.parse(ok)).toEqual({ INTERNAL: 1, PROSPECT: 0.5, BUYER: 2, USER: 1.5, CHURNED: 10 });
    expect(setTypeWeightsSchema.safeParse({ ...ok, CHURNED: "10.5" }).success).toBe(false);
    expect(setTypeWeightsSchema.safeParse({ ...ok, BUYER: "-1" }).success).toBe(false);
    expect(setTypeWeightsSchema.safeParse({ ...ok, USER: "1.25" }).success).toBe(false);
    expect(setTypeWeightsSchema.safeParse({ ...ok, USER: "abc" }).success).toBe(false);
    expect(setTypeWeightsSchema.parse({ ...ok, USER: "0.3" }).USER).toBe(0.3);
    // A blank box is "required", not a silent 0.
    const blank = setTypeWeightsSchema.safeParse({ ...ok, USER: " " });
    expect(blank.success).toBe(false);
    expect(blank.error?.issues[0]).toMatchObject({ path: ["USER"], code: "invalid_type" });
    expect(blank.error?.issues[0].input).toBeUndefined();
    const { PROSPECT: _omit, ...missing } = ok;
    expect(setTypeWeightsSchema.safeParse(missing).success).toBe(false);
  });
});
