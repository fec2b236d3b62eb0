/**
 * The part of pdfkit's API this package uses (pdfkit ships no types and `@types/pdfkit` is not a
 * dependency). Internal only: no public type of this package refers to it.
 */
declare module 'pdfkit' {
  interface PDFDocumentOptions {
    size?: string | [number, number];
    margin?: number;
    autoFirstPage?: boolean;
    bufferPages?: boolean;
    compress?: boolean;
    pdfVersion?: string;
    lang?: string;
    displayTitle?: boolean;
    info?: Record<string, string | Date>;
  }

  interface TextOptions {
    lineBreak?: boolean;
    characterSpacing?: number;
    baseline?: 'alphabetic' | 'top' | 'middle' | 'bottom' | number;
    features?: string[];
  }

  class PDFDocument {
    constructor(options?: PDFDocumentOptions);
    info: Record<string, string | Date>;
    page: { width: number; height: number };
    on(event: 'data', listener: (chunk: Uint8Array) => void): this;
    on(event: 'end', listener: () => void): this;
    on(event: 'error', listener: (error: unknown) => void): this;
    end(): void;
    addPage(options?: { size?: string | [number, number]; margin?: number }): this;
    registerFont(name: string, src: Uint8Array | ArrayBuffer | string, family?: string): this;
    font(name: string): this;
    fontSize(size: number): this;
    text(text: string, x: number, y: number, options?: TextOptions): this;
    fillColor(color: string): this;
    strokeColor(color: string): this;
    lineWidth(width: number): this;
    moveTo(x: number, y: number): this;
    lineTo(x: number, y: number): this;
    rect(x: number, y: number, width: number, height: number): this;
    circle(x: number, y: number, radius: number): this;
    stroke(): this;
    fill(color?: string): this;
    fillAndStroke(fill?: string, stroke?: string): this;
    clip(): this;
    save(): this;
    restore(): this;
  }

  export default PDFDocument;
}
