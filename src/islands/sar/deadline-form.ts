import type { DateParts } from '../../lib/dates/date-parts';
import { isDivision } from '../../lib/sar';
import { datePartName, type DateField, type DeadlineFormValues } from '../../lib/sar/deadline-form';

/** Reads the form by field name, so it works the same before and after the island hydrates. */
export function readDeadlineForm(form: HTMLFormElement): DeadlineFormValues {
  const data = new FormData(form);
  const text = (name: string) => String(data.get(name) ?? '');
  const date = (field: DateField): DateParts => ({
    day: text(datePartName(field, 'day')),
    month: text(datePartName(field, 'month')),
    year: text(datePartName(field, 'year')),
  });
  const division = data.get('division');
  return {
    received: date('received'),
    // England and Wales is checked from the start; the fallback only covers a tampered form.
    division: isDivision(division) ? division : 'england-and-wales',
    extended: data.has('extended'),
    paused: data.has('paused'),
    pauseFrom: date('pauseFrom'),
    pauseTo: date('pauseTo'),
    reason: text('reason') === 'identity' ? 'identity' : 'clarification',
  };
}
