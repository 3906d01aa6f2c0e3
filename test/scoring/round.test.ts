import { excelRound } from "../../src/scoring/round";

describe("excelRound rounds as Excel and LibreOffice do", () => {
  it.each([
    { title: "half-way after binary noise goes up", x: 34.4455, d: 3, expected: 34.446 },
    { title: "a product stored just below half", x: 27.016 * 1.275, d: 3, expected: 34.445 },
    { title: "1.0005 → 1.001 (Math.round gives 1)", x: 1.0005, d: 3, expected: 1.001 },
    { title: "negative half away from zero", x: -2.5, d: 0, expected: -3 },
    { title: "0.1+0.2 → 0.3", x: 0.1 + 0.2, d: 3, expected: 0.3 },
    { title: "integers unchanged", x: 80, d: 3, expected: 80 },
    { title: "tiny values", x: 0.0004, d: 3, expected: 0 },
    { title: "tiny half", x: 0.0005, d: 3, expected: 0.001 },
    { title: "negative digits", x: 1250, d: -2, expected: 1300 },
    { title: "large", x: 123456.7895, d: 3, expected: 123456.79 },
    { title: "exponent form", x: 1.5e-7, d: 3, expected: 0 },
  ])("$title", ({ x, d, expected }) => {
    expect(excelRound(x, d)).toBe(expected);
  });

  it("agrees with 15-digit half-away rounding on a sweep of Part I conversions", () => {
    for (let i = 0; i <= 30000; i++) {
      const raw = i / 1000;
      const v = (raw * 50) / 100;
      const s = Number(v.toPrecision(15));
      const expected = Math.sign(s) * Number((Math.abs(s) + 1e-12).toFixed(3));
      expect(excelRound(v, 3)).toBeCloseTo(expected, 9);
    }
  });
});
