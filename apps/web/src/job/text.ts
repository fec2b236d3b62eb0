import { type Locale } from '@report/core';

export type Text = (zh: string, en: string) => string;

export const textFor = (locale: Locale): Text => (zh, en) => (locale === 'en' ? en : zh);

/** A job error the page shows as one line with what to do (like the CLI's JobError / UsageError). */
export class JobStop extends Error {
  constructor(message: string, readonly hint?: string) {
    super(message);
    this.name = 'JobStop';
  }
}
