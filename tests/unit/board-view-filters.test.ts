import { describe, expect, it } from "vitest";
import { boardHref, boardSearchParams, hasBoardFilters, parseBoardSearchParams } from "@/lib/board/queries-filters";

const ID = "3f2504e0-4f89-11d3-9a0c-0305e82c3301";

describe("board filters in the URL", () => {
  it("parses owner (me, none, an id), tag, customer type, column and page", () => {
    const { filters, dropped } = parseBoardSearchParams({ owner: "me", tag: ID, customerType: "CHURNED", column: "SHIPPED", page: "3" });
    expect(filters).toEqual({ owner: "me", tag: ID, customerType: "CHURNED", column: "SHIPPED", page: 3 });
    expect(dropped).toEqual([]);
    expect(parseBoardSearchParams({ owner: "none" }).filters.owner).toBe("none");
    expect(parseBoardSearchParams({ owner: ID }).filters.owner).toBe(ID);
  });

  it("drops what does not parse instead of failing the page, and says which", () => {
    const { filters, dropped } = parseBoardSearchParams({ owner: "someone", tag: "billing", customerType: "VIP", column: "DONE", page: "-1" });
    expect(filters).toEqual({ page: 1 });
    expect(dropped.sort()).toEqual(["column", "customerType", "owner", "page", "tag"]);
  });

  it("treats blanks from a GET form as no filter and takes the first of repeated keys", () => {
    expect(parseBoardSearchParams({ owner: "", tag: "  ", customerType: ["BUYER", "USER"] }).filters).toEqual({ customerType: "BUYER", page: 1 });
  });

  it("builds links without empty values or page 1, and can clear or override a key", () => {
    const filters = { owner: "me", customerType: "BUYER" as const, page: 1 };
    expect(boardHref(filters)).toBe("/board?owner=me&customerType=BUYER");
    expect(boardHref(filters, { column: "ACCEPTED" })).toBe("/board?owner=me&customerType=BUYER&column=ACCEPTED");
    expect(boardHref({ column: "ACCEPTED", page: 2 }, { page: 3 })).toBe("/board?column=ACCEPTED&page=3");
    expect(boardHref({ column: "ACCEPTED", page: 2 }, { column: undefined, page: undefined })).toBe("/board");
    expect(boardSearchParams({ tag: ID }).get("tag")).toBe(ID);
  });

  it("knows when filters are active (the column view alone is not a filter)", () => {
    expect(hasBoardFilters({})).toBe(false);
    expect(hasBoardFilters({ column: "SHIPPED", page: 2 })).toBe(false);
    expect(hasBoardFilters({ tag: ID })).toBe(true);
  });
});
