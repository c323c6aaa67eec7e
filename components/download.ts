/** Saves text as a file through the browser's own download (no permission needed). */
export function download(filename: string, text: string, type: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export const dated = (name: string, extension: string, now = new Date()) =>
  `${name}-${now.toISOString().slice(0, 10)}.${extension}`;
