/**
 * `@propriety/core`: parse, check, compile and run Propriety rule packs.
 *
 * @packageDocumentation
 */
export type { Activity, ActivityInput } from './schema/activity.js';
export type { PackIR } from './ir/schema.js';
export type { Report, Finding, Span, Verdict, Severity } from './findings/report.js';
