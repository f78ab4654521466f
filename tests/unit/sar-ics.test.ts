import { describe, expect, it } from 'vitest';
import { toIcsEvent, type IcsEventInput } from '../../src/lib/sar';

const event: IcsEventInput = {
  date: '2025-02-28',
  title: 'Subject access request due',
  description: 'Respond by the end of the day.',
  uid: 'sar-2025-01-31@bestpractice.schools.example',
  stamp: '2026-11-25T10:00:00Z',
};

/** The logical lines of a calendar: folds undone, CRLF separators removed. */
const unfold = (ics: string) => ics.replace(/\r\n /g, '').split('\r\n');

describe('an all-day calendar event', () => {
  it('is a complete VCALENDAR with one VEVENT, ending in CRLF', () => {
    const lines = unfold(toIcsEvent(event));
    expect(lines).toEqual([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//school-best-practice//SAR deadline calculator//EN',
      'CALSCALE:GREGORIAN',
      'METHOD:PUBLISH',
      'BEGIN:VEVENT',
      'UID:sar-2025-01-31@bestpractice.schools.example',
      'DTSTAMP:20261125T100000Z',
      'DTSTART;VALUE=DATE:20250228',
      'DTEND;VALUE=DATE:20250301',
      'SUMMARY:Subject access request due',
      'DESCRIPTION:Respond by the end of the day.',
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
      'END:VCALENDAR',
      '',
    ]);
  });

  it('uses CRLF for every line break', () => {
    const ics = toIcsEvent({ ...event, description: 'One\nTwo\r\nThree' });
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it.each([
    ['2025-12-31', '20251231', '20260101'],
    ['2028-02-28', '20280228', '20280229'],
  ])('ends the day after %s', (date, start, end) => {
    const lines = unfold(toIcsEvent({ ...event, date }));
    expect(lines).toContain(`DTSTART;VALUE=DATE:${start}`);
    expect(lines).toContain(`DTEND;VALUE=DATE:${end}`);
  });

  it('takes its DTSTAMP from the caller, with or without milliseconds', () => {
    expect(toIcsEvent({ ...event, stamp: '2026-01-02T03:04:05.678Z' })).toContain('DTSTAMP:20260102T030405Z\r\n');
    expect(toIcsEvent(event)).toBe(toIcsEvent({ ...event }));
  });

  it('escapes backslashes, semicolons, commas and new lines', () => {
    const lines = unfold(
      toIcsEvent({ ...event, title: 'Reply, in full; see H:\\SAR', description: 'Line one\nLine two' }),
    );
    expect(lines).toContain('SUMMARY:Reply\\, in full\\; see H:\\\\SAR');
    expect(lines).toContain('DESCRIPTION:Line one\\nLine two');
  });

  it('folds long lines at 75 octets without splitting a character', () => {
    const description = 'Ask the data protection officer’s team — 📅 check the diary, then reply. '.repeat(6);
    const ics = toIcsEvent({ ...event, description });
    const physical = ics.split('\r\n');
    for (const line of physical) {
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
      expect(line).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
    }
    expect(physical.filter((line) => line.startsWith(' ')).length).toBeGreaterThan(3);
    expect(unfold(ics)).toContain(`DESCRIPTION:${description.replace(/,/g, '\\,')}`);
  });

  it('refuses a date or stamp it cannot write', () => {
    expect(() => toIcsEvent({ ...event, date: '2025-02-29' })).toThrow(RangeError);
    expect(() => toIcsEvent({ ...event, stamp: '2026-11-25 10:00' })).toThrow(RangeError);
    expect(() => toIcsEvent({ ...event, stamp: '2026-02-30T10:00:00Z' })).toThrow(RangeError);
  });
});
