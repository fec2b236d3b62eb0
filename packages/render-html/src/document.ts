import { escapeHtml } from './escape.js';
import { documentStyles } from './styles.js';

export interface DocumentParts {
  lang: string;
  title: string;
  body: string;
  /** `official` (default): the GB/T 9704 look of a published report; `working`: a denser page for checking reports. */
  variant?: 'official' | 'working';
}

/**
 * A standalone HTML document: styles inline, no scripts, and a Content-Security-Policy that
 * forbids every external request (and any script), so the file opens the same offline.
 */
export function htmlDocument(parts: DocumentParts): string {
  return `<!DOCTYPE html>
<html lang="${escapeHtml(parts.lang)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(parts.title)}</title>
<style>${documentStyles}</style>
</head>
<body>
<main class="page page--${parts.variant ?? 'official'}">
${parts.body}
</main>
</body>
</html>
`;
}
