import { miniTemplate } from "../../src/template/builtin/mini";
import { scoreEntries } from "../../src/scoring/engine";
import { findingMessage } from "../../src/scoring/messages";
import { Status, type Entries, type Entry } from "../../src/scoring/types";
import { classify } from "../../src/scoring/classify";

const ITEM = "I/I/1/1.2"; // max 2, no steps, evidence required
const STEP = "I/I/1/1.1"; // steps 0, 1, 2
const SURVEY = "I/II/3/3.1";
const OPTIONAL = "I/II/3/3.2";

function one(key: string, entry: Entry) {
  const r = scoreEntries(miniTemplate, { [key]: entry });
  return { score: r.entries.find((e) => e.key === key)!, findings: r.findings.filter((f) => f.key === key), report: r };
}

describe("entry findings", () => {
  it.each([
    { title: "valid with evidence", key: ITEM, entry: { self: 1.5, evidence: "QĐ 12" }, status: Status.ok, counted: 1.5, codes: [] },
    { title: "valid with explanation only", key: ITEM, entry: { self: 1.5, explanation: "Giải trình" }, status: Status.ok, counted: 1.5, codes: [] },
    { title: "no evidence nor explanation still counts", key: ITEM, entry: { self: 1 }, status: Status.noEvidence, counted: 1, codes: ["noEvidence"] },
    { title: "spaces are no evidence", key: ITEM, entry: { self: 1, evidence: "   " }, status: Status.noEvidence, counted: 1, codes: ["noEvidence"] },
    { title: "zero needs no evidence", key: ITEM, entry: { self: 0 }, status: Status.ok, counted: 0, codes: [] },
    { title: "over max", key: ITEM, entry: { self: 2.5, evidence: "x" }, status: Status.invalid, counted: 0, codes: ["overMax"] },
    { title: "negative", key: ITEM, entry: { self: -1 }, status: Status.invalid, counted: 0, codes: ["negative"] },
    { title: '"1,5" typed as text', key: ITEM, entry: { self: "1,5" }, status: Status.invalid, counted: 0, codes: ["textNumber"] },
    { title: "plain text", key: ITEM, entry: { self: "đạt" }, status: Status.invalid, counted: 0, codes: ["notANumber"] },
    { title: "boolean", key: ITEM, entry: { self: true }, status: Status.invalid, counted: 0, codes: ["notANumber"] },
    { title: "error value", key: ITEM, entry: { self: { error: "#N/A" } }, status: Status.invalid, counted: 0, codes: ["errorValue"] },
    { title: "empty text is blank", key: ITEM, entry: { self: "" }, status: Status.ok, counted: 0, codes: [] },
    { title: "off step", key: STEP, entry: { self: 1.5, evidence: "x" }, status: Status.invalid, counted: 0, codes: ["offStep"] },
    { title: "on step", key: STEP, entry: { self: 1, evidence: "x" }, status: Status.ok, counted: 1, codes: [] },
    { title: "survey item self-scored", key: SURVEY, entry: { self: 2 }, status: Status.surveyScored, counted: 0, codes: ["surveyScored"] },
    { title: "not applicable", key: OPTIONAL, entry: { self: 2, notApplicable: "X" }, status: Status.notApplicable, counted: 0, codes: [] },
    { title: "not applicable where not allowed is ignored", key: ITEM, entry: { self: 1, evidence: "a", notApplicable: "x" }, status: Status.ok, counted: 1, codes: ["notApplicableNotAllowed"] },
  ] as Array<{ title: string; key: string; entry: Entry; status: number; counted: number; codes: string[] }>)(
    "$title",
    ({ key, entry, status, counted, codes }) => {
      const { score, findings } = one(key, entry);
      expect(score.selfStatus).toBe(status);
      expect(score.selfCounted).toBe(counted);
      expect(findings.map((f) => f.code)).toEqual(codes);
    },
  );

  it("names the cell and the item in Vietnamese and English", () => {
    const { findings } = one(ITEM, { self: "1,5" });
    expect(findingMessage(findings[0], "vi", "E12", "1.2")).toBe(
      'Mục 1.2, ô E12 (Điểm tự đánh giá): "1,5" là chữ, không phải số (có thể định nhập 1,5); hãy nhập lại bằng số. Chưa được tính điểm.',
    );
    expect(findingMessage(findings[0], "en", "E12", "1.2")).toMatch(/^Item 1.2, cell E12 \(Self score\): "1,5" is text/);
  });
});

describe("totals", () => {
  const full: Entries = {
    "I/I/1/1.1": { self: 2, evidence: "a" },
    "I/I/1/1.2": { self: 2, evidence: "a" },
    "I/I/2": { self: 2, evidence: "a" },
    "I/II/3/3.1": { appraised: 1.5 },
    "I/II/3/3.2": { self: 2, evidence: "a" },
    "II/1/a": { self: 1.5, evidence: "a" },
    "II/1/b": { self: 1.5, evidence: "a" },
    "II/2": { appraised: 2 },
    "T/T.1": { self: 1.5, evidence: "a" },
    "Tr/Tr.1": { self: 0.5 },
  };

  it("computes subtotals, conversion, caps, total and class for self and final", () => {
    const r = scoreEntries(miniTemplate, full);
    expect(r.self.criteria["I/I/1"]).toBe(4);
    expect(r.self.fields["I/II"]).toBe(2);
    expect(r.self.parts[0]).toEqual({ code: "I", raw: 8, applicableMax: 10, total: 8, converted: 4 });
    expect(r.self.parts[1].total).toBe(3);
    expect(r.self.adjustments.map((a) => a.capped)).toEqual([1, 0.5]);
    expect(r.self.total).toBe(4 + 3 + 1 - 0.5);
    expect(r.self.classification).toBe("Khá");
    expect(r.final.parts[0].total).toBe(9.5);
    expect(r.final.parts[1].total).toBe(5);
    expect(r.final.total).toBe(4.75 + 5 + 1 - 0.5);
    expect(r.final.classification).toBe("Tốt");
  });

  it("rescales a part to its applicable maximum when an item is not applicable", () => {
    const r = scoreEntries(miniTemplate, { ...full, "I/II/3/3.2": { notApplicable: "x" } });
    expect(r.self.parts[0].applicableMax).toBe(8);
    expect(r.self.parts[0].total).toBe(7.5); // 6 × 10 / 8
  });

  it("counts an invalid appraised score as 0 in the final result, never the self score", () => {
    const r = scoreEntries(miniTemplate, { ...full, "I/I/1/1.1": { self: 2, evidence: "a", appraised: "hai" } });
    expect(r.final.criteria["I/I/1"]).toBe(2);
    expect(r.findings.some((f) => f.key === "I/I/1/1.1" && f.column === "appraised" && f.code === "notANumber")).toBe(true);
  });

  it("never goes below zero", () => {
    expect(scoreEntries(miniTemplate, { "Tr/Tr.1": { self: 3 } }).self.total).toBe(0);
  });
});

describe("classification bands", () => {
  const bands = [
    { label: "Xuất sắc", min: 90 },
    { label: "Tốt", min: 80 },
    { label: "Khá", min: 70 },
    { label: "Trung bình", min: 50 },
    { label: "Yếu", min: 0 },
  ];
  it.each([
    [100, "Xuất sắc"],
    [90, "Xuất sắc"],
    [89.999, "Tốt"],
    [80.1, "Tốt"],
    [80, "Tốt"],
    [79.999, "Khá"],
    [50, "Trung bình"],
    [49.999, "Yếu"],
    [0, "Yếu"],
  ])("%p → %s", (total, label) => {
    expect(classify(total as number, bands)).toBe(label);
  });
});
