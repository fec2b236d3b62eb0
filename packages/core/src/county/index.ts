export { runCountyJob, loadCountyFile } from './run-county-job.js';
export { countyOutputs, checkingJsonText, reportJsonText, countyOutputNames, CHECKING_SCHEMA } from './county-outputs.js';
export type { CountyOutput, CountyOutputKind, CountyOutputOptions } from './county-outputs.js';
export { aggregatingOrgan } from './aggregating-organ.js';
export { CountyJobStop } from './job-stop.js';
export { skipReasonOf, skipReasonText } from './skipped.js';
export { isIncomplete } from './account-files.js';
export { withNarrative } from './narrative.js';
export type * from './types.js';
