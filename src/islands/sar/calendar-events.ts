import { formatUkDate } from '../../lib/dates/format';
import { DIVISION_NAMES, toIcsEvent, type Division, type SarDeadlineResult } from '../../lib/sar';

/** One "Add to calendar" button: what it says, the file it saves, and that file's text when clicked. */
export interface CalendarDownload {
  label: string;
  fileName: string;
  /** `host` makes each event's UID unique to this site; `stamp` (now, ISO UTC) is the DTSTAMP. */
  toIcs(host: string, stamp: string): string;
}

interface Request {
  received: string;
  division: Division;
  result: Extract<SarDeadlineResult, { ok: true }>;
}

/** The deadline as a calendar event and, when extending, the day to tell the requester by. */
export function calendarDownloads({ received, division, result }: Request): CalendarDownload[] {
  const description = [
    `Subject access request received ${formatUkDate(received, { weekday: true })} (bank holidays: ${DIVISION_NAMES[division]}).`,
    '',
    ...result.steps,
  ].join('\n');
  const event = (kind: string, date: string, title: string, label: string): CalendarDownload => ({
    label,
    fileName: `sar-${kind}-${date}.ics`,
    // The same request and deadline give the same UID, so importing the file again updates the event.
    toIcs: (host, stamp) =>
      toIcsEvent({ date, title, description, uid: `sar-${kind}-${date}-received-${received}@${host}`, stamp }),
  });
  if (!result.extendedDue || !result.tellExtensionBy) {
    return [event('due', result.due, 'Subject access request: response due', 'Add to calendar')];
  }
  return [
    event(
      'due',
      result.extendedDue,
      'Subject access request: response due (extended)',
      'Add the extended deadline to calendar',
    ),
    event(
      'tell-by',
      result.tellExtensionBy,
      'Subject access request: tell the requester about the extension',
      'Add the date to tell them by to calendar',
    ),
  ];
}
