import { describe, expect, it } from "vitest";
import { NO_AGENT } from "@/lib/surveys/rules";
import { lowScoresSchema, parseSurveySearchParams, surveyResultsSchema, surveysHref } from "@/lib/surveys/schema";

const id = "3f0c8a4e-1b2c-4d5e-8f90-123456789abc";

describe("/surveys URL filters", () => {
  it.each([
    [{}, { weeks: 12 }, []],
    [{ weeks: "4" }, { weeks: 4 }, []],
    [{ weeks: ["26", "4"] }, { weeks: 26 }, []],
    [{ weeks: "0" }, { weeks: 12 }, ["weeks"]],
    [{ weeks: "53" }, { weeks: 12 }, ["weeks"]],
    [{ weeks: "abc" }, { weeks: 12 }, ["weeks"]],
    [{ agent: "me" }, { weeks: 12, agent: "me" }, []],
    [{ agent: id }, { weeks: 12, agent: id }, []],
    [{ agent: NO_AGENT }, { weeks: 12, agent: NO_AGENT }, []],
    [{ agent: "robert'); drop" }, { weeks: 12 }, ["agent"]],
    [{ until: "2026-06-03" }, { weeks: 12, until: "2026-06-03" }, []],
    [{ until: "2026-13-45" }, { weeks: 12 }, ["until"]],
    [{ until: "yesterday" }, { weeks: 12 }, ["until"]],
    [{ weeks: " ", agent: "", until: "" }, { weeks: 12 }, []],
  ])("%j → %j (dropped %j)", (params, filters, dropped) => {
    expect(parseSurveySearchParams(params)).toEqual({ filters, dropped });
  });

  it("builds hrefs without defaults, and drops the cursor unless it is the change", () => {
    expect(surveysHref({ weeks: 12 })).toBe("/surveys");
    expect(surveysHref({ weeks: 4, agent: "me", cursor: "x" })).toBe("/surveys?weeks=4&agent=me");
    expect(surveysHref({ weeks: 12, agent: "me" }, { agent: undefined })).toBe("/surveys");
    expect(surveysHref({ weeks: 12 }, { until: "2026-06-03", cursor: "2026-06-01T00:00:00.000Z_x" }))
      .toBe("/surveys?until=2026-06-03&cursor=2026-06-01T00%3A00%3A00.000Z_x");
  });

  it("round-trips: what surveysHref writes, parseSurveySearchParams reads back", () => {
    const filters = { weeks: 26, until: "2026-02-28", agent: id };
    const params = Object.fromEntries(new URL(surveysHref(filters), "http://x").searchParams);
    expect(parseSurveySearchParams(params)).toEqual({ filters, dropped: [] });
  });
});

describe("lib input schemas", () => {
  it("defaults to 12 weeks ending this week, reads a day as noon UTC, and bounds the page size", () => {
    expect(surveyResultsSchema.parse({})).toEqual({ weeks: 12 });
    expect(surveyResultsSchema.parse({ until: "2026-06-03" }).until).toEqual(new Date("2026-06-03T12:00:00Z"));
    expect(surveyResultsSchema.safeParse({ until: "not a day" }).success).toBe(false);
    expect(lowScoresSchema.parse({})).toEqual({ limit: 20 });
    expect(lowScoresSchema.safeParse({ limit: 101 }).success).toBe(false);
  });
});
