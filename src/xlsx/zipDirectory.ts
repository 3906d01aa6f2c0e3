/**
 * The central directory of a zip file, read from the bytes without inflating anything: entry names,
 * declared sizes and where each entry's data starts. The safety check decides from these numbers
 * which entries it may inflate at all (a zip bomb declares its size honestly or is caught while
 * inflating). Zip64 records are followed, since some Office writers use them for ordinary files.
 */
export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated; anything else is not an Office package. */
  method: number;
  /** Bit 0: the entry is encrypted with a zip password. */
  flags: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

export type ZipDirectoryProblem =
  | { code: "noEndRecord" }
  | { code: "badDirectory"; detail: string }
  | { code: "tooManyEntries"; count: number };

export type ZipDirectory = { ok: true; entries: ZipEntry[] } | { ok: false; problem: ZipDirectoryProblem };

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

const utf8 = new TextDecoder("utf-8");

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** A 64-bit field as a number; past 2^53 it is nonsense for a file in memory anyway. */
function u64(dv: DataView, at: number): number {
  return dv.getUint32(at, true) + dv.getUint32(at + 4, true) * 0x100000000;
}

function findEndRecord(dv: DataView): number {
  // The record is 22 bytes plus a comment of at most 65,535: search no further back than that.
  const stop = Math.max(0, dv.byteLength - 22 - 0xffff);
  for (let at = dv.byteLength - 22; at >= stop; at--) if (dv.getUint32(at, true) === EOCD) return at;
  return -1;
}

export function readZipDirectory(bytes: Uint8Array, maxEntries: number): ZipDirectory {
  const dv = view(bytes);
  const end = bytes.byteLength >= 22 ? findEndRecord(dv) : -1;
  if (end < 0) return { ok: false, problem: { code: "noEndRecord" } };
  let count = dv.getUint16(end + 10, true);
  let size = dv.getUint32(end + 12, true);
  let offset = dv.getUint32(end + 16, true);
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) {
    const loc = end - 20;
    if (loc < 0 || dv.getUint32(loc, true) !== ZIP64_LOCATOR) return { ok: false, problem: { code: "badDirectory", detail: "zip64 locator missing" } };
    const rec = u64(dv, loc + 8);
    if (rec + 56 > bytes.byteLength || dv.getUint32(rec, true) !== ZIP64_EOCD) return { ok: false, problem: { code: "badDirectory", detail: "zip64 end record missing" } };
    count = u64(dv, rec + 32);
    size = u64(dv, rec + 40);
    offset = u64(dv, rec + 48);
  }
  if (count > maxEntries) return { ok: false, problem: { code: "tooManyEntries", count } };
  if (offset + size > bytes.byteLength) return { ok: false, problem: { code: "badDirectory", detail: "central directory outside the file" } };

  const entries: ZipEntry[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.byteLength || dv.getUint32(at, true) !== CENTRAL) return { ok: false, problem: { code: "badDirectory", detail: `entry ${i + 1} of ${count} unreadable` } };
    const flags = dv.getUint16(at + 8, true);
    const method = dv.getUint16(at + 10, true);
    let compressedSize = dv.getUint32(at + 20, true);
    let uncompressedSize = dv.getUint32(at + 24, true);
    const nameLength = dv.getUint16(at + 28, true);
    const extraLength = dv.getUint16(at + 30, true);
    const commentLength = dv.getUint16(at + 32, true);
    let localHeaderOffset = dv.getUint32(at + 42, true);
    const nameStart = at + 46;
    const extraStart = nameStart + nameLength;
    const next = extraStart + extraLength + commentLength;
    if (next > bytes.byteLength) return { ok: false, problem: { code: "badDirectory", detail: `entry ${i + 1} runs past the end` } };
    const name = utf8.decode(bytes.subarray(nameStart, extraStart));
    // Zip64 extended information: only the fields saturated in the fixed record are present, in order.
    for (let x = extraStart; x + 4 <= extraStart + extraLength; ) {
      const id = dv.getUint16(x, true);
      const len = dv.getUint16(x + 2, true);
      if (id === 0x0001) {
        let p = x + 4;
        if (uncompressedSize === 0xffffffff && p + 8 <= x + 4 + len) (uncompressedSize = u64(dv, p)), (p += 8);
        if (compressedSize === 0xffffffff && p + 8 <= x + 4 + len) (compressedSize = u64(dv, p)), (p += 8);
        if (localHeaderOffset === 0xffffffff && p + 8 <= x + 4 + len) localHeaderOffset = u64(dv, p);
      }
      x += 4 + len;
    }
    entries.push({ name, method, flags, compressedSize, uncompressedSize, localHeaderOffset });
    at = next;
  }
  return { ok: true, entries };
}

/** The compressed bytes of an entry (a view, no copy), or null when its local header is damaged. */
export function entryData(bytes: Uint8Array, entry: ZipEntry): Uint8Array | null {
  const dv = view(bytes);
  const at = entry.localHeaderOffset;
  if (at + 30 > bytes.byteLength || dv.getUint32(at, true) !== LOCAL) return null;
  const start = at + 30 + dv.getUint16(at + 26, true) + dv.getUint16(at + 28, true);
  const end = start + entry.compressedSize;
  return end > bytes.byteLength ? null : bytes.subarray(start, end);
}
