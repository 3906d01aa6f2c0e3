import { fold } from "./normalize";

/**
 * What the number in the STT column (or at the start of the content) says about a row:
 * a part (Phần I), a field (I, II … Roman), a criterion (1, 2 …), a sub-criterion (1.1, 1.1.1),
 * a lettered one (a, b, đ …; a), (a), a.), or a bullet (-, +).
 */
export type RowCode =
  | { kind: "part"; code: string }
  | { kind: "roman"; code: string }
  | { kind: "number"; code: string }
  | { kind: "dotted"; code: string; depth: number }
  | { kind: "letter"; code: string; upper: boolean }
  | { kind: "bullet"; mark: "-" | "+" }
  | { kind: "none" }
  | { kind: "unknown"; text: string };

const ROMAN = /^(X{0,3})(IX|IV|V?I{0,3})$/;
const ORDINALS: Record<string, string> = { nhat: "I", mot: "I", hai: "II", ba: "III", tu: "IV", bon: "IV", nam: "V" };

function romanOrNumber(token: string): string | null {
  if (token !== "" && ROMAN.test(token)) return token;
  if (/^\d{1,2}$/.test(token)) return toRoman(Number(token));
  return null;
}

export function toRoman(n: number): string {
  const table: Array<[number, string]> = [[10, "X"], [9, "IX"], [5, "V"], [4, "IV"], [1, "I"]];
  let s = "";
  let rest = n;
  for (const [v, r] of table) while (rest >= v) (s += r), (rest -= v);
  return s;
}

/** "Phần I", "PHẦN 2", "Phần thứ nhất" → the part's Roman code. */
export function partCode(text: string): string | null {
  const f = fold(text);
  const m = /^phan\s+(thu\s+)?([a-z0-9]+)/.exec(f);
  if (!m) return null;
  if (m[1]) return ORDINALS[m[2]] ?? null;
  return romanOrNumber(m[2].toUpperCase());
}

/** Classify the text of the STT column. */
export function classifyCode(raw: string): RowCode {
  let t = raw.trim();
  if (t === "") return { kind: "none" };
  if (/^[-\u2013\u2014\u2212\u2022\u25cf\u00b7]$/.test(t)) return { kind: "bullet", mark: "-" };
  if (t === "+") return { kind: "bullet", mark: "+" };
  const part = partCode(t);
  if (part) return { kind: "part", code: part };
  t = t.replace(/^(tieu chi|tiêu chí|tc|linh vuc|lĩnh vực)\s*/i, "");
  t = t.replace(/^\((.*)\)$/, "$1").replace(/[.):]+$/, "").trim();
  if (ROMAN.test(t) && t !== "") return { kind: "roman", code: t };
  if (/^\d{1,3}$/.test(t)) return { kind: "number", code: String(Number(t)) };
  if (/^(\d{1,3}|[A-Za-zĐđ]{1,3})(\.\d{1,3}){1,4}$/.test(t)) return { kind: "dotted", code: t, depth: t.split(".").length };
  if (/^[a-zđ]$/.test(t)) return { kind: "letter", code: t, upper: false };
  // Upper-case letters ("A", "Tr") head sections: parts, or bonus/penalty blocks (see rows.ts).
  if (/^[A-ZĐ][A-Za-zĐđ]{0,2}$/.test(t)) return { kind: "letter", code: t, upper: true };
  return { kind: "unknown", text: raw.trim() };
}

/**
 * Codes written at the start of the content when there is no STT column or it is empty:
 * "I. CÔNG TÁC…", "1. Kế hoạch…", "1.1 Ban hành…", "a) Ban hành…", "- Hoàn thành…". A plain number
 * needs its separator ("2 năm liên tục…" is text).
 */
export function leadingCode(name: string): { code: RowCode; rest: string } | null {
  const partM = /^(ph[aầ]n\s+(?:th[uứ]\s+\S+|[IVX]+|\d+))\s*[.:\-\u2013]?\s*(.*)$/i.exec(name);
  if (partM) {
    const code = partCode(partM[1]);
    if (code) return { code: { kind: "part", code }, rest: partM[2] };
  }
  const romanM = /^([IVX]{1,6})\s*[.:)\-\u2013]\s*(.*)$/.exec(name);
  if (romanM && ROMAN.test(romanM[1])) return { code: { kind: "roman", code: romanM[1] }, rest: romanM[2] };
  const dottedM = /^(\d{1,3}(?:\.\d{1,3}){1,4})\.?\s+(.*)$/.exec(name);
  if (dottedM) return { code: { kind: "dotted", code: dottedM[1], depth: dottedM[1].split(".").length }, rest: dottedM[2] };
  const numberM = /^(\d{1,3})\s*[.:)]\s*(.*)$/.exec(name);
  if (numberM) return { code: { kind: "number", code: String(Number(numberM[1])) }, rest: numberM[2] };
  const tcM = /^ti[eê]u ch[ií]\s+(\d{1,3}(?:\.\d{1,3})*)\s*[.:\-\u2013]\s*(.*)$/i.exec(name);
  if (tcM) {
    const code = classifyCode(tcM[1]);
    return { code, rest: tcM[2] };
  }
  const letterM = /^\(?([a-zđ])\s*[).]\s+(.*)$/.exec(name);
  if (letterM) return { code: { kind: "letter", code: letterM[1], upper: false }, rest: letterM[2] };
  const bulletM = /^([-\u2013\u2014\u2212\u2022\u25cf\u00b7+])\s*(.*)$/.exec(name);
  if (bulletM) return { code: { kind: "bullet", mark: bulletM[1] === "+" ? "+" : "-" }, rest: bulletM[2] };
  return null;
}

/** Rows that total, and rows that are notes or the signature block: never items. */
export function isTotalRow(foldedText: string): boolean {
  return (
    /^(tong cong|tong diem|tong so diem)\b/.test(foldedText) ||
    /^(cong|tong)(\s*$|\s*[:(]|\s+(linh vuc|phan|diem|tieu chi|muc|[ivx]+)\b)/.test(foldedText)
  );
}

/** Result rows under a part (converted points, classification): neither items nor sums to check. */
export function isResultRow(foldedText: string): boolean {
  return /^(diem quy doi|xep loai|ket qua xep loai)/.test(foldedText);
}

/** "Điểm quy đổi Phần I (× 50%)": the part's conversion factor, 0.5. */
export function factorOfResultRow(foldedText: string): number | null {
  const m = /^diem quy doi.*?[x\u00d7*]\s*(\d{1,3})\s*%/.exec(foldedText);
  return m ? Number(m[1]) / 100 : null;
}

/** The place-and-date line of the signature block: "Xã A, ngày … tháng … năm 2023". */
export function isDateLine(foldedText: string): boolean {
  return /(^|,\s*)ngay\s+[\d.\u2026 ]*thang\s+[\d.\u2026 ]*nam\b/.test(foldedText);
}

export function isFootnote(foldedText: string): boolean {
  return /^(ghi chu|chu thich|luu y|\(\*+\)|\*)/.test(foldedText);
}

/** Where the table ends: signature block and distribution list. */
export function isFooter(foldedText: string): boolean {
  return /^(nguoi lap( bieu)?|noi nhan|tm\.? ?(uy ban|ubnd)|kt\.? ?chu tich|chu tich( ubnd)?$|thu truong don vi|xac nhan cua)/.test(foldedText);
}

export type Heading = { kind: "part" } | { kind: "bonus" } | { kind: "penalty" } | null;

/** A heading without a criterion number: a part title or a bonus/penalty block. */
export function headingOf(foldedName: string): Heading {
  if (/(^|\s)(diem thuong|diem cong|thuong diem|cong diem|diem uu tien)(\s|$|[:,.;(])/.test(foldedName)) return { kind: "bonus" };
  if (/(^|\s)(diem tru|tru diem)(\s|$|[:,.;(])/.test(foldedName)) return { kind: "penalty" };
  if (/chinh quyen co so|^chi so cai cach hanh chinh|^danh gia phan loai/.test(foldedName)) return { kind: "part" };
  return null;
}
