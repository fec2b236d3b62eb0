/**
 * The time a run records: now, or `SOURCE_DATE_EPOCH` (seconds) when set, the reproducible-builds
 * convention, so two runs on the same inputs can be compared byte for byte.
 */
export function runClock(): Date {
  const epoch = process.env.SOURCE_DATE_EPOCH;
  return epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : new Date();
}
