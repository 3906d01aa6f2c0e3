/**
 * ROUND as Excel and LibreOffice compute it: the value is first reduced to 15 significant digits (what
 * the spreadsheet shows and stores), then rounded half away from zero on those decimal digits. Rounding
 * the raw binary double instead (Math.round, toFixed, HyperFormula's ROUND) differs at half-way values:
 * 27.016 × ... → 34.4455 is stored as 34.44549999… and would go down (handsontable/hyperformula#1746).
 */
export function excelRound(x: number, digits: number): number {
  if (!Number.isFinite(x) || x === 0) return x;
  const [mantissa, expPart] = Math.abs(x).toPrecision(15).split("e");
  const exp10 = expPart === undefined ? 0 : Number(expPart);
  const [intPart, fracPart = ""] = mantissa.split(".");
  // Decimal digits of |x| and the position of the decimal point within them.
  let allDigits = intPart + fracPart;
  let point = intPart.length + exp10;
  if (point < 0) {
    allDigits = "0".repeat(-point) + allDigits;
    point = 0;
  }
  if (allDigits.length < point) allDigits = allDigits + "0".repeat(point - allDigits.length);
  const keep = point + digits;
  if (keep < 0) return 0;
  if (keep >= allDigits.length) return x;
  const kept = allDigits.slice(0, keep) || "0";
  const roundUp = allDigits.charCodeAt(keep) >= 53; // '5'
  let n = BigInt(kept) + (roundUp ? 1n : 0n);
  const sign = x < 0 ? -1 : 1;
  // Scale back by the number of kept decimals (digits may be negative: ROUND(1234,-2)).
  if (digits >= 0) return sign * Number(`${n}e-${digits}`);
  n = n * 10n ** BigInt(-digits);
  return sign * Number(n);
}
