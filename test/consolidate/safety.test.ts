import { deflateRawSync } from "node:zlib";
import { performance } from "node:perf_hooks";
import { buildPlan } from "../../src/sheet/buildPlan";
import { miniTemplate } from "../../src/template/builtin/mini";
import { streamInflate } from "../../src/xlsx/inflate";
import { nodeInflate } from "../../src/xlsx/nodeInflate";
import { countRowsAndCells, inspectXlsx, safetyMessage, type SafetyLimits, type SafetyProblem } from "../../src/xlsx/safety";
import { readZipDirectory } from "../../src/xlsx/zipDirectory";
import { writeWorkbook } from "../../src/xlsx/writeWorkbook";
import { buildZip, millionRowSheet, oleFile, workbookZip } from "./support/zips";

const zeros = (mb: number) => new Uint8Array(mb * 1024 * 1024);
const text = (s: string) => new Uint8Array(Buffer.from(s, "utf8"));

let good: Uint8Array;
beforeAll(async () => {
  good = await writeWorkbook(buildPlan(miniTemplate, { unit: "Phường Thử" }));
});

/** The good file with the compressed bytes of its largest part overwritten: inflating it must fail. */
function damaged(bytes: Uint8Array): Uint8Array {
  const dir = readZipDirectory(bytes, 1000);
  if (!dir.ok) throw new Error("fixture is not a zip");
  const biggest = [...dir.entries].sort((a, b) => b.compressedSize - a.compressedSize)[0];
  const out = new Uint8Array(bytes);
  const dv = new DataView(out.buffer);
  const start = biggest.localHeaderOffset + 30 + dv.getUint16(biggest.localHeaderOffset + 26, true) + dv.getUint16(biggest.localHeaderOffset + 28, true);
  out.fill(0xff, start + 10, start + 200);
  return out;
}

interface Case {
  title: string;
  make: () => Uint8Array;
  limits?: Partial<SafetyLimits>;
  code: SafetyProblem["code"];
  vi: RegExp;
}

const cases: Case[] = [
  { title: "an empty file", make: () => new Uint8Array(0), code: "empty", vi: /Tệp rỗng/ },
  { title: "a .txt renamed .xlsx", make: () => text("STT;Tên đơn vị;Điểm\n1;Phường Xuân An;85,5\n"), code: "notZip", vi: /Không phải tệp Excel \.xlsx \(đây là tệp văn bản\)/ },
  { title: "a PDF renamed .xlsx", make: () => text("%PDF-1.7\n%âãÏÓ\n1 0 obj\n"), code: "notZip", vi: /tệp PDF/ },
  { title: "a password-protected .xlsx (OLE with EncryptionInfo)", make: () => oleFile(["EncryptionInfo", "EncryptedPackage"]), code: "encrypted", vi: /Tệp có mật khẩu/ },
  { title: "an OLE header alone", make: () => oleFile([]), code: "encrypted", vi: /Tệp có mật khẩu/ },
  { title: "a legacy .xls", make: () => oleFile(["Workbook", "SummaryInformation"]), code: "legacyXls", vi: /Excel 97-2003 \(\.xls\)/ },
  { title: "a truncated .xlsx", make: () => good.slice(0, Math.floor(good.byteLength / 2)), code: "corruptZip", vi: /bị hỏng, không đọc được: tệp bị cắt cụt/ },
  { title: "an .xlsx with damaged compressed data", make: () => damaged(good), code: "corruptZip", vi: /dữ liệu nén của phần xl\/[\w/]+\.xml bị hỏng/ },
  {
    title: "a Word document renamed .xlsx",
    make: () => buildZip([{ name: "[Content_Types].xml", data: "<Types/>" }, { name: "word/document.xml", data: "<w:document/>" }]),
    code: "notWorkbook",
    vi: /tệp Word/,
  },
  {
    title: "a zip of 1,001 entries",
    make: () => buildZip(Array.from({ length: 1001 }, (_, i) => ({ name: `x/${i}.xml`, data: "<a/>", stored: true }))),
    code: "tooManyEntries",
    vi: /1\.001 phần/,
  },
  { title: "a zip-encrypted part", make: () => workbookZip("<row r=\"1\"/>", { flags: 1 }), code: "zipPassword", vi: /mật khẩu/ },
  { title: "a zip bomb (16 MB of zeros in one part)", make: () => workbookZip(zeros(16)), code: "compressionRatio", vi: /zip bomb/ },
  { title: "a zip bomb whose header declares 10 KB", make: () => workbookZip(zeros(16), { declaredSize: 10_000 }), code: "sizeLie", vi: /zip bomb.*10\.000 byte/ },
  { title: "a million dense rows (40 MB declared)", make: () => workbookZip(millionRowSheet(true)), code: "sheetTooLarge", vi: /Trang tính quá lớn/ },
  { title: "a million sparse rows (17 MB, counted)", make: () => workbookZip(millionRowSheet(false)), code: "tooManyRows", vi: /1\.000\.000 dòng/ },
  { title: "more than the total limit inflated", make: () => good, limits: { maxTotalBytes: 50_000 }, code: "totalTooLarge", vi: /giới hạn 0,0 MB|giới hạn/ },
  { title: "a file over the size limit", make: () => good, limits: { maxFileBytes: 1000 }, code: "fileTooLarge", vi: /Tệp quá lớn/ },
];

describe("inspectXlsx: bad files refused with a Vietnamese reason, in bounded time", () => {
  it.each(cases)("$title", async ({ make, limits, code, vi }) => {
    const bytes = make();
    for (const inflate of [nodeInflate, streamInflate]) {
      const t0 = performance.now();
      const r = await inspectXlsx(bytes, { limits, inflate });
      const ms = performance.now() - t0;
      expect(r.ok).toBe(false);
      if (r.ok) return;
      expect(r.problem.code).toBe(code);
      expect(safetyMessage(r.problem, "vi")).toMatch(vi);
      expect(safetyMessage(r.problem, "en")).not.toBe(safetyMessage(r.problem, "vi"));
      expect(ms).toBeLessThan(5000);
    }
  });
});

describe("inspectXlsx on a good file", () => {
  it("passes, and both inflaters give the same parts", async () => {
    const keep = () => true;
    const a = await inspectXlsx(good, { inflate: nodeInflate, keep });
    const b = await inspectXlsx(good, { inflate: streamInflate, keep });
    expect(a.ok && b.ok).toBe(true);
    if (!a.ok || !b.ok) return;
    expect([...a.parts.keys()].sort()).toEqual([...b.parts.keys()].sort());
    expect(a.parts.get("xl/worksheets/sheet1.xml")!.byteLength).toBeGreaterThan(10_000);
    for (const [k, v] of a.parts) expect(Buffer.from(b.parts.get(k)!).equals(Buffer.from(v))).toBe(true);
  });

  it("keeps only the parts asked for", async () => {
    const r = await inspectXlsx(good, { keep: (n) => n === "xl/workbook.xml" });
    expect(r.ok && [...r.parts.keys()]).toEqual(["xl/workbook.xml"]);
  });
});

describe("inflaters stop at the ceiling", () => {
  const bomb = new Uint8Array(deflateRawSync(zeros(32)));
  it.each([
    ["zlib", nodeInflate],
    ["DecompressionStream", streamInflate],
  ] as const)("%s returns null past the ceiling and the bytes within it", async (_name, inflate) => {
    expect(await inflate(bomb, 1024 * 1024)).toBeNull();
    const small = new Uint8Array(deflateRawSync(Buffer.from("<row/>".repeat(100))));
    expect(Buffer.from((await inflate(small, 600))!).toString()).toBe("<row/>".repeat(100));
    await expect(inflate(new Uint8Array([0xff, 0xff, 0xff, 0xff]), 100)).rejects.toThrow();
  });
});

describe("countRowsAndCells", () => {
  it.each([
    { xml: '<row r="1"><c r="A1"/><c r="B1"><v>1</v></c></row>', rows: 1, cells: 2 },
    { xml: '<x:row r="1"><x:c r="A1"></x:c></x:row><rowBreaks count="0"/><cols><col min="1"/></cols>', rows: 1, cells: 1 },
    { xml: "<row>\n<c>\n</c></row><row/>", rows: 2, cells: 1 },
  ])("$xml", ({ xml, rows, cells }) => expect(countRowsAndCells(text(xml))).toEqual({ rows, cells }));
});
