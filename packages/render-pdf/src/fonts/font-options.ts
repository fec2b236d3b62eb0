import type { FontRole } from './font-roles.js';

/** Font bytes: a TTF, OTF, TTC or WOFF 1.0 file. */
export type FontData = Uint8Array | ArrayBuffer;

/**
 * A font given by the caller: its bytes, or (Node only) a file path. For a collection (.ttc),
 * `postscriptName` names the face; `name` is how the output reports it.
 */
export type FontInput =
  | FontData
  | string
  | { data: FontData; postscriptName?: string; name?: string }
  | { path: string; postscriptName?: string; name?: string };

/** Fonts by role; `default` serves every role not named. */
export type FontOptions = Partial<Record<FontRole | 'default', FontInput>>;
