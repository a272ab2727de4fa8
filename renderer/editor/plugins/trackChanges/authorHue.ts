/**
 * A stable colour hue (0–359) for an author's name, so each reviewer's changes keep one colour
 * in the text and in the changes panel.
 */
export function authorHue(author: string): number {
  let hash = 0;
  for (let i = 0; i < author.length; i++) hash = (hash * 31 + author.charCodeAt(i)) | 0;
  // Golden-angle steps spread similar names over the wheel.
  return Math.abs(Math.round(hash * 137.508)) % 360;
}
