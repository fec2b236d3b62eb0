/**
 * `@report/core/testing` — example reports and the helpers tests of several packages share: a
 * complete, valid report of any form (`createExampleReport`), the deterministic generator behind
 * it (`createRandom`), catching a `ReportError`, and the example form extensions the tests of
 * plugins reuse. No test runner is imported: use them with vitest, node:test or in a demo.
 * `public-api.test.ts` pins this list.
 */
export { createExampleReport, createRandom } from './example-report.js';
export type { ExampleReportOptions } from './example-report.js';
export { catchReportError, rejectedReportError } from './testing/catch-report-error.js';
export { exampleFeeNoticesTable, exampleTransferredRow } from './testing/example-extensions.js';
