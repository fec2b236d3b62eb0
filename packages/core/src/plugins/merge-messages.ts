import type { MessageOverrides } from '../diagnostics/create.js';
import type { Locale } from '../diagnostics/types.js';

/** Message overrides merged per locale and code, later layers winning. */
export function mergeMessages(...layers: Array<MessageOverrides | undefined>): MessageOverrides {
  const merged: MessageOverrides = {};
  for (const layer of layers) {
    for (const [locale, templates] of Object.entries(layer ?? {}) as Array<[Locale, Record<string, string>]>) {
      merged[locale] = { ...merged[locale], ...templates };
    }
  }
  return merged;
}
