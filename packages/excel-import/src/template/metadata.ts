/** Name of the very hidden sheet that makes a template read back exactly. */
export const META_SHEET = '__report_template';

/** Version of the template layout and its metadata; a reader reads versions up to its own. */
export const TEMPLATE_VERSION = 1;

/**
 * One row of the metadata sheet: `[kind, id, sheet, address, text]`.
 * - `form`/`version`/`year`/`locale`: `id` holds the value;
 * - `table`: table `id`'s printed grid (`layoutTable`) starts at `sheet!address`, which gives the
 *   map of its input cells and the labels to check;
 * - `field`: a cover field (`organ.name`, `organ.level`, `organ.creditCode`, `organ.divisionCode`,
 *   `contact.person`, `contact.phone`) at `sheet!address`;
 * - `section`: a narrative section id, its text cell;
 * - `label`: a cover or narrative label cell the reader checks (`text`) to notice a modified template.
 */
export type MetaKind = 'form' | 'version' | 'year' | 'locale' | 'table' | 'field' | 'section' | 'label';

export interface MetaRow {
  kind: MetaKind;
  id: string;
  sheet?: string;
  address?: string;
  text?: string;
}

export function metaRowValues(row: MetaRow): string[] {
  return [row.kind, row.id, row.sheet ?? '', row.address ?? '', row.text ?? ''];
}
