import { defineTemplate } from "../validate";

/**
 * A small template that exercises every feature (steps, survey and appraisal-only items, not
 * applicable, a part without fields, bonus and penalty caps) at a size tests can read. Not for users.
 */
export const miniTemplate = defineTemplate({
  id: "mini-test",
  version: "1.0.0",
  title: "Bộ chỉ số thử nghiệm (nhỏ)",
  province: "Tỉnh Thử",
  year: 2023,
  appraisingBody: "Sở Nội vụ",
  legalBasis: [{ number: "01/QĐ-TEST", date: "01/01/2023", issuer: "UBND tỉnh Thử", title: "Bộ chỉ số thử" }],
  provisional: true,
  provisionalNote: "Bộ chỉ số dùng cho kiểm thử, không phải văn bản chính thức.",
  parts: [
    {
      code: "I",
      title: "CHỈ SỐ CẢI CÁCH HÀNH CHÍNH",
      maxPoints: 10,
      factor: 0.5,
      fields: [
        {
          code: "I",
          name: "Công tác chỉ đạo, điều hành",
          maxPoints: 6,
          criteria: [
            {
              code: "1",
              name: "Kế hoạch cải cách hành chính",
              maxPoints: 4,
              items: [
                { code: "1.1", name: "Ban hành kế hoạch đúng hạn", maxPoints: 2, rule: "Đúng hạn: 2 điểm; chậm: 1 điểm; không ban hành: 0", steps: [0, 1, 2] },
                { code: "1.2", name: "Mức độ hoàn thành kế hoạch", maxPoints: 2, rule: "Tỷ lệ hoàn thành × 2" },
              ],
            },
            { code: "2", name: "Báo cáo định kỳ", maxPoints: 2, rule: "Đủ: 2; thiếu một báo cáo: 1; thiếu hơn: 0", steps: [0, 1, 2] },
          ],
        },
        {
          code: "II",
          name: "Tác động của cải cách hành chính",
          maxPoints: 4,
          criteria: [
            {
              code: "3",
              name: "Sự hài lòng của người dân",
              maxPoints: 4,
              items: [
                { code: "3.1", name: "Mức độ hài lòng (điều tra xã hội học)", maxPoints: 2, method: "survey", evidenceRequired: false },
                { code: "3.2", name: "Số hóa hồ sơ đất đai", maxPoints: 2, mayBeNotApplicable: true, rule: "Không có hồ sơ thì không áp dụng" },
              ],
            },
          ],
        },
      ],
    },
    {
      code: "II",
      title: "ĐÁNH GIÁ PHÂN LOẠI CHÍNH QUYỀN CƠ SỞ",
      maxPoints: 5,
      factor: 1,
      criteria: [
        {
          code: "1",
          name: "Kinh tế và thu ngân sách",
          maxPoints: 3,
          items: [
            { code: "a", name: "Thu ngân sách đạt dự toán", maxPoints: 1.5, steps: [0, 0.5, 1, 1.5] },
            { code: "b", name: "Tăng trưởng kinh tế", maxPoints: 1.5 },
          ],
        },
        { code: "2", name: "Đánh giá của cấp trên", maxPoints: 2, method: "appraisal", evidenceRequired: false },
      ],
    },
  ],
  adjustments: [
    { code: "T", name: "Điểm thưởng", kind: "bonus", cap: 1, items: [{ code: "T.1", name: "Sáng kiến được công nhận", maxPoints: 1.5 }] },
    { code: "Tr", name: "Điểm trừ", kind: "penalty", cap: 2, items: [{ code: "Tr.1", name: "Bị phê bình", maxPoints: 3, evidenceRequired: false }] },
  ],
  bands: [
    { label: "Tốt", min: 8 },
    { label: "Khá", min: 6 },
    { label: "Yếu", min: 0 },
  ],
});
