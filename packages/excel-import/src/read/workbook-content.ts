import type { FormDefinition, Organ, ReportSection, ReportTables } from '@report/core';
import type { CellSource } from '@report/core/plugin';

/** What reading found in a workbook, before it becomes a report. */
export interface WorkbookContent {
  form: FormDefinition;
  year?: number;
  organ: Partial<Organ> & { levelText?: string };
  contact?: { person?: string; phone?: string };
  tables: ReportTables;
  cellSources: Record<string, CellSource>;
  sections: ReportSection[];
  /** Whether the workbook had a place for narrative (the template's sheet). */
  hasNarrative: boolean;
}
