import { describe, expect, it } from "vitest";
import { pickLocale } from "@/lib/i18n/locales";

describe("pickLocale", () => {
  it.each([
    [undefined, "ko-KR,ko;q=0.9,en-US;q=0.8", "ko"],
    [undefined, "en-US,en;q=0.9", "en"],
    [undefined, "fr-FR,ko;q=0.5", "ko"],
    [undefined, "en;q=0.3,ko;q=0.8", "ko"],
    [undefined, "", "en"],
    [undefined, null, "en"],
    ["ko", "en-US", "ko"],
    ["xx", "ko", "ko"],
  ])("cookie %s, header %s → %s", (cookie, header, expected) => {
    expect(pickLocale(cookie, header)).toBe(expected);
  });
});
