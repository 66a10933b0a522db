import { describe, expect, it } from "vitest";
import { messages } from "@/messages";

function keys(obj: unknown, prefix = ""): string[] {
  if (obj === null || typeof obj !== "object") return [prefix];
  return Object.entries(obj).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

describe("message files", () => {
  it("have the same keys in English and Korean", () => {
    const en = keys(messages.en).sort();
    const ko = keys(messages.ko).sort();
    expect(ko.filter((k) => !en.includes(k)), "keys only in ko").toEqual([]);
    expect(en.filter((k) => !ko.includes(k)), "keys only in en").toEqual([]);
  });

  it("have no empty strings", () => {
    for (const [locale, tree] of Object.entries(messages)) {
      const empty = keys(tree).filter((k) => k.split(".").reduce<unknown>((o, p) => (o as Record<string, unknown>)[p], tree) === "");
      expect(empty, locale).toEqual([]);
    }
  });
});
