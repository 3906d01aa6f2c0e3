import { dongNai2023Xa } from "../../src/template/builtin";
import { miniTemplate } from "../../src/template/builtin/mini";
import { templateFromJson, templateToJson } from "../../src/template/json";
import { templateIssueMessage } from "../../src/template/messages";

describe("template JSON", () => {
  test.each([
    ["Đồng Nai 2023", dongNai2023Xa],
    ["mini", miniTemplate],
  ])("round trip of %s: templateToJson -> templateFromJson equals", (_name, t) => {
    const r = templateFromJson(templateToJson(t));
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.value).toEqual(t);
  });

  test("a byte-order mark is accepted", () => {
    const r = templateFromJson("\uFEFF" + templateToJson(dongNai2023Xa));
    expect(r.ok).toBe(true);
  });

  test("bad JSON gives the line and column of the fault", () => {
    const text = templateToJson(dongNai2023Xa).split("\n");
    // Break line 5 (1-based): drop its closing quote and comma.
    const lineNo = 5;
    text[lineNo - 1] = text[lineNo - 1].replace(/",$/, "");
    const r = templateFromJson(text.join("\n"), "bo-chi-so.json");
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const issue = r.issues[0];
    expect(issue.code).toBe("jsonSyntax");
    if (issue.code !== "jsonSyntax") return;
    expect(issue.line).toBeGreaterThanOrEqual(lineNo);
    expect(issue.line).toBeLessThanOrEqual(lineNo + 1);
    expect(issue.column).toBeGreaterThan(0);
    expect(templateIssueMessage(issue)).toMatch(new RegExp(`^Tệp bo-chi-so.json không phải JSON hợp lệ \\(dòng ${issue.line}, cột ${issue.column}\\)`));
  });

  test("a truncated file points at its end", () => {
    const r = templateFromJson('{\n  "id": "x",\n  "parts": [');
    expect(r.ok).toBe(false);
    if (!r.ok && r.issues[0].code === "jsonSyntax") expect(r.issues[0].line).toBe(3);
  });
});
