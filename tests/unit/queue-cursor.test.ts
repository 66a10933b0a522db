import { describe, expect, it } from "vitest";
import { cursorColumn, decodeCursor, encodeCursor, listSorts } from "@/lib/inquiries/list-filters";

const id = "0b6f9a3e-1c2d-4e5f-8a9b-0c1d2e3f4a5b";
const at = new Date("2026-03-02T01:02:03.004Z");

describe("keyset cursor", () => {
  it.each(listSorts)("round-trips for sort=%s, to the millisecond", (sort) => {
    const cursor = encodeCursor(sort, { at, id });
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/); // URL-safe, no padding
    expect(decodeCursor(cursor, sort)).toEqual({ at, id });
  });

  it("is refused for another sort (a newest-cursor must not page the oldest list)", () => {
    const cursor = encodeCursor("newest", { at, id });
    expect(decodeCursor(cursor, "oldest")).toBeNull();
    expect(decodeCursor(cursor, "due")).toBeNull();
  });

  it.each([
    ["empty", ""],
    ["not base64url", "a+b/c="],
    ["not JSON", Buffer.from("hello").toString("base64url")],
    ["wrong shape", Buffer.from(JSON.stringify({ at: at.toISOString(), id })).toString("base64url")],
    ["bad date", Buffer.from(JSON.stringify(["newest", "2026-13-45T00:00:00.000Z", id])).toString("base64url")],
    ["non-ISO date", Buffer.from(JSON.stringify(["newest", "yesterday", id])).toString("base64url")],
    ["bad id", Buffer.from(JSON.stringify(["newest", at.toISOString(), "1; DROP TABLE"])).toString("base64url")],
    ["extra element", Buffer.from(JSON.stringify(["newest", at.toISOString(), id, 1])).toString("base64url")],
  ])("rejects %s", (_name, cursor) => {
    expect(decodeCursor(cursor, "newest")).toBeNull();
  });

  it("pages by createdAt, or dueAt for the due sort", () => {
    expect(cursorColumn("newest")).toBe("createdAt");
    expect(cursorColumn("oldest")).toBe("createdAt");
    expect(cursorColumn("due")).toBe("dueAt");
  });
});
