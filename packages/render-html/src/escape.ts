const replacements: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Characters removed from every text: the bidirectional controls (marks U+200E, U+200F, U+061C;
 * embeddings and overrides U+202A–U+202E; isolates U+2066–U+2069), which would reorder the text
 * after them (a U+202E in one organ name reversed every name after it), and the C0 and C1 control
 * characters other than tab and line ends, which HTML does not allow.
 */
const unsafe = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Escapes text for HTML element content and quoted attribute values alike: report text such as a
 * township name containing `<script>` or `</style>` comes out as text, never as markup, and
 * bidirectional and control characters in it are dropped (text from an input is data).
 */
export function escapeHtml(value: unknown): string {
  return String(value ?? '')
    .replace(unsafe, '')
    .replace(/[&<>"']/g, (character) => replacements[character]);
}

/** Input text isolated from its neighbours (`<bdi>`): a name written right to left does not reorder the list around it. */
export function isolatedText(value: unknown): string {
  return `<bdi>${escapeHtml(value)}</bdi>`;
}
