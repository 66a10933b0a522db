import { describe, expect, it } from "vitest";
import {
  filtersToSearchParams,
  hasActiveFilters,
  inquiryListFiltersSchema,
  parseInquiryListSearchParams,
} from "@/lib/inquiries/list-filters";
import { encodeCursor } from "@/lib/inquiries/list-filters";

const id = "0b6f9a3e-1c2d-4e5f-8a9b-0c1d2e3f4a5b";
const parse = (input: Record<string, unknown>) => inquiryListFiltersSchema.parse(input);

describe("inquiryListFiltersSchema", () => {
  it("defaults: newest first, no filters, not overdue", () => {
    expect(parse({})).toEqual({ sort: "newest", overdue: false });
  });

  it("reads every filter from URL-shaped values", () => {
    expect(
      parse({
        status: "OPEN",
        customerType: "CHURNED",
        channel: "WEB_FORM",
        tag: id,
        assignee: "unassigned",
        priority: "URGENT",
        q: "  환불  ",
        sort: "due",
        overdue: "1",
      }),
    ).toEqual({
      status: ["OPEN"],
      customerType: "CHURNED",
      channel: "WEB_FORM",
      tag: id,
      assignee: "unassigned",
      priority: "URGENT",
      q: "환불",
      sort: "due",
      overdue: true,
    });
  });

  it.each([
    ["repeated keys", ["NEW", "OPEN"], ["NEW", "OPEN"]],
    ["comma list", "NEW,PENDING", ["NEW", "PENDING"]],
    ["duplicates", ["NEW", "NEW"], ["NEW"]],
    ["blank", "", undefined],
  ])("status as %s", (_name, status, expected) => {
    expect(parse({ status }).status).toEqual(expected);
  });

  it.each([
    ["me", "me"],
    ["unassigned", "unassigned"],
    [id, id],
  ])("assignee %s", (assignee, expected) => expect(parse({ assignee }).assignee).toBe(expected));

  it("treats blank form fields as 'any' (a GET form sends empty strings)", () => {
    expect(parse({ status: "", customerType: "", channel: "", tag: "", assignee: "", priority: "", q: "   ", sort: "", cursor: "" })).toEqual({
      sort: "newest",
      overdue: false,
    });
  });

  it("takes null as absent (a last page's nextCursor can be passed straight back)", () => {
    expect(parse({ cursor: null, status: null, q: null })).toEqual({ sort: "newest", overdue: false });
  });

  it("takes the first of repeated single-valued keys", () => {
    expect(parse({ channel: ["PHONE", "EMAIL"] }).channel).toBe("PHONE");
  });

  it.each([
    ["status", "DONE"],
    ["customerType", "VIP"],
    ["channel", "FAX"],
    ["priority", "P1"],
    ["tag", "billing"],
    ["assignee", "someone"],
    ["sort", "random"],
    ["q", "x".repeat(201)],
  ])("rejects %s=%s", (key, value) => {
    expect(inquiryListFiltersSchema.safeParse({ [key]: value }).success).toBe(false);
  });

  it.each([
    ["1", true],
    ["true", true],
    [true, true],
    ["0", false],
    ["", false],
    [undefined, false],
  ])("overdue %s → %s", (overdue, expected) => expect(parse({ overdue }).overdue).toBe(expected));

  it("reads a week as the YYYY-MM-DD of a day (the dashboard links the Monday)", () => {
    expect(parse({ week: "2026-11-16" }).week).toBe("2026-11-16");
    expect(parse({ week: " 2026-11-16 " }).week).toBe("2026-11-16");
    expect(parse({ week: "" }).week).toBeUndefined();
  });

  it.each(["2026-02-30", "2026-13-01", "16-11-2026", "2026-11-16T00:00", "last week", "1999-12-27"])("rejects week=%s", (week) => {
    expect(inquiryListFiltersSchema.safeParse({ week }).success).toBe(false);
  });

  it("accepts its own output again (the bench and the page may pass parsed filters)", () => {
    const once = parse({ status: "NEW,OPEN", overdue: "1", sort: "oldest", tag: id });
    expect(parse(once)).toEqual(once);
  });

  it("accepts a cursor only for the sort it was made for", () => {
    const cursor = encodeCursor("due", { at: new Date("2026-03-02T01:02:03.004Z"), id });
    expect(parse({ sort: "due", cursor }).cursor).toBe(cursor);
    expect(inquiryListFiltersSchema.safeParse({ sort: "newest", cursor }).success).toBe(false);
    expect(inquiryListFiltersSchema.safeParse({ cursor: "not-a-cursor" }).success).toBe(false);
  });
});

describe("parseInquiryListSearchParams (lenient, for pages)", () => {
  it("drops what does not parse and keeps the rest", () => {
    const { filters, dropped } = parseInquiryListSearchParams({ status: "DONE", channel: "CHAT", tag: "x", q: "배송", week: "2026-02-31" });
    expect(filters).toEqual({ channel: "CHAT", q: "배송", sort: "newest", overdue: false });
    expect(dropped.sort()).toEqual(["status", "tag", "week"]);
  });

  it("drops a stale cursor (another sort) but keeps the filters", () => {
    const cursor = encodeCursor("newest", { at: new Date(), id });
    const { filters, dropped } = parseInquiryListSearchParams({ sort: "oldest", cursor, priority: "HIGH" });
    expect(filters).toEqual({ sort: "oldest", priority: "HIGH", overdue: false });
    expect(dropped).toEqual(["cursor"]);
  });
});

describe("filtersToSearchParams", () => {
  it("round-trips through the schema and leaves defaults out", () => {
    const filters = parse({ status: ["NEW", "OPEN"], assignee: "me", q: "refund 100%", overdue: "1" });
    const params = filtersToSearchParams(filters);
    expect(params.toString()).toBe("status=NEW&status=OPEN&assignee=me&q=refund+100%25&overdue=1");
    const back = parse({ status: params.getAll("status"), assignee: params.get("assignee"), q: params.get("q"), overdue: params.get("overdue") });
    expect(back).toEqual(filters);
  });

  it("applies overrides (next page, back to first page)", () => {
    const cursor = encodeCursor("newest", { at: new Date("2026-01-01T00:00:00.000Z"), id });
    const filters = parse({ channel: "EMAIL", cursor });
    expect(filtersToSearchParams(filters, { cursor: undefined }).toString()).toBe("channel=EMAIL");
    expect(filtersToSearchParams(parse({}), { sort: "due" }).toString()).toBe("sort=due");
  });

  it("keeps the week first, as the dashboard's links spell it, and round-trips it", () => {
    const filters = parse({ customerType: "BUYER", week: "2026-11-16" });
    const params = filtersToSearchParams(filters);
    expect(params.toString()).toBe("week=2026-11-16&customerType=BUYER");
    expect(parse(Object.fromEntries(params))).toEqual(filters);
    expect(filtersToSearchParams(filters, { week: undefined }).toString()).toBe("customerType=BUYER");
    expect(hasActiveFilters(parse({ week: "2026-11-16" }))).toBe(true);
  });

  it("hasActiveFilters ignores sort and cursor", () => {
    expect(hasActiveFilters(parse({ sort: "due" }))).toBe(false);
    expect(hasActiveFilters(parse({ overdue: "1" }))).toBe(true);
    expect(hasActiveFilters(parse({ q: "앱" }))).toBe(true);
  });
});
