/** True when this browser can hand a file to other apps (Signal, WhatsApp, AirDrop…). */
export function canShareFiles(file: File): boolean {
  return typeof navigator.canShare === 'function' && navigator.canShare({ files: [file] });
}

/** Hand a file to another app through the Web Share API. */
export async function shareFile(file: File): Promise<void> {
  await navigator.share({ files: [file] });
}

/** Save a file through the browser's download, from memory (no network). */
export function downloadFile(file: File): void {
  const url = URL.createObjectURL(file);
  const link = document.createElement('a');
  link.href = url;
  link.download = file.name;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Give the download a moment to start before the memory is released.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A neutral, dated file name, e.g. `backup-2026-11-29.pathway`. */
export function datedName(stem: string, extension: string, now = new Date()): string {
  return `${stem}-${now.toISOString().slice(0, 10)}.${extension}`;
}
