import { sectionStatus, SECTION_STATUS_LABELS, type FormLayout } from '../../lib/assessment/form-layout';
import { setData, setHidden, setText } from './write-if-changed';

// The server-rendered task list (src/components/assessment/TaskList.astro), kept in step with the
// answers in place, as the question form is.

/** Shows each section's status, and only the sections that have questions to show. */
export function applyToTaskList(host: HTMLElement, layout: FormLayout): void {
  for (const item of host.querySelectorAll<HTMLElement>('[data-task]')) {
    const progress = layout.sections.get(item.dataset.task ?? '');
    setHidden(item, progress === undefined);
    const status = item.querySelector<HTMLElement>('.task-status');
    if (!status || !progress) continue;
    const value = sectionStatus(progress);
    setData(status, 'status', value);
    setText(status, SECTION_STATUS_LABELS[value]);
  }
}
