import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// Every export of a 'use server' file is a public POST endpoint. Only `<verb><Noun>Action`
// functions may be exported, so a helper never becomes an endpoint by accident (STYLE.md).
function serverActionFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return serverActionFiles(full);
    if (!/\.(ts|tsx)$/.test(entry.name)) return [];
    const source = fs.readFileSync(full, "utf8");
    return /^\s*["']use server["']/.test(source) ? [full] : [];
  });
}

function exportedNames(source: string): string[] {
  const names = [...source.matchAll(/export\s+(?:async\s+)?(?:function|const|let|var|class)\s+([A-Za-z0-9_$]+)/g)].map((m) => m[1]);
  for (const m of source.matchAll(/export\s*\{([^}]*)\}/g)) {
    names.push(...m[1].split(",").map((s) => s.trim().split(/\s+as\s+/).pop()!).filter(Boolean));
  }
  if (/export\s+default/.test(source)) names.push("default");
  return names;
}

describe("server action files", () => {
  const files = serverActionFiles(path.resolve("app"));

  it("exist", () => expect(files.length).toBeGreaterThan(0));

  it.each(files.map((f) => [path.relative(process.cwd(), f)]))("%s exports only …Action functions", (file) => {
    const names = exportedNames(fs.readFileSync(file, "utf8"));
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) expect(name, `${file}: ${name}`).toMatch(/^[a-z][A-Za-z0-9]*Action$/);
  });
});
