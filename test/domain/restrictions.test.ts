import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/domain/errors.js';
import { dayOf, inForceOn, nextDay, restrictionStatusOn, statusChanges, type RestrictionTimeline } from '../../src/domain/restrictions.js';

/** Clause 2 of MOFCOM Announcement 2024 No. 46, suspended by 2025 No. 72 (9 Nov 2025 – 27 Nov 2026). */
const usBan: RestrictionTimeline = {
  announced: '2024-12-03',
  effective: '2024-12-03',
  suspended_from: '2025-11-09',
  suspended_until: '2026-11-27',
  lifted: null,
};

/** MOFCOM/GAC 2025 No. 57: announced 9 Oct, due 8 Nov, suspended on 7 Nov by No. 70 until 10 Nov 2026. */
const heavyRee: RestrictionTimeline = {
  announced: '2025-10-09',
  effective: '2025-11-08',
  suspended_from: '2025-11-07',
  suspended_until: '2026-11-10',
  lifted: null,
};

/** A six-month ban whose term ends (lifted = the first day it no longer applies). */
const scrapBan: RestrictionTimeline = { announced: '2022-04-21', effective: '2022-05-06', suspended_from: null, suspended_until: null, lifted: '2026-04-29' };

describe('restrictionStatusOn', () => {
  it('is null before the measure was announced', () => {
    expect(restrictionStatusOn(usBan, '2024-12-02')).toBeNull();
    expect(restrictionStatusOn(heavyRee, '2025-01-01')).toBeNull();
  });
  it('is announced between publication and the effective date', () => {
    expect(restrictionStatusOn(scrapBan, '2022-04-21')).toBe('announced');
    expect(restrictionStatusOn(scrapBan, '2022-05-05')).toBe('announced');
    expect(restrictionStatusOn(heavyRee, '2025-10-20')).toBe('announced');
  });
  it('is in force from the effective date', () => {
    expect(restrictionStatusOn(usBan, '2024-12-03')).toBe('in_force');
    expect(restrictionStatusOn(usBan, '2025-11-08')).toBe('in_force');
    expect(restrictionStatusOn(scrapBan, '2022-05-06')).toBe('in_force');
  });
  it('is suspended on both the first and the last day of the suspension', () => {
    expect(restrictionStatusOn(usBan, '2025-11-09')).toBe('suspended');
    expect(restrictionStatusOn(usBan, '2025-12-01')).toBe('suspended');
    expect(restrictionStatusOn(usBan, '2026-11-27')).toBe('suspended');
  });
  it('applies again the day after the suspension ends', () => {
    expect(restrictionStatusOn(usBan, '2026-11-28')).toBe('in_force');
  });
  it('keeps a measure suspended before its effective date from ever being in force in between', () => {
    expect(restrictionStatusOn(heavyRee, '2025-11-07')).toBe('suspended');
    expect(restrictionStatusOn(heavyRee, '2025-11-08')).toBe('suspended');
    expect(restrictionStatusOn(heavyRee, '2026-11-11')).toBe('in_force');
  });
  it('is lifted from the lift date on, whatever else', () => {
    expect(restrictionStatusOn(scrapBan, '2026-04-28')).toBe('in_force');
    expect(restrictionStatusOn(scrapBan, '2026-04-29')).toBe('lifted');
    expect(restrictionStatusOn({ ...usBan, lifted: '2026-01-01' }, '2026-02-01')).toBe('lifted');
  });
  it('reads month- and year-precision milestones from their first day', () => {
    const ree: RestrictionTimeline = { announced: '2023-12', effective: '2023-12', suspended_from: null, suspended_until: null, lifted: null };
    expect(restrictionStatusOn(ree, '2023-11-30')).toBeNull();
    expect(restrictionStatusOn(ree, '2023-12-01')).toBe('in_force');
    expect(restrictionStatusOn(ree, '2024')).toBe('in_force');
  });
  it('knows only the lift of a measure whose start is unknown', () => {
    const duty: RestrictionTimeline = { announced: null, effective: null, suspended_from: null, suspended_until: null, lifted: '2025-07-14' };
    expect(restrictionStatusOn(duty, '2025-07-13')).toBeNull();
    expect(restrictionStatusOn(duty, '2025-07-14')).toBe('lifted');
  });
  it('rejects a date that is not a date', () => {
    expect(() => restrictionStatusOn(usBan, '1 Dec 2025')).toThrow(UsageError);
  });
});

describe('inForceOn', () => {
  it('is true only while the measure applies', () => {
    expect(inForceOn(usBan, '2025-06-01')).toBe(true);
    expect(inForceOn(usBan, '2025-12-01')).toBe(false);
    expect(inForceOn(usBan, '2024-01-01')).toBe(false);
  });
});

describe('statusChanges', () => {
  it('lists each change once, oldest first, with the resumption the day after the suspension', () => {
    expect(statusChanges(usBan)).toEqual([
      { date: '2024-12-03', status: 'in_force' },
      { date: '2025-11-09', status: 'suspended' },
      { date: '2026-11-28', status: 'in_force' },
    ]);
  });
  it('skips an effective date that falls inside a suspension', () => {
    expect(statusChanges(heavyRee)).toEqual([
      { date: '2025-10-09', status: 'announced' },
      { date: '2025-11-07', status: 'suspended' },
      { date: '2026-11-11', status: 'in_force' },
    ]);
  });
  it('agrees with restrictionStatusOn on every change date', () => {
    for (const m of [usBan, heavyRee, scrapBan]) for (const c of statusChanges(m)) expect(restrictionStatusOn(m, c.date)).toBe(c.status);
  });
});

describe('dayOf / nextDay', () => {
  it('pads month and year precision and steps across month and year ends', () => {
    expect(dayOf('2023')).toBe('2023-01-01');
    expect(dayOf('2023-12')).toBe('2023-12-01');
    expect(nextDay('2026-11-27')).toBe('2026-11-28');
    expect(nextDay('2025-12-31')).toBe('2026-01-01');
    expect(nextDay('2024-02-28')).toBe('2024-02-29');
  });
});
