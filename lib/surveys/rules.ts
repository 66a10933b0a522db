/**
 * Survey rules (pure: no db, no clock, no env). Scales, what a form asks, what counts as a low
 * score, and the metric formulas of DESIGN.md — one definition each, used everywhere:
 * - CSAT: share of responses scoring 4–5 on 1–5 (also the mean);
 * - CES: mean on 1–7 and share of 5–7.
 */
export const CSAT_MAX = 5;
export const CES_MAX = 7;
export const PULSE_MAX = 5;
export const COMMENT_MAX = 2_000;
/** A survey link works for 28 days. */
export const SURVEY_TTL_MS = 28 * 86_400_000;
/** Figures from fewer responses than this are flagged as small samples (shown, not hidden). */
export const SMALL_SAMPLE = 10;

export const surveyForms = ["CSAT", "CES", "CSAT_CES", "PULSE"] as const;
export type SurveyForm = (typeof surveyForms)[number];
export const surveyModes = ["OFF", "CSAT", "CES", "CSAT_CES"] as const;
export type SurveyMode = (typeof surveyModes)[number];

/** The form a resolved inquiry gets under the admin's setting (null: surveys are off). */
export function formForMode(mode: SurveyMode): Exclude<SurveyForm, "PULSE"> | null {
  return mode === "OFF" ? null : mode;
}

export function asksCsat(form: SurveyForm): boolean {
  return form === "CSAT" || form === "CSAT_CES";
}
export function asksCes(form: SurveyForm): boolean {
  return form === "CES" || form === "CSAT_CES";
}
export function asksPulse(form: SurveyForm): boolean {
  return form === "PULSE";
}

export type SurveyAnswer = { csat?: number | null; ces?: number | null; pulse?: number | null; comment?: string | null };

export type AnswerProblem = "wrongKind" | "missingScore" | "outOfScale" | "commentTooLong";

/**
 * Checks an answer against the request's form: every asked score present and on its scale, no
 * score the form does not ask (a wrong kind for the token), comment ≤ 2,000 characters.
 * Returns null when the answer is acceptable.
 */
export function checkAnswer(form: SurveyForm, answer: SurveyAnswer): AnswerProblem | null {
  const scales = [
    { value: answer.csat, asked: asksCsat(form), max: CSAT_MAX },
    { value: answer.ces, asked: asksCes(form), max: CES_MAX },
    { value: answer.pulse, asked: asksPulse(form), max: PULSE_MAX },
  ];
  const given = (value: number | null | undefined) => value !== undefined && value !== null;
  // A score the form does not ask is a wrong kind for the token, whatever else is missing.
  if (scales.some((s) => given(s.value) && !s.asked)) return "wrongKind";
  for (const s of scales) {
    if (!given(s.value) && s.asked) return "missingScore";
    if (given(s.value) && (!Number.isInteger(s.value) || s.value! < 1 || s.value! > s.max)) return "outOfScale";
  }
  if ((answer.comment ?? "").length > COMMENT_MAX) return "commentTooLong";
  return null;
}

/** A low score: CSAT ≤ 2, CES ≤ 3 (the difficult side of 1–7) or pulse ≤ 2. */
export function isLowScore(answer: SurveyAnswer): boolean {
  return (answer.csat != null && answer.csat <= 2) || (answer.ces != null && answer.ces <= 3) ||
    (answer.pulse != null && answer.pulse <= 2);
}

/** CSAT ≥ 4 counts as satisfied; CES ≥ 5 counts as easy. */
export const isCsatHigh = (score: number) => score >= 4;
export const isCesHigh = (score: number) => score >= 5;

/** Totals a figure is computed from (what the SurveyWeek rollup stores per row). */
export type SurveyTotals = {
  requests: number;
  responses: number;
  csatCount: number;
  csatSum: number;
  csatHigh: number;
  cesCount: number;
  cesSum: number;
  cesHigh: number;
};

export const emptyTotals = (): SurveyTotals => ({
  requests: 0, responses: 0, csatCount: 0, csatSum: 0, csatHigh: 0, cesCount: 0, cesSum: 0, cesHigh: 0,
});

export function addTotals(a: SurveyTotals, b: SurveyTotals): SurveyTotals {
  return {
    requests: a.requests + b.requests,
    responses: a.responses + b.responses,
    csatCount: a.csatCount + b.csatCount,
    csatSum: a.csatSum + b.csatSum,
    csatHigh: a.csatHigh + b.csatHigh,
    cesCount: a.cesCount + b.cesCount,
    cesSum: a.cesSum + b.cesSum,
    cesHigh: a.cesHigh + b.cesHigh,
  };
}

/** What one stored answer adds to its rollup row. */
export function totalsOfAnswer(answer: SurveyAnswer): SurveyTotals {
  const t = emptyTotals();
  t.responses = 1;
  if (answer.csat != null) {
    t.csatCount = 1;
    t.csatSum = answer.csat;
    t.csatHigh = isCsatHigh(answer.csat) ? 1 : 0;
  }
  if (answer.ces != null) {
    t.cesCount = 1;
    t.cesSum = answer.ces;
    t.cesHigh = isCesHigh(answer.ces) ? 1 : 0;
  }
  return t;
}

const ratio = (part: number, whole: number) => (whole > 0 ? part / whole : null);

export type SurveyFigures = {
  /** Share of CSAT responses scoring 4–5 (0–1), null without responses. */
  csat: number | null;
  csatMean: number | null;
  csatResponses: number;
  /** Mean CES on 1–7, null without responses. */
  ces: number | null;
  /** Share of CES responses scoring 5–7 (0–1). */
  cesEasy: number | null;
  cesResponses: number;
  requests: number;
  responses: number;
  /** responses / requests (0–1), null when nothing was sent. */
  responseRate: number | null;
  /** Fewer than SMALL_SAMPLE responses behind the figure. */
  small: boolean;
};

export function surveyFigures(t: SurveyTotals): SurveyFigures {
  return {
    csat: ratio(t.csatHigh, t.csatCount),
    csatMean: ratio(t.csatSum, t.csatCount),
    csatResponses: t.csatCount,
    ces: ratio(t.cesSum, t.cesCount),
    cesEasy: ratio(t.cesHigh, t.cesCount),
    cesResponses: t.cesCount,
    requests: t.requests,
    responses: t.responses,
    responseRate: ratio(t.responses, t.requests),
    small: t.responses < SMALL_SAMPLE,
  };
}

/** Internal service fulfillment rate: share of INTERNAL inquiries resolved within their SLA target. */
export function fulfillmentRate(resolvedWithinTarget: number, resolved: number): number | null {
  return ratio(resolvedWithinTarget, resolved);
}

/** Pulse results: mean and share of 4–5 on 1–5. */
export function pulseFigures(scores: { count: number; sum: number; high: number }) {
  return {
    mean: ratio(scores.sum, scores.count),
    satisfied: ratio(scores.high, scores.count),
    responses: scores.count,
    small: scores.count < SMALL_SAMPLE,
  };
}

/** The nil uuid stands for "no agent" in the rollup's primary key. */
export const NO_AGENT = "00000000-0000-0000-0000-000000000000";
