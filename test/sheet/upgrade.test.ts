import { miniTemplate } from "../../src/template/builtin/mini";
import { planUpgrade, unmatchedSheet } from "../../src/sheet/upgrade";
import { explanationRows, explanationSheet } from "../../src/sheet/explanations";
import { buildPlan } from "../../src/sheet/buildPlan";
import { nextMini } from "../support/nextMini";
import type { Entries } from "../../src/scoring/types";

const next = nextMini;

const entries: Entries = {
  "I/I/1/1.1": { self: 2, evidence: "QĐ 1" },
  "I/I/1/1.2": { self: 1.5, explanation: "Đã làm", appraised: 1.25 },
  "I/I/2": { self: 2, evidence: "BC 3", appraisalNote: "đủ" },
  "II/1/a": { self: 1 },
  "II/1/b": {},
};

describe("template upgrade", () => {
  const up = planUpgrade(miniTemplate, next, entries);

  it("carries every entry whose item remains, by key", () => {
    expect(Object.keys(up.carried).sort()).toEqual(["I/I/1/1.1", "I/I/1/1.2", "II/1/a"]);
    expect(up.carried["I/I/1/1.2"]).toEqual(entries["I/I/1/1.2"]);
  });

  it("lists, and never drops, removed items and scores above the new maximum", () => {
    expect(up.unmatched.map((u) => [u.key, u.reason])).toEqual([
      ["I/I/1/1.2", "overNewMax"],
      ["I/I/2", "itemRemoved"],
    ]);
    const sheet = unmatchedSheet(up, "1.0.0", "1.1.0");
    const texts = sheet.cells.map((c) => (c.kind === "text" ? c.text : c.kind === "number" ? c.value : null));
    for (const v of ["BC 3", "đủ", 2, 1.5, 1.25, "Đã làm"]) expect(texts).toContain(v);
    expect(up.changed.sort()).toEqual(["I/I/1/1.1", "I/I/1/1.2"]);
  });
});

describe("explanation list", () => {
  it("lists every item scored above 0 without evidence, with its explanation and cell", () => {
    const plan = buildPlan(miniTemplate, { unit: "Phường Thử" });
    const rows = explanationRows(miniTemplate, entries, plan.layout);
    expect(rows.map((r) => [r.code, r.explanation])).toEqual([
      ["1.2", "Đã làm"],
      ["a", ""],
    ]);
    const sheet = explanationSheet(miniTemplate, entries, plan.layout, { unit: "Phường Thử", date: "20/11/2023" });
    expect(sheet.cells.some((c) => c.kind === "text" && c.text === "(chưa có giải trình)")).toBe(true);
    expect(sheet.print?.paperSize).toBe("A4");
  });
});
