// Twelve hues at least 20° apart that stay readable as dark text on a pale ground.
const HUES = [210, 0, 140, 30, 270, 100, 330, 180, 50, 240, 300, 160] as const;

/**
 * A stable colour hue (0–359) for an author's name, so each reviewer's changes keep one colour
 * in the text and in the changes panel. Names are hashed (FNV-1a) onto a fixed set of distinct
 * hues, so two authors either share a colour or are clearly told apart, never two near shades.
 */
export function authorHue(author: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < author.length; i++) {
    hash ^= author.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return HUES[(hash >>> 0) % HUES.length]!;
}
