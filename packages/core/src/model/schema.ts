import * as z from 'zod';
import type { FormDefinition } from '../forms/types.js';
import { inputLimits } from '../limits.js';
import { organLevels, type Report, type ReportSection } from './report.js';

/** `YYYY-MM-DD` naming a real day (`2023-02-30` is rejected, which `Date.parse` would roll over). */
export function isIsoDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const isoDate = z.string().refine(isIsoDate, { message: 'date' });

/** The issue message of a number beyond `inputLimits.maxCellValue` (`parseReport` gives it its own code). */
export const CELL_TOO_LARGE = 'cell-too-large';

/** A table cell's number (or a member's part of one): finite and at most 10^9 in magnitude. */
const cellNumber = () => z.number().refine((value) => Math.abs(value) <= inputLimits.maxCellValue, { message: CELL_TOO_LARGE, abort: true });

export const organSchema = z.object({
  name: z.string().trim().min(1),
  level: z.enum(organLevels as [string, ...string[]]),
  creditCode: z.string().optional(),
  divisionCode: z.string().optional(),
});

export const sectionSchema: z.ZodType<ReportSection> = z.lazy(() =>
  z.object({
    id: z.string(),
    title: z.string(),
    paragraphs: z.array(z.string()),
    children: z.array(sectionSchema),
  }),
);

const cellSourceSchema = z.object({ file: z.string().optional(), sheet: z.string().optional(), cell: z.string().optional() });

/** Fields every report has, whatever its form. */
export function reportEnvelopeSchema() {
  return z.object({
    schema: z.literal('report/v1'),
    format: z.string().min(1),
    year: z.number().int().min(2000).max(2100),
    organ: organSchema,
    period: z.object({ start: isoDate, end: isoDate }).optional(),
    title: z.string().optional(),
    preface: z.array(z.string()).optional(),
    sections: z.array(sectionSchema).default([]),
    sources: z.array(z.object({ file: z.string(), sha256: z.string().optional() })).optional(),
    cellSources: z.record(z.string(), cellSourceSchema).optional(),
    submittedOn: isoDate.optional(),
    members: z.array(z.object({ organ: organSchema, file: z.string().optional(), sha256: z.string().optional(), layout: z.number().int().min(0).optional() })).optional(),
    memberFigures: z
      .object({ cells: z.array(z.string()), values: z.array(z.array(cellNumber().nullable())) })
      .refine((figures) => figures.values.every((row) => row.length === figures.cells.length), { message: 'every member has one value per cell of memberFigures.cells' })
      .optional(),
    memberLayouts: z.array(z.record(z.string(), cellSourceSchema)).optional(),
    contributions: z
      .record(z.string(), z.array(z.object({ member: z.number().int().min(0), value: cellNumber(), source: cellSourceSchema.optional() })))
      .optional(),
    importProblems: z
      .array(
        z.strictObject({
          code: z.string().min(1).max(100),
          message: z.string().max(2000),
          location: z.strictObject({
            file: z.string().max(500).optional(),
            sheet: z.string().max(500).optional(),
            cell: z.string().max(20).optional(),
            table: z.string().max(100).optional(),
            row: z.string().max(100).optional(),
            column: z.string().max(100).optional(),
            label: z.string().max(500).optional(),
          }),
          help: z.string().max(2000).optional(),
        }),
      )
      .max(10_000)
      .optional(),
  });
}

/**
 * The zod schema of a report in `form`, derived from the form: only the form's tables, rows and
 * columns are accepted, each cell a finite number of magnitude at most `inputLimits.maxCellValue`
 * (10^9: an 18-digit count would make totals inexact) or `null` ("not filled"). Value constraints
 * (non-negative, whole numbers) are checks with diagnostics, not schema errors.
 */
export function createReportSchema(form: FormDefinition): z.ZodType<Report> {
  const cell = cellNumber().nullable().optional();
  const tables = z.strictObject(
    Object.fromEntries(
      form.tables.map((table) => [
        table.id,
        z
          .strictObject(
            Object.fromEntries(
              table.rows.map((row) => [
                row.id,
                z.strictObject(Object.fromEntries((row.columns ?? table.columns.map((c) => c.id)).map((column) => [column, cell]))).optional(),
              ]),
            ),
          )
          .optional(),
      ]),
    ),
  );
  return reportEnvelopeSchema()
    .extend({ format: z.literal(form.id), tables: tables.default({}) })
    .strict() as unknown as z.ZodType<Report>;
}
