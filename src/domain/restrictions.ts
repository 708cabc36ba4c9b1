import { UsageError } from './errors.js';
import type { RestrictionStatus } from './records.js';

/**
 * The status of an export-restriction measure on a date, from its dated milestones. Pure: the
 * CLI (`lodestone restrictions --on DATE`), the country profile and the importer's status history
 * all use it, so "which restrictions are in force on a date" has one answer.
 *
 * Conventions (docs/methods.md):
 * - `announced` — the day the measure was published; `effective` — the first day it applies.
 * - `suspended_from` … `suspended_until` — the suspension, both days included; the measure
 *   applies again the day after `suspended_until` (e.g. MOFCOM Announcement 2025 No. 72 suspends
 *   clause 2 of 2024 No. 46 "from 9 November 2025 until 27 November 2026").
 * - `lifted` — the first day the measure no longer applies (repealed or its term ended).
 * - Dates given to the month or year count from their first day ("2023-12" = 2023-12-01).
 */
export interface RestrictionTimeline {
  announced: string | null;
  effective: string | null;
  suspended_from: string | null;
  suspended_until: string | null;
  lifted: string | null;
}

const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** "2023" → "2023-01-01", "2023-12" → "2023-12-01"; anything not a date is a UsageError. */
export function dayOf(date: string): string {
  if (!DATE.test(date)) throw new UsageError(`"${date}" is not a date`, 'use YYYY-MM-DD (or YYYY-MM, YYYY)');
  if (date.length === 4) return `${date}-01-01`;
  if (date.length === 7) return `${date}-01`;
  return date;
}

/** The day after a YYYY-MM-DD date. */
export function nextDay(date: string): string {
  const d = new Date(`${dayOf(date)}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

function onOrBefore(milestone: string | null, day: string): boolean {
  return milestone !== null && dayOf(milestone) <= day;
}

/**
 * The measure's status on `date`, or null when it had not been announced (nor taken effect) yet.
 * Order of precedence: lifted, then suspended, then in force, then announced.
 */
export function restrictionStatusOn(measure: RestrictionTimeline, date: string): RestrictionStatus | null {
  const day = dayOf(date);
  if (onOrBefore(measure.lifted, day)) return 'lifted';
  const started = onOrBefore(measure.announced, day) || onOrBefore(measure.effective, day);
  if (!started) return null;
  if (onOrBefore(measure.suspended_from, day) && (measure.suspended_until === null || day <= dayOf(measure.suspended_until))) return 'suspended';
  if (onOrBefore(measure.effective, day)) return 'in_force';
  return 'announced';
}

export function inForceOn(measure: RestrictionTimeline, date: string): boolean {
  return restrictionStatusOn(measure, date) === 'in_force';
}

/**
 * The dated status changes implied by the milestones, oldest first: one entry on each day the
 * status changes. Built from restrictionStatusOn itself, so the stored history never disagrees
 * with it.
 */
export function statusChanges(measure: RestrictionTimeline): { date: string; status: RestrictionStatus }[] {
  const days = new Set<string>();
  for (const d of [measure.announced, measure.effective, measure.suspended_from, measure.lifted]) if (d) days.add(dayOf(d));
  if (measure.suspended_until) days.add(nextDay(measure.suspended_until));
  const out: { date: string; status: RestrictionStatus }[] = [];
  let previous: RestrictionStatus | null = null;
  for (const day of [...days].sort()) {
    const status = restrictionStatusOn(measure, day);
    if (status !== null && status !== previous) out.push({ date: day, status });
    previous = status;
  }
  return out;
}
