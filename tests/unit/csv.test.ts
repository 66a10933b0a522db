import { describe, expect, it } from "vitest";
import { CSV_BOM, csvCell, csvRow, toCsv } from "@/lib/csv";

describe("csv", () => {
  it("starts with a UTF-8 byte-order mark so Excel reads Korean", () => {
    const doc = toCsv(["고객", "건수"], [["김민지", 3]]);
    expect(doc.startsWith(CSV_BOM)).toBe(true);
    expect(Buffer.from(doc, "utf8").subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(doc).toBe(`${CSV_BOM}고객,건수\r\n김민지,3\r\n`);
  });

  it.each([
    ["=HYPERLINK(\"http://evil\")", "\"'=HYPERLINK(\"\"http://evil\"\")\""],
    ["+1+1", "'+1+1"],
    ["-2+3", "'-2+3"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\tcmd", "'\tcmd"],
    ["\rcmd", "\"'\rcmd\""],
  ])("neutralizes a formula-looking cell %j", (input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });

  it("leaves numbers and ordinary text alone and quotes separators", () => {
    expect(csvCell(-3)).toBe("-3");
    expect(csvCell("a, b")).toBe('"a, b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell("line\nbreak")).toBe('"line\nbreak"');
    expect(csvCell(null)).toBe("");
    expect(csvCell(new Date("2026-11-16T00:00:00Z"))).toBe("2026-11-16T00:00:00.000Z");
    expect(csvRow(["x", 1, true])).toBe("x,1,true\r\n");
  });
});
