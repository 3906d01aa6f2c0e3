/**
 * The familiar column order (DOMAIN.md "The familiar sheet"), then the auditable helper columns that
 * the totals read. Widths in Excel's character units.
 */
export const COLUMNS: ReadonlyArray<{ header: string; width: number }> = [
  { header: "STT", width: 6 },
  { header: "Lĩnh vực / Tiêu chí / Tiêu chí thành phần", width: 40 },
  { header: "Điểm tối đa", width: 8 },
  { header: "Hướng dẫn chấm điểm", width: 38 },
  { header: "Điểm tự đánh giá", width: 10 },
  { header: "Tài liệu kiểm chứng", width: 26 },
  { header: "Giải trình", width: 22 },
  { header: "Điểm thẩm định", width: 10 },
  { header: "Ghi chú thẩm định", width: 18 },
  { header: "Không áp dụng (x)", width: 9 },
  { header: "", width: 10 },
  { header: "", width: 10 },
  { header: "", width: 10 },
  { header: "", width: 10 },
  { header: "", width: 10 },
];

/** Columns A..J are printed; K..O are helper columns, visible for audit but outside the print area. */
export const PRINT_LAST_COL = 10;

export const HELPER_HEADERS = [
  "Điểm được tính (tự đánh giá)",
  "Điểm được tính (kết quả)",
  "Điểm tối đa không áp dụng",
  "Trạng thái tự đánh giá (0 đúng, 1 sai, 2 thiếu TLKC, 3 không tự chấm, 4 không áp dụng)",
  "Trạng thái điểm thẩm định",
];

export const HEADER_ROWS = { first: 6, last: 7 } as const;
