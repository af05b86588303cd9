// The scanner as a library: the scan itself, and the pure parts its command and tests use.
export { durationDays, MONTH_DAYS, STATISTICS_MAX_DAYS } from '../../../src/consent/duration.js';
export { namesPattern } from '../../../src/consent/names.js';
export { suggestedId } from '../../../src/consent/suggested-id.js';
export { parseCli } from './args.js';
export { lookup, services } from './catalogue.js';
export { ScanError } from './errors.js';
export { findingsOf, outlives, statisticsLimit } from './findings.js';
export { CONSENT_KINDS, entriesReport, exitStatus, painter, textReport } from './report.js';
export { scan, type ScanOptions } from './scan.js';
export { siteOf } from './site.js';
export { durationText, entriesHtml, mergeSuggestions, suggestionFor } from './suggest.js';
export * from './types.js';
