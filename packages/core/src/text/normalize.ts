/**
 * Normalises a label for matching: full-width and half-width forms (`（）：，` vs `()：,`, `１．`
 * vs `1.`), every kind of space and line break, straight and curly quotes, and the enumeration comma
 * against the full-width comma. Two labels match when their normal forms are equal.
 */
export function normalizeLabel(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\s\u00a0\u3000\u200b\ufeff]+/g, '')
    .replace(/["'“”‘’「」『』]/g, '')
    .replace(/[、，]/g, ',')
    .replace(/[。]/g, '.')
    .replace(/[—–－]/g, '-')
    .toLowerCase();
}

/** Converts full-width digits, signs and separators to ASCII, e.g. `１，２３４` → `1,234`. */
export function toHalfWidth(text: string): string {
  return text.normalize('NFKC');
}
