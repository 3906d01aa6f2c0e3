import { inflateRawSync } from "node:zlib";
import type { Inflater } from "./inflate";

/** zlib's inflate with its own output ceiling (maxOutputLength): node entry points only. */
export const nodeInflate: Inflater = async (data, maxBytes) => {
  try {
    const out = inflateRawSync(data, { maxOutputLength: Math.max(1, maxBytes) });
    return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
  } catch (e) {
    if (e instanceof RangeError || (e as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE") return null;
    throw e;
  }
};
