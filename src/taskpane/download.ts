/**
 * Hands bytes to the user as a downloaded file, in the browser: an object URL on a temporary link.
 * The URL is revoked after the click has been handled.
 */
export function saveBytes(bytes: Uint8Array, fileName: string, doc: Document = document): void {
  const blob = new Blob([bytes as BlobPart], { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" });
  const url = URL.createObjectURL(blob);
  const a = doc.createElement("a");
  a.href = url;
  a.download = fileName;
  a.rel = "noopener";
  a.style.display = "none";
  doc.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60000);
}
