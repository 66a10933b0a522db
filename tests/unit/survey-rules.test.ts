import { describe, expect, it } from "vitest";
import {
  addTotals, checkAnswer, emptyTotals, formForMode, fulfillmentRate, isLowScore, pulseFigures, SMALL_SAMPLE,
  surveyFigures, totalsOfAnswer, type AnswerProblem, type SurveyAnswer, type SurveyForm,
} from "@/lib/surveys/rules";

describe("checkAnswer", () => {
  it.each<[string, SurveyForm, SurveyAnswer, AnswerProblem | null]>([
    // CSAT 1–5
    ["CSAT 1", "CSAT", { csat: 1 }, null],
    ["CSAT 5 with a comment", "CSAT", { csat: 5, comment: "Great" }, null],
    ["CSAT without a score", "CSAT", { comment: "Only words" }, "missingScore"],
    ["CSAT null score", "CSAT", { csat: null }, "missingScore"],
    ["CSAT 0", "CSAT", { csat: 0 }, "outOfScale"],
    ["CSAT 6", "CSAT", { csat: 6 }, "outOfScale"],
    ["CSAT -1", "CSAT", { csat: -1 }, "outOfScale"],
    ["CSAT 3.5", "CSAT", { csat: 3.5 }, "outOfScale"],
    ["CSAT NaN", "CSAT", { csat: Number.NaN }, "outOfScale"],
    ["CSAT with a CES score", "CSAT", { csat: 4, ces: 5 }, "wrongKind"],
    ["CSAT with a pulse score", "CSAT", { csat: 4, pulse: 4 }, "wrongKind"],
    // CES 1–7
    ["CES 1", "CES", { ces: 1 }, null],
    ["CES 7", "CES", { ces: 7 }, null],
    ["CES 8", "CES", { ces: 8 }, "outOfScale"],
    ["CES 0", "CES", { ces: 0 }, "outOfScale"],
    ["CES 6.2", "CES", { ces: 6.2 }, "outOfScale"],
    ["CES without a score", "CES", {}, "missingScore"],
    ["CES with a CSAT score", "CES", { ces: 4, csat: 4 }, "wrongKind"],
    // both on one page
    ["CSAT_CES both", "CSAT_CES", { csat: 5, ces: 7 }, null],
    ["CSAT_CES without CES", "CSAT_CES", { csat: 5 }, "missingScore"],
    ["CSAT_CES without CSAT", "CSAT_CES", { ces: 5 }, "missingScore"],
    ["CSAT_CES with CES 7 but CSAT 7", "CSAT_CES", { csat: 7, ces: 7 }, "outOfScale"],
    ["CSAT_CES with a pulse score", "CSAT_CES", { csat: 5, ces: 7, pulse: 3 }, "wrongKind"],
    // pulse 1–5
    ["PULSE 3", "PULSE", { pulse: 3, comment: "ok" }, null],
    ["PULSE 6", "PULSE", { pulse: 6 }, "outOfScale"],
    ["PULSE without a score", "PULSE", {}, "missingScore"],
    ["PULSE with a CSAT score", "PULSE", { pulse: 3, csat: 3 }, "wrongKind"],
    // comments
    ["a 2,000-character comment", "CSAT", { csat: 3, comment: "x".repeat(2000) }, null],
    ["a 2,001-character comment", "CSAT", { csat: 3, comment: "x".repeat(2001) }, "commentTooLong"],
    ["a 2,001-character comment on a pulse", "PULSE", { pulse: 3, comment: "가".repeat(2001) }, "commentTooLong"],
    ["a null comment", "CES", { ces: 3, comment: null }, null],
  ])("%s", (_, form, answer, expected) => {
    expect(checkAnswer(form, answer)).toBe(expected);
  });
});

describe("checkAnswer: a CES-only answer to a CSAT survey", () => {
  it("is refused (today reported as the missing CSAT score, since CSAT is checked first)", () => {
    expect(checkAnswer("CSAT", { ces: 5 })).not.toBeNull();
    expect(checkAnswer("CES", { csat: 5 })).not.toBeNull();
  });
});

describe("isLowScore", () => {
  it.each<[SurveyAnswer, boolean]>([
    [{ csat: 1 }, true],
    [{ csat: 2 }, true],
    [{ csat: 3 }, false],
    [{ csat: 5 }, false],
    [{ ces: 3 }, true],
    [{ ces: 4 }, false],
    [{ ces: 1 }, true],
    [{ pulse: 2 }, true],
    [{ pulse: 3 }, false],
    [{ csat: 5, ces: 2 }, true],
    [{ csat: 2, ces: 7 }, true],
    [{ csat: 4, ces: 5 }, false],
    [{}, false],
  ])("%j → %s", (answer, low) => {
    expect(isLowScore(answer)).toBe(low);
  });
});

describe("totalsOfAnswer", () => {
  it("counts one response and each given score, with satisfied (4–5) and easy (5–7) separately", () => {
    expect(totalsOfAnswer({ csat: 4 })).toEqual({ ...emptyTotals(), responses: 1, csatCount: 1, csatSum: 4, csatHigh: 1 });
    expect(totalsOfAnswer({ csat: 3 })).toEqual({ ...emptyTotals(), responses: 1, csatCount: 1, csatSum: 3, csatHigh: 0 });
    expect(totalsOfAnswer({ ces: 5 })).toEqual({ ...emptyTotals(), responses: 1, cesCount: 1, cesSum: 5, cesHigh: 1 });
    expect(totalsOfAnswer({ ces: 4 })).toEqual({ ...emptyTotals(), responses: 1, cesCount: 1, cesSum: 4, cesHigh: 0 });
    expect(totalsOfAnswer({ csat: 5, ces: 2 })).toEqual({
      requests: 0, responses: 1, csatCount: 1, csatSum: 5, csatHigh: 1, cesCount: 1, cesSum: 2, cesHigh: 0,
    });
  });

  it("adds nothing but the response for a pulse answer (pulses are not in the inquiry rollup)", () => {
    expect(totalsOfAnswer({ pulse: 1, comment: "x" })).toEqual({ ...emptyTotals(), responses: 1 });
  });
});

describe("surveyFigures on a hand-computed fixture", () => {
  // 8 responses to 20 requests.
  // CSAT: 5, 4, 2, 5, 3, 1, 4 → 7 scores, sum 24, satisfied (4–5): 5, 4, 5, 4 = 4 → 4/7, mean 24/7.
  // CES:  7, 3, 5, 6       → 4 scores, sum 21, mean 5.25, easy (5–7): 7, 5, 6 = 3 → 3/4.
  const answers: SurveyAnswer[] = [
    { csat: 5, ces: 7 }, { csat: 4 }, { csat: 2, ces: 3 }, { csat: 5 },
    { csat: 3, ces: 5 }, { csat: 1 }, { csat: 4 }, { ces: 6 },
  ];
  const totals = answers.map(totalsOfAnswer).reduce(addTotals, { ...emptyTotals(), requests: 20 });

  it("sums the totals", () => {
    expect(totals).toEqual({ requests: 20, responses: 8, csatCount: 7, csatSum: 24, csatHigh: 4, cesCount: 4, cesSum: 21, cesHigh: 3 });
  });

  it("CSAT is the share of 4–5 (and the mean); CES is the mean (and the share of 5–7)", () => {
    const f = surveyFigures(totals);
    expect(f.csat).toBeCloseTo(4 / 7, 12);
    expect(f.csatMean).toBeCloseTo(24 / 7, 12);
    expect(f.csatResponses).toBe(7);
    expect(f.ces).toBe(5.25);
    expect(f.cesEasy).toBe(0.75);
    expect(f.cesResponses).toBe(4);
  });

  it("response rate is responses over requests, and 8 responses are a small sample", () => {
    const f = surveyFigures(totals);
    expect(f).toMatchObject({ requests: 20, responses: 8, responseRate: 0.4, small: true });
  });

  it(`is not small from ${SMALL_SAMPLE} responses on`, () => {
    expect(surveyFigures({ ...totals, responses: SMALL_SAMPLE - 1 }).small).toBe(true);
    expect(surveyFigures({ ...totals, responses: SMALL_SAMPLE }).small).toBe(false);
  });

  it("shows no figure (null) rather than 0 when there is nothing to divide by", () => {
    expect(surveyFigures(emptyTotals())).toEqual({
      csat: null, csatMean: null, csatResponses: 0, ces: null, cesEasy: null, cesResponses: 0,
      requests: 0, responses: 0, responseRate: null, small: true,
    });
    // Requests sent, no answers yet: a 0% response rate, still no score.
    expect(surveyFigures({ ...emptyTotals(), requests: 5 })).toMatchObject({ responseRate: 0, csat: null, ces: null });
  });

  it("addTotals is order-independent (rollup rows can be summed in any order)", () => {
    const reversed = [...answers].reverse().map(totalsOfAnswer).reduce(addTotals, { ...emptyTotals(), requests: 20 });
    expect(reversed).toEqual(totals);
  });
});

describe("fulfillmentRate and pulseFigures", () => {
  it("fulfillment is the share of internal inquiries resolved within target", () => {
    expect(fulfillmentRate(9, 12)).toBe(0.75);
    expect(fulfillmentRate(0, 4)).toBe(0);
    expect(fulfillmentRate(0, 0)).toBeNull();
  });

  it("pulse: mean and share of 4–5, small under the sample size", () => {
    // scores 5, 4, 4, 2, 1 → sum 16, high 3
    expect(pulseFigures({ count: 5, sum: 16, high: 3 })).toEqual({ mean: 3.2, satisfied: 0.6, responses: 5, small: true });
    expect(pulseFigures({ count: SMALL_SAMPLE, sum: 40, high: 8 })).toEqual({ mean: 4, satisfied: 0.8, responses: SMALL_SAMPLE, small: false });
    expect(pulseFigures({ count: 0, sum: 0, high: 0 })).toEqual({ mean: null, satisfied: null, responses: 0, small: true });
  });
});

describe("formForMode", () => {
  it.each([["OFF", null], ["CSAT", "CSAT"], ["CES", "CES"], ["CSAT_CES", "CSAT_CES"]] as const)("%s → %s", (mode, form) => {
    expect(formForMode(mode)).toBe(form);
  });
});

describe("checkAnswer order", () => {
  it("reports a score the form does not ask as a wrong kind even when the asked one is missing", async () => {
    const { checkAnswer: check } = await import("@/lib/surveys/rules");
    expect(check("CSAT", { ces: 5 })).toBe("wrongKind");
    expect(check("CSAT_CES", { pulse: 3 })).toBe("wrongKind");
    expect(check("CSAT_CES", { csat: 4 })).toBe("missingScore");
  });
});
