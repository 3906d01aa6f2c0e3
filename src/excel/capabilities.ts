import type { Lang } from "../template/messages";

/**
 * What this Excel can do, from the ExcelApi requirement sets it supports (docs/EXCEL.md), detected
 * once at start. The UI is driven by this object and says plainly what is missing.
 */
export const FEATURE_SET = {
  /** Worksheet protection, locked cells, merges, column widths. */
  protection: "1.2",
  /** names.add, getItemOrNullObject. */
  names: "1.4",
  /** Conditional formats and suspending calculation while writing. */
  conditionalFormats: "1.6",
  /** Freeze panes, onChanged, unprotect. */
  freeze: "1.7",
  events: "1.7",
  unprotect: "1.7",
  dataValidation: "1.8",
  /** Print setup (page layout) and RangeAreas. */
  pageLayout: "1.9",
  rangeAreas: "1.9",
  insertFromBase64: "1.13",
} as const;

export type Feature = keyof typeof FEATURE_SET;
export const FEATURES = Object.keys(FEATURE_SET) as Feature[];

export type CapabilityLevel = "full" | "noPrint" | "standalone";

export type Capabilities = Record<Feature, boolean> & {
  /** full: 1.9 and later; noPrint: 1.8 (all but print setup); standalone: below 1.8, use the .xlsx. */
  level: CapabilityLevel;
};

type IsSetSupported = (name: string, minVersion?: string) => boolean;

function officeIsSetSupported(): IsSetSupported | null {
  if (typeof Office === "undefined") return null;
  const requirements = Office.context?.requirements;
  return requirements ? (name, v) => requirements.isSetSupported(name, v) : null;
}

/** Versions are passed as strings: "1.10" as a number would be 1.1. */
export function detectCapabilities(isSetSupported: IsSetSupported | null = officeIsSetSupported()): Capabilities {
  const has = (v: string) => (isSetSupported ? isSetSupported("ExcelApi", v) : false);
  const flags = Object.fromEntries(FEATURES.map((f) => [f, has(FEATURE_SET[f])])) as Record<Feature, boolean>;
  const level: CapabilityLevel = flags.pageLayout && flags.rangeAreas ? "full" : flags.dataValidation ? "noPrint" : "standalone";
  return { ...flags, level };
}

const FEATURE_TEXT: Record<Feature, { vi: string; en: string }> = {
  protection: {
    vi: "khóa trang tính, khóa ô, gộp ô và đặt độ rộng cột",
    en: "sheet protection, locked cells, merged cells and column widths",
  },
  names: { vi: "đặt tên cho các ô kết quả (tên định nghĩa)", en: "defined names for the result cells" },
  conditionalFormats: { vi: "tô màu ô điểm sai hoặc thiếu tài liệu kiểm chứng", en: "highlighting of invalid scores and missing evidence" },
  freeze: { vi: "cố định dòng tiêu đề khi cuộn", en: "frozen header rows" },
  events: { vi: "tự kiểm tra lại khi nhập điểm", en: "re-checking as scores are typed" },
  unprotect: { vi: "bỏ khóa trang tính từ bảng điều khiển", en: "unprotecting the sheet from the pane" },
  dataValidation: { vi: "chặn nhập điểm sai (ràng buộc dữ liệu)", en: "data validation of scores" },
  pageLayout: { vi: "thiết lập in (khổ A4, vừa một trang ngang, lặp dòng tiêu đề)", en: "print setup (A4, fit to width, repeated header rows)" },
  rangeAreas: { vi: "định dạng nhanh nhiều vùng cùng lúc", en: "formatting many areas at once" },
  insertFromBase64: { vi: "chèn trang tính từ tệp mẫu", en: "inserting sheets from a template file" },
};

/**
 * One sentence per missing feature, naming the API set it needs. insertFromBase64 and rangeAreas are
 * left out: the add-in works without them and the user cannot act on them.
 */
export function missingFeatures(caps: Capabilities, lang: Lang = "vi"): string[] {
  const out: string[] = [];
  for (const f of FEATURES) {
    if (caps[f] || f === "insertFromBase64" || f === "rangeAreas") continue;
    const what = FEATURE_TEXT[f][lang];
    out.push(
      lang === "vi"
        ? `Phiên bản Excel này không hỗ trợ ${what} (cần ExcelApi ${FEATURE_SET[f]}).`
        : `This version of Excel does not support ${what} (needs ExcelApi ${FEATURE_SET[f]}).`,
    );
  }
  if (caps.level === "standalone") {
    out.push(
      lang === "vi"
        ? "Nên dùng tệp Excel độc lập (tải về từ bảng điều khiển): tệp đó có sẵn công thức, ràng buộc dữ liệu và thiết lập in."
        : "Use the standalone workbook (download it from the pane): it carries the formulas, validation and print setup.",
    );
  }
  return out;
}
