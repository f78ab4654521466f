import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import data from '../../src/data/uk-bank-holidays.json';
import { calculateSarDeadline, DIVISIONS, type Division, type SarDeadlineInput } from '../../src/lib/sar';
import { addDays, addMonths, compareDates, isWeekend, parseIsoDate, toIsoDate } from '../../src/lib/dates/calendar';

/** Runs the calculator and fails the test when it refuses. */
function deadline(input: Partial<SarDeadlineInput> & { received: string }) {
  const result = calculateSarDeadline({ division: 'england-and-wales', extended: false, ...input });
  if (!result.ok) throw new Error(`refused: ${result.error}`);
  return result;
}

function refusal(input: Partial<SarDeadlineInput> & { received: string }): string {
  const result = calculateSarDeadline({ division: 'england-and-wales', extended: false, ...input });
  if (result.ok) throw new Error(`expected a refusal, got due ${result.due}`);
  return result.error;
}

const dueIn = (division: Division, received: string) => deadline({ received, division }).due;

describe('one month from the day of receipt', () => {
  it('counts the day of receipt as day 1 and ends on the same date next month', () => {
    expect(dueIn('england-and-wales', '2025-01-03')).toBe('2025-02-03');
  });

  // ICO, "What should we consider when responding to a request?", updated 8 December 2025:
  // https://ico.org.uk/for-organisations/uk-gdpr-guidance-and-resources/individual-rights/right-of-access/what-should-we-consider-when-responding-to-a-request/
  // "A request is received on 1 January (a bank holiday), so the one-month period ends at the end of 1 February."
  it('starts on the day of receipt even when that is a bank holiday (ICO example, 1 January)', () => {
    expect(dueIn('england-and-wales', '2024-01-01')).toBe('2024-02-01');
  });

  // ICO, SAR checklist for small organisations: https://ico.org.uk/global/sar-checklist-for-smes/i-need-to-complete-a-sar
  // "if an organisation receives a request on 3 September, the time limit will start from the same day.
  // This gives the organisation until 3 October to comply with the request."
  it('gives until 3 October for a request of 3 September (ICO example)', () => {
    expect(dueIn('scotland', '2024-09-03')).toBe('2024-10-03');
  });

  it('counts a request that arrives at the weekend from that day', () => {
    // Sunday 2 February 2025; Sunday 2 March moves to Monday 3 March.
    expect(dueIn('england-and-wales', '2025-02-02')).toBe('2025-03-03');
  });
});

describe('months without the same date', () => {
  it.each([
    ['2025-01-31', '2025-02-28'],
    ['2028-01-31', '2028-02-29'],
    ['2025-01-30', '2025-02-28'],
    ['2028-01-30', '2028-02-29'],
    ['2025-01-29', '2025-02-28'],
    ['2028-01-29', '2028-02-29'],
    ['2025-03-31', '2025-04-30'],
    ['2025-08-31', '2025-09-30'],
  ])('a request of %s is due on %s', (received, due) => {
    expect(dueIn('england-and-wales', received)).toBe(due);
  });

  it('explains each step in plain English', () => {
    expect(deadline({ received: '2025-01-31' }).steps).toEqual([
      'Received Friday 31 January 2025: that is day 1.',
      'One month on is 28 February 2025 because February has no 31st.',
      'Friday 28 February 2025 is a working day, so the response is due by 28 February 2025.',
    ]);
  });

  it('names the missing date only when there is one', () => {
    expect(deadline({ received: '2025-01-29' }).steps[1]).toBe(
      'One month on is 28 February 2025 because February has no 29th.',
    );
    expect(deadline({ received: '2028-01-29' }).steps[1]).toBe('One month on is 29 February 2028.');
  });

  // ICO (page above): "A request received on 31 January will run until the end of 28 February (or 29 February
  // in a leap year). If that date falls on a weekend, the deadline is the end of the next Monday."
  it('moves 28 February to the next Monday when it is a Saturday (ICO example, 2026)', () => {
    expect(dueIn('england-and-wales', '2026-01-31')).toBe('2026-03-02');
  });
});

describe('weekends and bank holidays in each part of the UK', () => {
  it('moves a Saturday deadline to Monday and says why', () => {
    const result = deadline({ received: '2025-02-01' });
    expect(result.due).toBe('2025-03-03');
    expect(result.steps.slice(-2)).toEqual([
      'Saturday 1 March 2025 and Sunday 2 March 2025 are the weekend.',
      'The next working day is Monday 3 March 2025, so the response is due by 3 March 2025.',
    ]);
  });

  // ICO (page above): "A request is received on Monday 25 November. The time to respond will run until the end
  // of Friday 27 December. This is because 25 and 26 December are both bank holidays." (2024)
  it.each(DIVISIONS)('moves 25 December 2024 past Boxing Day in %s (ICO example)', (division) => {
    expect(dueIn(division, '2024-11-25')).toBe('2024-12-27');
  });

  it.each(DIVISIONS)('passes Christmas, the weekend and the substitute Boxing Day in 2026 in %s', (division) => {
    expect(dueIn(division, '2026-11-25')).toBe('2026-12-29');
  });

  it.each(DIVISIONS)('passes the weekend and both substitute days at Christmas 2027 in %s', (division) => {
    const result = deadline({ received: '2027-11-25', division });
    expect(result.due).toBe('2027-12-29');
    expect(result.steps.at(-2)).toContain('Monday 27 December 2027 is a bank holiday');
    expect(result.steps.at(-2)).toContain('Tuesday 28 December 2027 is a bank holiday');
  });

  it('passes Good Friday, the weekend and Easter Monday in England and Wales and Northern Ireland, but not Easter Monday in Scotland', () => {
    expect(dueIn('england-and-wales', '2025-03-18')).toBe('2025-04-22');
    expect(dueIn('northern-ireland', '2025-03-18')).toBe('2025-04-22');
    expect(dueIn('scotland', '2025-03-18')).toBe('2025-04-21');
    expect(deadline({ received: '2025-03-18' }).steps.at(-2)).toBe(
      'Friday 18 April 2025 is a bank holiday in England and Wales: Good Friday. ' +
        'Saturday 19 April 2025 and Sunday 20 April 2025 are the weekend. ' +
        'Monday 21 April 2025 is a bank holiday in England and Wales: Easter Monday.',
    );
  });

  it('treats Easter Monday as a working day in Scotland', () => {
    expect(dueIn('scotland', '2026-03-06')).toBe('2026-04-06');
    expect(dueIn('england-and-wales', '2026-03-06')).toBe('2026-04-07');
  });

  it('passes Scotland’s 2 January and the weekend after it', () => {
    expect(dueIn('scotland', '2025-12-02')).toBe('2026-01-05');
    expect(dueIn('england-and-wales', '2025-12-02')).toBe('2026-01-02');
  });

  it('passes the substitute days when New Year falls at the weekend', () => {
    // Saturday 1 January 2028: Monday 3 January everywhere, and Tuesday 4 January in Scotland.
    expect(dueIn('england-and-wales', '2027-12-01')).toBe('2028-01-04');
    expect(dueIn('scotland', '2027-12-01')).toBe('2028-01-05');
  });

  it('passes Scotland’s substitute St Andrew’s Day', () => {
    expect(dueIn('scotland', '2025-11-01')).toBe('2025-12-02');
    expect(dueIn('england-and-wales', '2025-11-01')).toBe('2025-12-01');
  });

  it('passes each summer bank holiday only where it applies', () => {
    expect(dueIn('scotland', '2025-07-04')).toBe('2025-08-05');
    expect(dueIn('england-and-wales', '2025-07-04')).toBe('2025-08-04');
    expect(dueIn('england-and-wales', '2025-07-25')).toBe('2025-08-26');
    expect(dueIn('scotland', '2025-07-25')).toBe('2025-08-25');
  });

  it('passes St Patrick’s Day in Northern Ireland only', () => {
    expect(dueIn('northern-ireland', '2026-02-17')).toBe('2026-03-18');
    expect(dueIn('england-and-wales', '2026-02-17')).toBe('2026-03-17');
  });

  it('passes the Battle of the Boyne in Northern Ireland only, on 12 July or its substitute', () => {
    expect(dueIn('northern-ireland', '2028-06-12')).toBe('2028-07-13');
    expect(dueIn('england-and-wales', '2028-06-12')).toBe('2028-07-12');
    expect(dueIn('northern-ireland', '2026-06-13')).toBe('2026-07-14');
    expect(dueIn('scotland', '2026-06-13')).toBe('2026-07-13');
  });

  it('always lands on the first working day on or after the same date next month', () => {
    const holidays = new Map(
      DIVISIONS.map((division) => [division, new Set(data.divisions[division].map(({ date }) => date))]),
    );
    const isWorkingDay = (iso: string, division: Division) => {
      const date = parseIsoDate(iso);
      return date !== null && !isWeekend(date) && !holidays.get(division)?.has(iso);
    };
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2465 }), fc.constantFrom(...DIVISIONS), (offset, division) => {
        const received = addDays({ year: 2024, month: 1, day: 1 }, offset);
        const { due } = deadline({ received: toIsoDate(received), division });
        const due1 = parseIsoDate(due);
        if (!due1) throw new Error(due);
        expect(isWorkingDay(due, division)).toBe(true);
        for (let day = addMonths(received, 1).date; compareDates(day, due1) < 0; day = addDays(day, 1)) {
          expect(isWorkingDay(toIsoDate(day), division)).toBe(false);
        }
      }),
    );
  });
});

describe('extending by two months', () => {
  it('leaves the extension out unless asked for', () => {
    const result = deadline({ received: '2025-03-03' });
    expect(result).not.toHaveProperty('extendedDue');
    expect(result).not.toHaveProperty('tellExtensionBy');
  });

  // ICO (page above, before the 2025 update): "You should calculate the extension as three months from the
  // original start date, ie the day you receive the request, fee or other requested information."
  it.each([
    ['2024-11-30', '2024-12-30', '2025-02-28'],
    ['2027-11-30', '2027-12-30', '2028-02-29'],
    // 28 February 2026 is a Saturday.
    ['2025-11-30', '2025-12-30', '2026-03-02'],
  ])('counts three months across the year end from %s', (received, due, extendedDue) => {
    const result = deadline({ received, extended: true });
    expect(result.due).toBe(due);
    expect(result.tellExtensionBy).toBe(due);
    expect(result.extendedDue).toBe(extendedDue);
  });

  it('uses the last day of a shorter month and says so', () => {
    const result = deadline({ received: '2025-01-31', extended: true });
    expect(result.extendedDue).toBe('2025-04-30');
    expect(result.steps).toContain('With the extension, three months on is 30 April 2025 because April has no 31st.');
    expect(result.steps).toContain(
      'To extend the time limit because the request is complex, or because this person has made several requests, you must tell them, and explain why, by 28 February 2025.',
    );
  });

  it('moves the extended deadline off bank holidays too', () => {
    expect(deadline({ received: '2025-01-18', extended: true }).extendedDue).toBe('2025-04-22');
    expect(deadline({ received: '2025-01-18', extended: true, division: 'scotland' }).extendedDue).toBe('2025-04-21');
  });
});

describe('stopping the clock for clarification', () => {
  // UK GDPR Article 12A, like section 54(3C) of the Data Protection Act 2018
  // (https://www.legislation.gov.uk/ukpga/2018/12/section/54): "the period beginning with the day on which the
  // controller makes the request and ending with the day on which the controller receives the information
  // does not count towards the applicable time period".
  it('adds the days from asking to the reply, both included', () => {
    const result = deadline({ received: '2025-03-03', pause: { from: '2025-03-05', to: '2025-03-11' } });
    expect(result.due).toBe('2025-04-10');
    expect(result.steps[2]).toBe(
      'You asked for clarification on Wednesday 5 March 2025 and it arrived on Tuesday 11 March 2025. ' +
        'The days from the day you asked to the day it arrived, both included, do not count, so the clock stopped for 7 days and the time limit moves to 10 April 2025.',
    );
  });

  it('counts one day when the reply comes the same day', () => {
    const result = deadline({ received: '2025-03-03', pause: { from: '2025-03-03', to: '2025-03-03' } });
    expect(result.due).toBe('2025-04-04');
    expect(result.steps[2]).toContain('the clock stopped for 1 day ');
  });

  it('treats a pause without a reason as clarification', () => {
    const pause = { from: '2025-03-05', to: '2025-03-11' };
    expect(deadline({ received: '2025-03-03', pause })).toEqual(
      deadline({ received: '2025-03-03', pause: { ...pause, reason: 'clarification' } }),
    );
  });

  it('uses the month end first, then adds the paused days, then finds a working day', () => {
    // 28 February 2025 plus 2 days is Sunday 2 March.
    expect(deadline({ received: '2025-01-31', pause: { from: '2025-02-03', to: '2025-02-04' } }).due).toBe(
      '2025-03-03',
    );
  });

  it('can push the deadline onto Easter, which then moves it on', () => {
    const pause = { from: '2025-03-10', to: '2025-03-19' };
    expect(deadline({ received: '2025-03-10', pause }).due).toBe('2025-04-22');
    expect(deadline({ received: '2025-03-10', pause, division: 'scotland' }).due).toBe('2025-04-21');
  });

  it('moves the date to tell them about an extension and the extended deadline alike', () => {
    const result = deadline({
      received: '2025-03-03',
      extended: true,
      pause: { from: '2025-03-05', to: '2025-03-11' },
    });
    expect(result.tellExtensionBy).toBe('2025-04-10');
    expect(result.extendedDue).toBe('2025-06-10');
  });

  it('moves only the extended deadline when the clock stopped after the first month', () => {
    const result = deadline({
      received: '2025-03-03',
      extended: true,
      pause: { from: '2025-04-10', to: '2025-04-11' },
    });
    expect(result.due).toBe('2025-04-03');
    expect(result.extendedDue).toBe('2025-06-05');
  });
});

describe('waiting for proof of identity', () => {
  // ICO (page above): "You must comply with a SAR without undue delay and at the latest within one month of
  // receipt of the request or within one month of receipt of: any information you request to confirm the
  // identity of the person the information is about".
  it('starts the month on the day the proof arrives', () => {
    const result = deadline({
      received: '2025-03-03',
      pause: { from: '2025-03-04', to: '2025-03-12', reason: 'identity' },
    });
    expect(result.due).toBe('2025-04-14');
    expect(result.steps.slice(0, 3)).toEqual([
      'Received Monday 3 March 2025.',
      'You asked for proof of identity on Tuesday 4 March 2025 and it arrived on Wednesday 12 March 2025. The time limit runs from the day the proof arrives, so Wednesday 12 March 2025 is day 1.',
      'One month on is 12 April 2025.',
    ]);
  });

  it('counts an extension from the day the proof arrives', () => {
    const pause = { from: '2025-03-04', to: '2025-03-12', reason: 'identity' } as const;
    expect(deadline({ received: '2025-03-03', extended: true, pause }).extendedDue).toBe('2025-06-12');
  });
});

describe('refusing what cannot be worked out', () => {
  it.each(['2025-02-29', '2025-13-01', '2025-01-32', '31/01/2025', '2025-1-5', ''])(
    'refuses the received date %j',
    (received) => {
      expect(refusal({ received })).toMatch(
        /^The date the request was received must be a real date written as YYYY-MM-DD/,
      );
    },
  );

  it('refuses an unknown part of the UK', () => {
    expect(refusal({ received: '2025-03-03', division: 'wales' as Division })).toContain(
      'Choose England and Wales, Scotland or Northern Ireland',
    );
  });

  it.each(['2023-12-31', '2031-01-01'])(
    'refuses a request received on %s, outside the bank holiday data',
    (received) => {
      expect(refusal({ received })).toMatch(/^We only have bank holidays from 2024 to 2030; .* is outside that range/);
    },
  );

  it('refuses a deadline that would fall after 2030', () => {
    expect(refusal({ received: '2030-12-15' })).toMatch(
      /^We only have bank holidays from 2024 to 2030; the deadline for this request would fall after 31 December 2030/,
    );
    expect(refusal({ received: '2030-10-15', extended: true })).toMatch(/would fall after 31 December 2030/);
  });

  it('refuses a pause that ends before it starts', () => {
    expect(refusal({ received: '2025-03-03', pause: { from: '2025-03-10', to: '2025-03-07' } })).toBe(
      'The pause ends before it starts: the information arrived on Friday 7 March 2025, before you asked for it on Monday 10 March 2025.',
    );
  });

  it('refuses a pause that starts before the request arrived', () => {
    expect(refusal({ received: '2025-03-03', pause: { from: '2025-03-01', to: '2025-03-07' } })).toMatch(
      /^The clock cannot stop before the request arrived/,
    );
  });

  it('refuses a pause that starts after the time limit ran out, unless the time limit was extended', () => {
    const pause = { from: '2025-04-04', to: '2025-04-11' };
    expect(refusal({ received: '2025-03-03', pause })).toBe(
      'The clock can only be stopped while the time limit is running. It ran to the end of Thursday 3 April 2025, but you asked for the information on Friday 4 April 2025.',
    );
    expect(deadline({ received: '2025-03-03', pause, extended: true }).extendedDue).toBe('2025-06-11');
    expect(
      refusal({ received: '2025-03-03', pause: { from: '2025-06-04', to: '2025-06-05' }, extended: true }),
    ).toMatch(/ran to the end of Tuesday 3 June 2025/);
  });

  it('refuses pause dates that are not real dates', () => {
    expect(refusal({ received: '2025-03-03', pause: { from: '2025-03-32', to: '2025-04-01' } })).toMatch(
      /^The date you asked for the information must be a real date/,
    );
    expect(refusal({ received: '2025-03-03', pause: { from: '2025-03-05', to: 'soon' } })).toMatch(
      /^The date the information arrived must be a real date/,
    );
  });

  it('refuses an unknown reason for stopping the clock', () => {
    const pause = { from: '2025-03-05', to: '2025-03-06', reason: 'fee' as 'identity' };
    expect(refusal({ received: '2025-03-03', pause })).toContain('“fee” is neither');
  });
});
