/**
 * The documents the benchmark renders: a township's full gov-2021 report and a county aggregate
 * of 20 members (the same fixtures the tests use).
 */
export { renderAggregatePdf, renderPdf } from '../src/index.js';
export { countyAggregate, township2021 } from '../src/__fixtures__/reports.js';
