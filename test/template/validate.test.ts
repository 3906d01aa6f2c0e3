import { dongNai2023Xa } from "../../src/template/builtin";
import { miniTemplate } from "../../src/template/builtin/mini";
import { templateIssueMessage } from "../../src/template/messages";
import type { Template } from "../../src/template/schema";
import { defineTemplate, parseTemplate, TemplateDefinitionError } from "../../src/template/validate";

const clone = (t: Template): Template => JSON.parse(JSON.stringify(t)) as Template;

describe("template validation", () => {
  test("a criterion whose items do not add up: Vietnamese message naming the node and both numbers", () => {
    const t = clone(dongNai2023Xa);
    t.parts[0].fields[0].criteria[0].items[2].maxPoints = 1.5; // 1 + 1 + 1.5 = 3.5, criterion says 4
    const r = parseTemplate(t);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const crit = r.issues.find((i) => i.code === "sumMismatch" && i.path === "parts[0].fields[0].criteria[0]");
    expect(crit).toMatchObject({ expected: 4, actual: 3.5 });
    const msg = templateIssueMessage(crit!);
    expect(msg).toContain("Phần I, tiêu chí 1");
    expect(msg).toContain("4");
    expect(msg).toContain("3,5");
    expect(templateIssueMessage(crit!, "en")).toContain("3.5");
  });

  test("a field and a part that do not add up are both reported", () => {
    const t = clone(dongNai2023Xa);
    const c = t.parts[0].fields[2].criteria[0]; // criterion 6, 3 points
    c.maxPoints = 3.5;
    c.items[0].maxPoints = 1.5;
    const r = parseTemplate(t);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const codes = r.issues.map((i) => (i.code === "sumMismatch" ? `${i.path}:${i.expected}/${i.actual}` : i.code));
    expect(codes).toEqual(["parts[0].fields[2]:14.5/15"]);
    expect(templateIssueMessage(r.issues[0])).toMatch(/lĩnh vực III.*14,5.*15/);
  });

  test("Part II not adding up to 50", () => {
    const t = clone(dongNai2023Xa);
    t.parts[1].maxPoints = 60;
    const r = parseTemplate(t);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues).toEqual([{ code: "sumMismatch", path: "parts[1]", node: "Phần II", expected: 60, actual: 50 }]);
  });

  test("duplicate codes, steps beyond the maximum and schema errors", () => {
    const t = clone(miniTemplate);
    t.parts[0].fields[0].criteria[0].items[1].code = "1.1";
    t.parts[0].fields[0].criteria[0].items[0].steps = [0, 1, 3];
    const r = parseTemplate(t);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => i.code).sort()).toEqual(["duplicateCode", "stepOutOfRange"]);
    const bad = parseTemplate({ ...clone(miniTemplate), id: "Có Dấu" });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(templateIssueMessage(bad.issues[0])).toMatch(/^Bộ chỉ số sai cấu trúc tại id/);
  });

  test("defineTemplate throws the named error on invalid built-in data", () => {
    const t = clone(miniTemplate);
    t.parts[1].maxPoints = 4;
    expect(() => defineTemplate(t)).toThrow(TemplateDefinitionError);
  });
});
