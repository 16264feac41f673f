/** Pure colour helpers for following the page's light or dark theme. */

/** Parses `rgb()`/`rgba()` as computed styles report them; null when transparent or unknown. */
export function parseRgb(css: string): { r: number; g: number; b: number } | null {
  const m = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/.exec(css.trim());
  if (!m) return null;
  const alpha = m[4] === undefined ? 1 : m[4].endsWith('%') ? parseFloat(m[4]) / 100 : parseFloat(m[4]);
  if (alpha < 0.5) return null;
  return { r: Number(m[1]), g: Number(m[2]), b: Number(m[3]) };
}

/** True for a background dark enough that light text reads better (WCAG relative luminance). */
export function isDarkBackground(css: string): boolean | null {
  const rgb = parseRgb(css);
  if (!rgb) return null;
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * lin(rgb.r) + 0.7152 * lin(rgb.g) + 0.0722 * lin(rgb.b);
  return luminance < 0.2;
}
