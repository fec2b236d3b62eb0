import {
  createDiagnostic,
  type Diagnostic,
  type DiagnosticCode,
  type DiagnosticLocation,
  type FormDefinition,
  type Locale,
  type MessageOptions,
  type TableDefinition,
} from '@report/core';
import { cellLabel } from '@report/core/plugin';
import { pick } from '../locale.js';

/** Collects the diagnostics of reading one file; every location carries the file name. */
export class DiagnosticSink {
  readonly diagnostics: Diagnostic[] = [];
  readonly locale: Locale;

  constructor(
    readonly file: string,
    readonly messageOptions: MessageOptions,
  ) {
    this.locale = messageOptions.locale ?? 'zh-CN';
  }

  /** `code` is a built-in code: a typo fails to compile. */
  add(code: DiagnosticCode, params: Record<string, string | number> = {}, location: DiagnosticLocation = {}, extra: { expected?: string | number; actual?: string | number } = {}): void {
    this.diagnostics.push(createDiagnostic({ code, params, location: { file: this.file, ...location }, ...extra }, this.messageOptions));
  }

  text(zh: string, en: string): string {
    return pick(this.locale, zh, en);
  }

  /** `工作表“表三”D7（表三 / 一、本年新收… / 自然人）`: where a cell is, for messages. */
  cellPlace(form: FormDefinition, table: TableDefinition, row: string, column: string, sheet: string, address: string): string {
    const label = cellLabel(form, table, row, column, this.locale);
    return this.text(`工作表“${sheet}”${address}（${label}）`, `sheet "${sheet}" ${address} (${label})`);
  }

  /** `工作表“表三”D5、E7`: cells of one sheet for messages. */
  cellsOnSheet(sheet: string, addresses: string[]): string {
    return this.text(`工作表“${sheet}”${this.cellList(addresses)}`, `sheet "${sheet}" ${this.cellList(addresses)}`);
  }

  /** A short list of cells for messages: `D5、E7、F9…（共 12 个）`. */
  cellList(addresses: string[]): string {
    const shown = addresses.slice(0, 8).join(this.text('、', ', '));
    return addresses.length > 8 ? this.text(`${shown}…（共 ${addresses.length} 个）`, `${shown}… (${addresses.length} in all)`) : shown;
  }
}
