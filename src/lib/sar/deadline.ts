/**
 * When a school must answer a subject access request (SAR) under the UK GDPR.
 *
 * The rules come from the ICO's right of access guidance, "What should we consider when responding to
 * a request?" (https://ico.org.uk/for-organisations/uk-gdpr-guidance-and-resources/individual-rights/right-of-access/what-should-we-consider-when-responding-to-a-request/,
 * updated 8 December 2025 for the Data (Use and Access) Act 2025), and from Article 12A of the UK GDPR,
 * which section 76 of that Act inserted with effect from 5 February 2026:
 * - day 1 is the day the request arrives, working day or not; the time limit ends on the same date
 *   in the next month, or on that month's last day when it has no such date;
 * - a deadline on a weekend or bank holiday moves to the end of the next working day;
 * - an extension for a complex request, or several from the same person, runs three months from
 *   day 1, and the requester must be told, with the reasons, within the first month;
 * - when the school asks for proof of identity, the month runs from the day the proof arrives
 *   (Article 12A: the "relevant time" is the latest of the request, the identity information and
 *   any fee);
 * - when the school asks what the request covers, "the period beginning with the day on which the
 *   controller makes the request and ending with the day on which the controller receives the
 *   information does not count" (Article 12A, in the same words as section 54(3C) of the Data
 *   Protection Act 2018), so every day from asking to the reply, both included, is added on.
 */
import {
  addDays,
  addMonths,
  compareDates,
  daysBetween,
  parseIsoDate,
  toIsoDate,
  type CalendarDate,
} from '../dates/calendar';
import { BANK_HOLIDAY_COVERAGE, isCovered } from './bank-holidays';
import { DIVISION_NAMES, isDivision, type Division } from './divisions';
import { formatUkDate, MONTHS } from '../dates/format';
import { rollToWorkingDay, type NonWorkingDay, type WorkingDay } from './working-days';

/** What the school asked the requester for while the clock was stopped. */
export type PauseReason = 'clarification' | 'identity';

export interface SarPause {
  /** The day the school asked for the information, YYYY-MM-DD. */
  from: string;
  /** The day the information arrived, YYYY-MM-DD. */
  to: string;
  /** Clarification of what the request covers (the default), or proof of identity. */
  reason?: PauseReason;
}

export interface SarDeadlineInput {
  /** The day the request arrived, YYYY-MM-DD. */
  received: string;
  /** Which part of the UK's bank holidays apply. */
  division: Division;
  /** Whether the school is extending the time limit by two months. */
  extended: boolean;
  pause?: SarPause;
}

export type SarDeadlineResult =
  | {
      ok: true;
      /** The one-month deadline, YYYY-MM-DD. */
      due: string;
      /** When extending: the day by which the requester must be told (the one-month deadline). */
      tellExtensionBy?: string;
      /** When extending: the three-month deadline. */
      extendedDue?: string;
      /** How the dates were worked out, one plain-English sentence or two per step. */
      steps: string[];
    }
  | { ok: false; error: string };

interface Pause {
  from: CalendarDate;
  to: CalendarDate;
  reason: PauseReason;
  /** Days that do not count: from the day of asking to the day of arrival, both included. */
  days: number;
}

const COVERAGE = `We only have bank holidays from ${BANK_HOLIDAY_COVERAGE.from.year} to ${BANK_HOLIDAY_COVERAGE.to.year}`;

function failure(error: string): SarDeadlineResult {
  return { ok: false, error };
}

function notADate(label: string, text: string): string {
  return `${label} must be a real date written as YYYY-MM-DD, for example 2025-01-31; “${text}” is not.`;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** 29th, 30th, 31st: the days a shorter month can lack. */
function ordinal(day: number): string {
  const teen = day % 100 >= 11 && day % 100 <= 13;
  const suffix = teen ? 'th' : (({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[day % 10] ?? 'th');
  return `${day}${suffix}`;
}

function readPause(pause: SarPause, received: CalendarDate, months: number): Pause | string {
  const reason = pause.reason ?? 'clarification';
  if (reason !== 'clarification' && reason !== 'identity') {
    return `The clock can be stopped for clarification or for proof of identity; “${String(reason)}” is neither.`;
  }
  const from = parseIsoDate(pause.from);
  if (!from) return notADate('The date you asked for the information', pause.from);
  const to = parseIsoDate(pause.to);
  if (!to) return notADate('The date the information arrived', pause.to);
  if (compareDates(from, received) < 0) {
    return `The clock cannot stop before the request arrived: you asked for the information on ${formatUkDate(from, { weekday: true })}, but the request arrived on ${formatUkDate(received, { weekday: true })}.`;
  }
  if (compareDates(to, from) < 0) {
    return `The pause ends before it starts: the information arrived on ${formatUkDate(to, { weekday: true })}, before you asked for it on ${formatUkDate(from, { weekday: true })}.`;
  }
  const limit = addMonths(received, months).date;
  if (compareDates(from, limit) > 0) {
    return `The clock can only be stopped while the time limit is running. It ran to the end of ${formatUkDate(limit, { weekday: true })}, but you asked for the information on ${formatUkDate(from, { weekday: true })}.`;
  }
  return { from, to, reason, days: daysBetween(from, to) + 1 };
}

function describeMonthsOn(
  label: string,
  start: CalendarDate,
  result: { date: CalendarDate; clamped: boolean },
): string {
  const date = formatUkDate(result.date);
  if (!result.clamped) return `${label} is ${date}.`;
  return `${label} is ${date} because ${MONTHS[result.date.month - 1]} has no ${ordinal(start.day)}.`;
}

/** A clarification pause moves a time limit only when it started on or before the limit's last day. */
function moveForPause(end: CalendarDate, pause: Pause | undefined): CalendarDate {
  return pause && compareDates(pause.from, end) <= 0 ? addDays(end, pause.days) : end;
}

/** One sentence per bank holiday, and one per run of weekend days. */
function describeNonWorkingDays(days: readonly NonWorkingDay[], division: Division): string {
  const sentences: string[] = [];
  let weekend: string[] = [];
  const endWeekend = () => {
    if (weekend.length === 1) sentences.push(`${weekend[0]} is a weekend day.`);
    if (weekend.length > 1) sentences.push(`${weekend.join(' and ')} are the weekend.`);
    weekend = [];
  };
  for (const { date, reason } of days) {
    if (reason === 'weekend') {
      weekend.push(formatUkDate(date, { weekday: true }));
      continue;
    }
    endWeekend();
    sentences.push(
      `${formatUkDate(date, { weekday: true })} is a bank holiday in ${DIVISION_NAMES[division]}: ${reason}.`,
    );
  }
  endWeekend();
  return sentences.join(' ');
}

function describeRoll(workingDay: WorkingDay, division: Division, verdict: string): string[] {
  const due = formatUkDate(workingDay.date);
  if (workingDay.skipped.length === 0)
    return [`${formatUkDate(workingDay.date, { weekday: true })} is a working day, so ${verdict} ${due}.`];
  return [
    describeNonWorkingDays(workingDay.skipped, division),
    `The next working day is ${formatUkDate(workingDay.date, { weekday: true })}, so ${verdict} ${due}.`,
  ];
}

export function calculateSarDeadline(input: SarDeadlineInput): SarDeadlineResult {
  const received = parseIsoDate(input.received);
  if (!received) return failure(notADate('The date the request was received', input.received));
  if (!isDivision(input.division)) {
    return failure(
      `Choose England and Wales, Scotland or Northern Ireland; “${String(input.division)}” is not one of them.`,
    );
  }
  if (!isCovered(received)) {
    return failure(`${COVERAGE}; ${formatUkDate(received)} is outside that range, so we cannot work out the deadline.`);
  }
  const pause = input.pause ? readPause(input.pause, received, input.extended ? 3 : 1) : undefined;
  if (typeof pause === 'string') return failure(pause);

  const start = pause?.reason === 'identity' ? pause.to : received;
  const clarification = pause?.reason === 'clarification' ? pause : undefined;
  const steps: string[] = [];
  if (pause?.reason === 'identity') {
    steps.push(
      `Received ${formatUkDate(received, { weekday: true })}.`,
      `You asked for proof of identity on ${formatUkDate(pause.from, { weekday: true })} and it arrived on ${formatUkDate(pause.to, { weekday: true })}. The time limit runs from the day the proof arrives, so ${formatUkDate(pause.to, { weekday: true })} is day 1.`,
    );
  } else {
    steps.push(`Received ${formatUkDate(received, { weekday: true })}: that is day 1.`);
  }

  const oneMonth = addMonths(start, 1);
  const oneMonthEnd = moveForPause(oneMonth.date, clarification);
  steps.push(describeMonthsOn('One month on', start, oneMonth));
  if (clarification) {
    const asked = `You asked for clarification on ${formatUkDate(clarification.from, { weekday: true })} and it arrived on ${formatUkDate(clarification.to, { weekday: true })}.`;
    steps.push(
      compareDates(clarification.from, oneMonth.date) <= 0
        ? `${asked} The days from the day you asked to the day it arrived, both included, do not count, so the clock stopped for ${plural(clarification.days, 'day')} and the time limit moves to ${formatUkDate(oneMonthEnd)}.`
        : `${asked} That was after the first month had ended, so the pause moves only the extended deadline.`,
    );
  }
  const due = rollToWorkingDay(oneMonthEnd, input.division);
  const afterCoverage = `${COVERAGE}; the deadline for this request would fall after ${formatUkDate(BANK_HOLIDAY_COVERAGE.to)}, so we cannot check it for weekends and bank holidays.`;
  if (!due) return failure(afterCoverage);
  steps.push(...describeRoll(due, input.division, 'the response is due by'));
  if (!input.extended) return { ok: true, due: toIsoDate(due.date), steps };

  const threeMonths = addMonths(start, 3);
  const threeMonthEnd = moveForPause(threeMonths.date, clarification);
  steps.push(
    `To extend the time limit because the request is complex, or because this person has made several requests, you must tell them, and explain why, by ${formatUkDate(due.date)}.`,
    describeMonthsOn('With the extension, three months on', start, threeMonths),
  );
  if (clarification) {
    steps.push(
      `Adding the ${plural(clarification.days, 'day')} the clock was stopped gives ${formatUkDate(threeMonthEnd)}.`,
    );
  }
  const extendedDue = rollToWorkingDay(threeMonthEnd, input.division);
  if (!extendedDue) return failure(afterCoverage);
  steps.push(...describeRoll(extendedDue, input.division, 'with the extension the response is due by'));
  return {
    ok: true,
    due: toIsoDate(due.date),
    tellExtensionBy: toIsoDate(due.date),
    extendedDue: toIsoDate(extendedDue.date),
    steps,
  };
}
