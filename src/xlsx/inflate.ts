/**
 * Inflating one zip entry with a ceiling on the output: a zip bomb is stopped once it passes the
 * ceiling, whatever size its header declared, so memory stays bounded. The default uses the web
 * platform's DecompressionStream (browsers, WebView2 and Node 18+); node entry points pass the
 * faster zlib one (nodeInflate.ts).
 */

/** The inflated bytes, or null once the output would pass `maxBytes`. Throws on damaged data. */
export type Inflater = (data: Uint8Array, maxBytes: number) => Promise<Uint8Array | null>;

export const streamInflate: Inflater = async (data, maxBytes) => {
  const stream = new Blob([data as BlobPart]).stream().pipeThrough(new DecompressionStream("deflate-raw"));
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) out.set(c, at), (at += c.byteLength);
  return out;
};
