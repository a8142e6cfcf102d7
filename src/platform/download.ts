/**
 * Offers data to the reader or the author as a file download (a save, the
 * studio's zip and exported page), through a temporary object URL (allowed by
 * the page's CSP), and tidies up after itself.
 */
export function downloadBlob(name: string, data: Uint8Array | string, type: string): void {
  const part: BlobPart = typeof data === 'string' ? data : new Uint8Array(data);
  const url = URL.createObjectURL(new Blob([part], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A save file: JSON text. */
export function downloadText(name: string, text: string): void {
  downloadBlob(name, text, 'application/json');
}
