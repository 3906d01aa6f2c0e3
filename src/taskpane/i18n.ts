import type { Lang } from "../template/messages";

/**
 * Every string the task pane shows, Vietnamese first. English must have exactly the same keys (the
 * type says so). Finding and template-issue texts come from src/scoring/messages.ts and
 * src/template/messages.ts, which take the same Lang.
 */
const vi = {
  appTitle: "Chấm điểm CCHC",
  switchLanguage: "English",
  switchLanguageLabel: "Switch to English",
  provisionalTitle: "Bộ chỉ số tạm dựng",

  templateLabel: "Bộ chỉ số",
  templateBuiltin: "có sẵn",
  templateFromFile: "từ tệp",
  templateFromWorkbook: "trong sổ tính",
  openJson: "Mở tệp JSON…",
  useStored: "Lấy từ sổ tính",
  noStoredTemplate: "Sổ tính này chưa có biểu chấm điểm nào do ngăn tác vụ chèn.",
  storedRejected: "Bộ chỉ số lưu trong sổ tính không đọc được:",
  fileRejected: (name: string) => `Tệp ${name} không dùng được; bộ chỉ số đang chọn giữ nguyên. Lỗi:`,
  fileLoaded: (title: string) => `Đã nạp bộ chỉ số “${title}”.`,
  templateInfo: (parts: number, entries: number) => `${parts} phần, ${entries} mục chấm điểm`,

  unitLabel: "Tên đơn vị",
  unitPlaceholder: "Ví dụ: UBND phường Xuân An",
  yearLabel: "Năm",
  yearInvalid: "Năm phải là số từ 2000 đến 2100.",

  insert: "Chèn biểu mẫu",
  inserting: "Đang chèn…",
  inserted: (sheet: string) => `Đã chèn trang tính “${sheet}”.`,
  existsTitle: "Trang tính đã có",
  existsBody: (sheet: string) =>
    `Sổ tính đã có trang “${sheet}”. Nếu thay thế, điểm, tài liệu kiểm chứng và giải trình đã nhập trên trang đó sẽ bị xóa.`,
  existsBodyEmpty: (sheet: string) => `Sổ tính đã có trang “${sheet}”, chưa nhập điểm, tài liệu kiểm chứng hay giải trình nào.`,
  existsReplaceEmpty: "Thay thế trang cũ",
  existsRename: "Chèn thành trang mới",
  existsReplace: "Thay thế trang cũ…",
  existsConfirm: (sheet: string) => `Tôi hiểu mọi dữ liệu đã nhập trên trang “${sheet}” sẽ bị xóa.`,
  existsReplaceConfirmed: "Xóa và thay thế",
  cancel: "Hủy",
  busy: "Excel đang ở chế độ sửa ô. Nhấn Enter hoặc Esc để kết thúc việc sửa ô; ngăn tác vụ sẽ tự thử lại.",
  busyGaveUp: "Chưa chèn được vì Excel vẫn đang sửa ô. Kết thúc việc sửa ô rồi bấm Thử lại.",
  retry: "Thử lại",
  insertFailed: (msg: string) => `Không chèn được biểu mẫu: ${msg}`,

  capsNoPrintTitle: "Excel này chưa đặt được trang in",
  capsNoPrintBody:
    "Biểu mẫu vẫn được chèn đầy đủ công thức và kiểm tra. Để in: Bố trí Trang > Kích thước > A4; Bố trí Trang > Vừa với: Chiều rộng 1 trang, Chiều cao Tự động. Hoặc tải biểu chấm điểm độc lập đã đặt sẵn khổ in.",
  capsStandaloneTitle: "Excel này không chèn được biểu mẫu",
  capsStandaloneBody:
    "Hãy tải biểu chấm điểm độc lập (.xlsx), tạo ngay trên máy này: mở bằng Excel, nhập điểm; công thức trong tệp tự tính tổng điểm và xếp loại.",
  capsMissing: "Thiếu:",
  download: "Tải biểu chấm điểm (.xlsx)",
  downloading: "Đang tạo tệp…",
  downloaded: (file: string) => `Đã tạo tệp ${file}.`,
  downloadFailed: (msg: string) => `Không tạo được tệp: ${msg}`,

  check: "Kiểm tra",
  checking: "Đang kiểm tra…",
  noSheet: "Chưa có bảng chấm điểm trong sổ tính: hãy chèn biểu mẫu trước.",
  sheetMissing: (sheet: string) => `Không thấy trang tính “${sheet}” (đã bị xóa hoặc đổi tên?). Hãy chèn lại biểu mẫu.`,
  readFailed: (msg: string) => `Không đọc được bảng chấm điểm: ${msg}`,
  findingsTitle: "Kết quả kiểm tra",
  findingsNone: "Không phát hiện vấn đề nào.",
  findingsCount: (n: number) => `${n} vấn đề cần xem lại. Bấm vào một dòng (hoặc Enter) để chọn ô.`,
  formulaGroup: "Công thức bị ghi đè",
  formulaOverwritten: (cell: string) => `Ô ${cell}: công thức đã bị ghi đè hoặc xóa, tổng điểm có thể sai. Hãy khôi phục công thức (Ctrl+Z) hoặc chèn lại biểu mẫu.`,
  otherGroup: "Khác",
  partTitle: (code: string, title: string) => `Phần ${code}. ${title}`,
  partPrefix: (code: string) => `Phần ${code}, `,
  notInExcelError: "Trang này không chạy trong Excel.",
  selectFailed: (cell: string, msg: string) => `Không chọn được ô ${cell}: ${msg}`,

  summaryTitle: "Tổng hợp tự đánh giá",
  summaryLive: "Tự cập nhật khi nhập điểm",
  partPoints: (code: string) => `Phần ${code}`,
  convertedPoints: (code: string) => `Phần ${code} quy đổi`,
  adjustment: (name: string) => name,
  totalPoints: "Tổng điểm",
  classification: "Xếp loại",
  finalResult: "Sau thẩm định",
  fieldsTitle: "Theo lĩnh vực",
  fieldBar: (name: string, got: string, max: string) => `${name}: ${got}/${max} điểm`,
  points: (got: string, max: string) => `${got}/${max}`,

  crashTitle: "Ngăn tác vụ gặp lỗi",
  crashBody: "Dữ liệu trong sổ tính không bị ảnh hưởng. Hãy tải lại ngăn tác vụ; nếu lỗi lặp lại, dùng biểu chấm điểm độc lập.",
  reload: "Tải lại",
  notInExcel: "Trang này đang mở ngoài Excel, nên không chèn được biểu mẫu vào sổ tính.",
};

export type Strings = typeof vi;

const en: Strings = {
  appTitle: "CCHC Scorecard",
  switchLanguage: "Tiếng Việt",
  switchLanguageLabel: "Chuyển sang tiếng Việt",
  provisionalTitle: "Provisional template",

  templateLabel: "Template",
  templateBuiltin: "built-in",
  templateFromFile: "from file",
  templateFromWorkbook: "in this workbook",
  openJson: "Open JSON file…",
  useStored: "Use the workbook's",
  noStoredTemplate: "This workbook holds no scoring sheet inserted by the task pane.",
  storedRejected: "The template stored in the workbook cannot be read:",
  fileRejected: (name: string) => `${name} cannot be used; the selected template is unchanged. Problems:`,
  fileLoaded: (title: string) => `Loaded the template “${title}”.`,
  templateInfo: (parts: number, entries: number) => `${parts} parts, ${entries} scored items`,

  unitLabel: "Unit name",
  unitPlaceholder: "e.g. Xuân An ward People's Committee",
  yearLabel: "Year",
  yearInvalid: "The year must be a number from 2000 to 2100.",

  insert: "Insert template",
  inserting: "Inserting…",
  inserted: (sheet: string) => `Inserted the sheet “${sheet}”.`,
  existsTitle: "The sheet already exists",
  existsBody: (sheet: string) =>
    `The workbook already has a sheet “${sheet}”. Replacing it deletes the scores, evidence and explanations entered there.`,
  existsBodyEmpty: (sheet: string) => `The workbook already has a sheet “${sheet}”, with no scores, evidence or explanations entered yet.`,
  existsReplaceEmpty: "Replace the old sheet",
  existsRename: "Insert as a new sheet",
  existsReplace: "Replace the old sheet…",
  existsConfirm: (sheet: string) => `I understand that everything entered on “${sheet}” will be deleted.`,
  existsReplaceConfirmed: "Delete and replace",
  cancel: "Cancel",
  busy: "Excel is editing a cell. Press Enter or Esc to finish the edit; the pane will retry by itself.",
  busyGaveUp: "Not inserted: Excel is still editing a cell. Finish the edit, then click Retry.",
  retry: "Retry",
  insertFailed: (msg: string) => `Could not insert the template: ${msg}`,

  capsNoPrintTitle: "This Excel cannot set up printing",
  capsNoPrintBody:
    "The template is still inserted with all formulas and checks. To print: Page Layout > Size > A4; Page Layout > Scale to Fit: Width 1 page, Height Automatic. Or download the standalone workbook, whose print setup is done.",
  capsStandaloneTitle: "This Excel cannot insert the template",
  capsStandaloneBody:
    "Download the standalone scoring workbook (.xlsx), built right here: open it in Excel and enter the scores; its formulas compute the total and classification.",
  capsMissing: "Missing:",
  download: "Download the scoring workbook (.xlsx)",
  downloading: "Building the file…",
  downloaded: (file: string) => `Built ${file}.`,
  downloadFailed: (msg: string) => `Could not build the file: ${msg}`,

  check: "Check",
  checking: "Checking…",
  noSheet: "No scoring sheet in the workbook yet: insert the template first.",
  sheetMissing: (sheet: string) => `The sheet “${sheet}” is gone (deleted or renamed?). Insert the template again.`,
  readFailed: (msg: string) => `Could not read the scoring sheet: ${msg}`,
  findingsTitle: "Check results",
  findingsNone: "No problems found.",
  findingsCount: (n: number) => `${n} problems to review. Click a line (or press Enter) to select the cell.`,
  formulaGroup: "Overwritten formulas",
  formulaOverwritten: (cell: string) => `Cell ${cell}: its formula was overwritten or deleted, so totals may be wrong. Restore it (Ctrl+Z) or insert the template again.`,
  otherGroup: "Other",
  partTitle: (code: string, title: string) => `Part ${code}. ${title}`,
  partPrefix: (code: string) => `Part ${code}, `,
  notInExcelError: "This page is not running in Excel.",
  selectFailed: (cell: string, msg: string) => `Could not select cell ${cell}: ${msg}`,

  summaryTitle: "Self-assessment summary",
  summaryLive: "Updates as you type",
  partPoints: (code: string) => `Part ${code}`,
  convertedPoints: (code: string) => `Part ${code} converted`,
  adjustment: (name: string) => name,
  totalPoints: "Total",
  classification: "Classification",
  finalResult: "After appraisal",
  fieldsTitle: "By field",
  fieldBar: (name: string, got: string, max: string) => `${name}: ${got} of ${max} points`,
  points: (got: string, max: string) => `${got}/${max}`,

  crashTitle: "The task pane hit an error",
  crashBody: "Nothing in the workbook was changed by it. Reload the pane; if it happens again, use the standalone workbook.",
  reload: "Reload",
  notInExcel: "This page is open outside Excel, so it cannot insert the template into a workbook.",
};

export const STRINGS: Record<Lang, Strings> = { vi, en };

export function strings(lang: Lang): Strings {
  return STRINGS[lang];
}
