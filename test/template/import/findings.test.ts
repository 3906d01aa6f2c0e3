import { importFindingMessage, importFindingSeverity, importTable, parseTsv, type ImportFinding, type TableCell } from "../../../src/template/import";

const H: TableCell[] = ["STT", "Nội dung", "Điểm tối đa", "Hướng dẫn chấm điểm"];
const BANDS = [{ label: "Đạt", min: 0 }];
const tsv = (lines: string[]): TableCell[][] => parseTsv(lines.join("\n"));

describe("findings name the source row", () => {
  test("rows are numbered from the range's first sheet row", () => {
    const rows: TableCell[][] = [H, ["1", "A", 2, null], ["1.1", "B", 1, null]];
    const r = importTable(rows, { firstRowNumber: 7, bands: BANDS });
    expect(r.findings).toEqual([{ code: "sumMismatch", row: 8, level: "criterion", nodeCode: "1", written: 2, actual: 1 }]);
    expect(importFindingMessage(r.findings[0])).toBe("Dòng 8: Tiêu chí 1 ghi 2 điểm nhưng các mục con cộng lại được 1 điểm; đã lấy 1.");
    expect(importFindingMessage(r.findings[0], "en")).toBe("Row 8: Criterion 1 says 2 points but its children add up to 1; 1 used.");
  });

  test("a criterion before the first field is reported and left out", () => {
    const r = importTable([H, ["1", "Trước lĩnh vực", 1, null], ["I", "Lĩnh vực", 2, null], ["2", "Tiêu chí", 2, null]], { bands: BANDS, partMaxima: [2] });
    expect(r.findings).toEqual([{ code: "orphanRow", row: 2, nodeCode: "1" }]);
    expect(r.template?.parts[0].fields.map((f) => f.criteria.map((c) => c.code))).toEqual([["2"]]);
  });

  test("a part heading with nothing under it", () => {
    const r = importTable([H, ["Phần I", "Chỉ số", 2, null], ["1", "A", 2, null], ["Phần II", "Đánh giá phân loại chính quyền cơ sở", null, null]], { bands: BANDS });
    expect(r.findings).toEqual([{ code: "emptyPart", row: 4, nodeCode: "II" }]);
    expect(r.template?.parts.map((p) => p.code)).toEqual(["I"]);
  });

  test("a rule naming more points than the maximum gives no steps", () => {
    const r = importTable([H, ["1", "A", 1, "Đạt: 2 điểm; không đạt: 0 điểm"]], { bands: BANDS });
    expect(r.findings).toEqual([{ code: "ruleAboveMax", row: 2, nodeCode: "1", value: 2, max: 1 }]);
    expect(r.template?.parts[0].criteria[0].steps).toBeUndefined();
  });

  test("an unreadable allowed-values cell falls back to the rule", () => {
    const r = importTable([[...H, "Mức điểm"], ["1", "A", 1, "Đạt: 1 điểm", "0; 5"]], { bands: BANDS });
    expect(r.findings).toEqual([{ code: "badSteps", row: 2, nodeCode: "1", text: "0; 5" }]);
    expect(r.template?.parts[0].criteria[0].steps).toEqual([0, 1]);
  });

  test("options that break the schema: no template, the reason given", () => {
    const r = importTable([H, ["1", "A", 1, null]], { id: "Có Dấu", bands: BANDS });
    expect(r.template).toBeNull();
    expect(r.findings.map((f) => f.code)).toEqual(["invalidTemplate"]);
    expect(importFindingMessage(r.findings[0])).toMatch(/^Không dựng được bộ chỉ số từ bảng: Bộ chỉ số sai cấu trúc tại id/);
  });

  test("the signature block ends the table wherever its columns are", () => {
    const rows: TableCell[][] = [[...H, "Tài liệu kiểm chứng"], ["1", "A", 1, "Đạt: 1 điểm", "Kế hoạch"], [], [null, null, null, "Long Khánh, ngày 20 tháng 11 năm 2023"], [null, null, null, "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"], ["2", "B", 1]];
    const r = importTable(rows, { bands: BANDS });
    expect(r.findings).toEqual([]);
    expect(r.template?.parts[0].criteria.map((c) => [c.code, c.rule])).toEqual([["1", "Đạt: 1 điểm"]]);
  });

  test("a header with nothing under it", () => {
    const r = importTable([H, [null, "Ghi chú: chưa có tiêu chí"]]);
    expect(r).toEqual({ template: null, findings: [{ code: "noItems", row: null }] });
  });
});

describe("structure", () => {
  test("Roman numerals numbering criteria with lettered items are criteria, not fields", () => {
    const r = importTable(tsv(["STT\tNội dung\tĐiểm tối đa", "I\tKinh tế\t2", "a\tThu ngân sách\t1", "b\tTăng trưởng\t1", "II\tVăn hóa\t1"]), { bands: BANDS });
    expect(r.findings).toEqual([]);
    const p = r.template!.parts[0];
    expect(p.fields).toEqual([]);
    expect(p.criteria.map((c) => [c.code, c.items.map((i) => i.code)])).toEqual([["I", ["a", "b"]], ["II", []]]);
  });

  test("criteria numbered from 1 in every field are told apart by their field", () => {
    const r = importTable(tsv(["STT\tNội dung\tĐiểm tối đa", "I\tA\t1", "1\tA1\t1", "II\tB\t1", "1\tB1\t1"]), { bands: BANDS, partMaxima: [2] });
    expect(r.template!.parts[0].fields.map((f) => f.criteria.map((c) => c.code))).toEqual([["1"], ["II.1"]]);
    expect(r.findings).toEqual([{ code: "duplicateCode", row: 5, firstRow: 3, level: "criterion", nodeCode: "1", renamed: "II.1" }]);
  });

  test("a part heading without a number but with its points; its weight sets the factor", () => {
    const r = importTable(
      tsv([
        "STT\tNội dung\tĐiểm tối đa",
        "\tCHỈ SỐ CẢI CÁCH HÀNH CHÍNH (50%)\t2",
        "1\tA\t2",
        "\tĐÁNH GIÁ PHÂN LOẠI CHÍNH QUYỀN CƠ SỞ (50%)\t1",
        "1\tB\t1",
      ]),
      { bands: BANDS },
    );
    expect(r.findings).toEqual([]);
    expect(r.template!.parts.map((p) => [p.code, p.title, p.maxPoints, p.factor])).toEqual([
      ["I", "CHỈ SỐ CẢI CÁCH HÀNH CHÍNH", 2, 25],
      ["II", "ĐÁNH GIÁ PHÂN LOẠI CHÍNH QUYỀN CƠ SỞ", 1, 50],
    ]);
  });

  test("the usual 100 and 50 are expected of the two parts of the commune index", () => {
    const r = importTable(
      tsv(["STT\tNội dung\tĐiểm tối đa", "PHẦN I\tCHỈ SỐ CẢI CÁCH HÀNH CHÍNH\t", "I\tA\t99", "1\tA\t99", "PHẦN II\tĐÁNH GIÁ PHÂN LOẠI CHÍNH QUYỀN CƠ SỞ\t", "1\tB\t50"]),
      { bands: BANDS },
    );
    expect(r.findings).toEqual([{ code: "sumMismatch", row: 2, level: "part", nodeCode: "I", written: 100, actual: 99 }]);
    expect(importFindingMessage(r.findings[0])).toBe("Dòng 2: Phần I phải có tổng 100 điểm nhưng các lĩnh vực, tiêu chí cộng lại được 99 điểm.");
  });
});

describe("severity and messages of every finding", () => {
  const samples: ImportFinding[] = [
    { code: "noHeader", row: null, lookedFor: ["STT", "Nội dung"] },
    { code: "tooLarge", row: 5002, limit: 5000 },
    { code: "notATable", row: 70, unrecognised: 61 },
    { code: "noItems", row: null },
    { code: "unrecognisedRow", row: 4, text: "abc" },
    { code: "badPoints", row: 5, text: "hai" },
    { code: "missingMax", row: 6, level: "item", nodeCode: "1.2" },
    { code: "sumMismatch", row: 7, level: "field", nodeCode: "II", written: 10, actual: 9.5 },
    { code: "totalMismatch", row: 8, written: 100, actual: 99 },
    { code: "duplicateCode", row: 9, firstRow: 3, level: "item", nodeCode: "1.1", renamed: "1.1#2" },
    { code: "orphanRow", row: 10, nodeCode: "1" },
    { code: "ruleAboveMax", row: 11, nodeCode: "2.1", value: 2, max: 1 },
    { code: "badSteps", row: 12, nodeCode: "2.2", text: "x" },
    { code: "emptyPart", row: 13, nodeCode: "II" },
    { code: "defaultBands", row: null },
    { code: "invalidTemplate", row: null, details: ["lý do"] },
  ];
  test.each(samples.map((f) => [f.code, f] as const))("%s", (_code, f) => {
    const vi = importFindingMessage(f, "vi");
    const en = importFindingMessage(f, "en");
    expect(vi).not.toBe(en);
    for (const m of [vi, en]) expect(m).not.toMatch(/undefined|NaN|\[object/);
    if (f.row !== null) {
      expect(vi).toContain(`Dòng ${f.row}`);
      expect(en).toContain(`Row ${f.row}`);
    }
    expect(["error", "warning", "info"]).toContain(importFindingSeverity(f));
  });
  test("decimal commas in Vietnamese, points in English", () => {
    expect(importFindingMessage(samples[7])).toContain("9,5");
    expect(importFindingMessage(samples[7], "en")).toContain("9.5");
  });
});
