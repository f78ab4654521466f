/**
 * One all-day calendar event as an iCalendar file (RFC 5545), so a deadline can go straight into
 * Outlook, Google Calendar or Apple Calendar. Pure: the caller passes the DTSTAMP.
 */
import { addDays, parseIsoDate, type CalendarDate } from '../dates/calendar';

export interface IcsEventInput {
  /** The day of the event, YYYY-MM-DD. */
  date: string;
  title: string;
  description: string;
  /** Globally unique and stable for the same deadline, so re-importing updates the event. */
  uid: string;
  /** When the file was made, as a UTC instant: 2026-11-25T10:00:00Z (milliseconds allowed). */
  stamp: string;
}

const UTC_INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.\d+)?Z$/;

function basicDate({ year, month, day }: CalendarDate): string {
  return `${String(year).padStart(4, '0')}${String(month).padStart(2, '0')}${String(day).padStart(2, '0')}`;
}

function basicUtcInstant(stamp: string): string {
  const match = UTC_INSTANT.exec(stamp);
  if (!match || !parseIsoDate(`${match[1]}-${match[2]}-${match[3]}`)) {
    throw new RangeError(`The stamp must be a UTC instant such as 2026-11-25T10:00:00Z, not "${stamp}"`);
  }
  return `${match[1]}${match[2]}${match[3]}T${match[4]}${match[5]}${match[6]}Z`;
}

/** RFC 5545 section 3.3.11: backslash, semicolon, comma and line breaks are escaped in TEXT. */
function escapeText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

function utf8Length(character: string): number {
  const codePoint = character.codePointAt(0) ?? 0;
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

/**
 * RFC 5545 section 3.1: lines longer than 75 octets are folded with CRLF and a space. Folds fall
 * between characters, never inside a UTF-8 sequence; the leading space counts towards the next line.
 */
function foldLine(line: string): string {
  const lines: string[] = [];
  let current = '';
  let octets = 0;
  for (const character of line) {
    const size = utf8Length(character);
    if (octets + size > 75) {
      lines.push(current);
      current = ' ';
      octets = 1;
    }
    current += character;
    octets += size;
  }
  lines.push(current);
  return lines.join('\r\n');
}

export function toIcsEvent({ date, title, description, uid, stamp }: IcsEventInput): string {
  const day = parseIsoDate(date);
  if (!day) throw new RangeError(`The event date must be YYYY-MM-DD, not "${date}"`);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//school-best-practice//SAR deadline calculator//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${escapeText(uid)}`,
    `DTSTAMP:${basicUtcInstant(stamp)}`,
    `DTSTART;VALUE=DATE:${basicDate(day)}`,
    // An all-day event ends, exclusively, on the next day.
    `DTEND;VALUE=DATE:${basicDate(addDays(day, 1))}`,
    `SUMMARY:${escapeText(title)}`,
    `DESCRIPTION:${escapeText(description)}`,
    // A deadline is a reminder, not time taken out of the day.
    'TRANSP:TRANSPARENT',
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
