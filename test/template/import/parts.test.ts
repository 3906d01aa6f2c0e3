import { classifyCode, headingOf, isTotalRow, leadingCode, partCode } from "../../../src/template/import/classify";
import { detectHeader, roleOf } from "../../../src/template/import/header";
import { fold, multiLine, oneLine } from "../../../src/template/import/normalize";
import { parsePoints } from "../../../src/template/import/points";
import { parseStepsCell, stepsFromRule } from "../../../src/template/import/steps";
import { parseTsv } from "../../../src/template/import";

describe("text normalisation", () => {
  test.each([
    ["NBSP and double spaces", "Công\u00a0khai  thủ tục ", "Công khai thủ tục"],
    ["multi-line cell on one line", "Niêm yết\ncông khai\r\nđầy đủ", "Niêm yết công khai đầy đủ"],
    ["zero-width space", "Tiêu\u200bchí", "Tiêuchí"],
    ["decomposed diacritics composed", "Hoa\u0300n tha\u0300nh", "Hoàn thành"],
    ["number", 1.5, "1.5"],
    ["null", null, ""],
  ])("oneLine: %s", (_t, input, expected) => {
    expect(oneLine(input)).toBe(expected);
  });

  test("multiLine keeps lines, drops blank ones and tidies each", () => {
    expect(multiLine("  Đủ:\u00a01 điểm \n\n  Thiếu:  0 điểm ")).toBe("Đủ: 1 điểm\nThiếu: 0 điểm");
  });

  test.each([
    ["Điểm tối đa", "diem toi da"],
    ["ĐIỂM  TỐI ĐA", "diem toi da"],
    ["Đánh giá", "danh gia"],
    ["Hướng dẫn chấm", "huong dan cham"],
  ])("fold(%s)", (input, expected) => {
    expect(fold(input)).toBe(expected);
  });
});

describe("points", () => {
  test.each<[string, string | number | null, number | null | "invalid"]>([
    ["integer", "1", 1],
    ["decimal comma", "0,5", 0.5],
    ["decimal point", "0.5", 0.5],
    ["with the word", "1,0 điểm", 1],
    ["abbreviated", "2 đ", 2],
    ["abbreviated, no space", "2đ", 2],
    ["in brackets", "(1,5)", 1.5],
    ["number cell", 0.25, 0.25],
    ["binary noise", 0.1 + 0.2, 0.3],
    ["penalty written negative", "-1", -1],
    ["penalty in words", "trừ 2 điểm", -2],
    ["dash is no points", "-", null],
    ["blank", null, null],
    ["words", "hai điểm", "invalid"],
    ["a range", "1-2", "invalid"],
  ])("%s: %p", (_t, input, expected) => {
    const p = parsePoints(input);
    if (expected === null) expect(p.kind).toBe("none");
    else if (expected === "invalid") expect(p.kind).toBe("invalid");
    else expect(p).toEqual({ kind: "value", value: expected });
  });
});

describe("steps from the rule text", () => {
  test.each<[string, string, number, number[] | "none" | number]>([
    ["the issue's example", "Hoàn thành 100%: 1 điểm; từ 80% đến dưới 100%: 0,5 điểm; dưới 80%: 0 điểm", 1, [0, 0.5, 1]],
    ["zero and max implied", "Ban hành chậm: 0,5 điểm", 1, [0, 0.5, 1]],
    ["decimal point and đ", "Đạt: 1.5 đ; không đạt: 0đ", 1.5, [0, 1.5]],
    ["multi-line", "Đủ:\n2 điểm\nThiếu:\n1 điểm", 2, [0, 1, 2]],
    ["percent is not points", "Từ 98%: 2,5 điểm; từ 95% đến dưới 98%: 1,5 điểm", 2.5, [0, 1.5, 2.5]],
    ["a formula: any value", "Điểm = tỷ lệ hài lòng × 2", 2, "none"],
    ["per occurrence: any value", "Mỗi báo cáo chậm trừ 0,25 điểm", 1, "none"],
    ["no points named", "Có kế hoạch và báo cáo kết quả", 1, "none"],
    ["words that start with đ are not points", "Thực hiện 2 đợt kiểm tra: 1 điểm", 1, [0, 1]],
    ["above the max", "Đạt: 3 điểm", 2, 3],
  ])("%s", (_t, rule, max, expected) => {
    const r = stepsFromRule(rule, max);
    if (expected === "none") expect(r.kind).toBe("none");
    else if (typeof expected === "number") expect(r).toEqual({ kind: "aboveMax", value: expected });
    else expect(r).toEqual({ kind: "steps", steps: expected });
  });

  test.each<[string, number, string]>([
    ["0; 0,5; 1", 1, "steps"],
    ["0 | 1 | 2", 2, "steps"],
    ["Bất kỳ", 1, "any"],
    ["", 1, "empty"],
    ["0; 3", 2, "invalid"],
    ["một", 1, "invalid"],
  ])("steps column %p (max %p): %s", (text, max, kind) => {
    expect(parseStepsCell(text, max).kind).toBe(kind);
  });
});

describe("row codes", () => {
  test.each<[string, ReturnType<typeof classifyCode>]>([
    ["Phần I", { kind: "part", code: "I" }],
    ["PHẦN II.", { kind: "part", code: "II" }],
    ["Phần thứ hai", { kind: "part", code: "II" }],
    ["VIII", { kind: "roman", code: "VIII" }],
    ["IV.", { kind: "roman", code: "IV" }],
    ["12", { kind: "number", code: "12" }],
    ["3.", { kind: "number", code: "3" }],
    ["1.1", { kind: "dotted", code: "1.1", depth: 2 }],
    ["1.1.2.", { kind: "dotted", code: "1.1.2", depth: 3 }],
    ["T.1", { kind: "dotted", code: "T.1", depth: 2 }],
    ["a", { kind: "letter", code: "a", upper: false }],
    ["b)", { kind: "letter", code: "b", upper: false }],
    ["(c)", { kind: "letter", code: "c", upper: false }],
    ["đ.", { kind: "letter", code: "đ", upper: false }],
    ["A", { kind: "letter", code: "A", upper: true }],
    ["-", { kind: "bullet", mark: "-" }],
    ["–", { kind: "bullet", mark: "-" }],
    ["+", { kind: "bullet", mark: "+" }],
    ["Tiêu chí 5", { kind: "number", code: "5" }],
    ["", { kind: "none" }],
    ["1a/b", { kind: "unknown", text: "1a/b" }],
  ])("STT %p", (text, expected) => {
    expect(classifyCode(text)).toEqual(expected);
  });

  test.each<[string, string | null, string]>([
    ["I. CÔNG TÁC CHỈ ĐẠO", "roman", "CÔNG TÁC CHỈ ĐẠO"],
    ["1. Kế hoạch", "number", "Kế hoạch"],
    ["1.1. Ban hành", "dotted", "Ban hành"],
    ["1.2 Thực hiện", "dotted", "Thực hiện"],
    ["a) Có kế hoạch", "letter", "Có kế hoạch"],
    ["- Dưới 80%", "bullet", "Dưới 80%"],
    ["PHẦN II: ĐÁNH GIÁ", "part", "ĐÁNH GIÁ"],
    ["2 năm liên tục đạt chuẩn", null, ""],
    ["Iot và chuyển đổi số", null, ""],
  ])("code at the start of the content: %p", (name, kind, rest) => {
    const r = leadingCode(name);
    if (kind === null) expect(r).toBeNull();
    else expect({ kind: r?.code.kind, rest: r?.rest }).toEqual({ kind, rest });
  });

  test("part codes and headings", () => {
    expect(partCode("Phần 2")).toBe("II");
    expect(headingOf(fold("ĐIỂM THƯỞNG"))).toEqual({ kind: "bonus" });
    expect(headingOf(fold("Điểm cộng (tối đa 2 điểm)"))).toEqual({ kind: "bonus" });
    expect(headingOf(fold("Các trường hợp trừ điểm"))).toEqual({ kind: "penalty" });
    expect(headingOf(fold("Đánh giá phân loại chính quyền cơ sở"))).toEqual({ kind: "part" });
    expect(headingOf(fold("Kế hoạch cải cách hành chính"))).toBeNull();
  });

  test.each([
    ["Tổng cộng", true],
    ["TỔNG ĐIỂM PHẦN I", true],
    ["Cộng", true],
    ["Cộng lĩnh vực II", true],
    ["Cộng đồng dân cư tham gia", false],
    ["Tổng hợp ý kiến", false],
  ])("totals row %p: %p", (text, expected) => {
    expect(isTotalRow(fold(text))).toBe(expected);
  });
});

describe("header detection by text", () => {
  test.each([
    ["STT", "stt"],
    ["Số TT", "stt"],
    ["Nội dung", "name"],
    ["Tiêu chí", "name"],
    ["Lĩnh vực / Tiêu chí / Tiêu chí thành phần", "name"],
    ["Điểm tối đa", "max"],
    ["ĐIỂM CHUẨN", "max"],
    ["diem toi da", "max"],
    ["Hướng dẫn chấm điểm", "rule"],
    ["Thang điểm", "rule"],
    ["Cách tính điểm", "rule"],
    ["Phương pháp", "method"],
    ["Tài liệu kiểm chứng", "evidence"],
    ["TLKC", "evidence"],
    ["Điểm tự đánh giá", "other"],
    ["Điểm thẩm định", "other"],
    ["Mức điểm", "steps"],
    ["Đơn vị thực hiện", null],
  ])("%p is %p", (text, role) => {
    expect(roleOf(text)).toBe(role);
  });

  test("found below a title, whatever its position and column order", () => {
    const h = detectHeader(parseTsv("Bộ chỉ số\n\nGhi chú\tĐiểm chuẩn\tNội dung tiêu chí\tSTT\n\t1\tA\t1\n"));
    expect(h).toEqual({ headerRow: 2, dataStart: 3, columns: { max: 1, name: 2, stt: 3 } });
  });

  test("a two-row header and a row of column numbers are skipped", () => {
    const h = detectHeader(parseTsv("TT\tNội dung\tĐiểm\t\n\t\tTối đa\tTự chấm\n(1)\t(2)\t(3)\t(4)\n1\tA\t1\t\n"));
    expect(h).toEqual({ headerRow: 0, dataStart: 3, columns: { stt: 0, name: 1, max: 2 } });
  });

  test("no header without a max points column", () => {
    expect(detectHeader(parseTsv("STT\tNội dung\tGhi chú\n1\tA\tB\n"))).toBeNull();
  });
});

describe("tab-separated text", () => {
  test("quoted cells hold tabs, new lines and quotes; blank cells are null", () => {
    expect(parseTsv('\uFEFFa\t"b\tc"\t\r\n"d\n""e"""\t\tf\n')).toEqual([
      ["a", "b\tc", null],
      ['d\n"e"', null, "f"],
    ]);
  });
});
