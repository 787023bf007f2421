/** decodeURIComponent that leaves a malformed value as it is instead of throwing. */
export function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** A mini-program code's scene is the invite code itself; tolerate a `code=XXXX` scene as well. */
export function codeFromScene(scene: string | undefined): string | undefined {
  if (!scene) return undefined;
  const decoded = safeDecode(scene).trim();
  const match = /(?:^|&)code=([^&]*)/.exec(decoded);
  return (match ? match[1].trim() : decoded) || undefined;
}
