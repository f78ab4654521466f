import type { ChecklistScore } from '../../lib/assessment';

interface Props {
  sections: ChecklistScore['sections'];
}

/**
 * Per-section scores as a bar chart: each row has the section's name and score as text, and an
 * SVG bar drawn to scale. The bars repeat the numbers, so they are hidden from screen readers,
 * and the chart reads the same without colour.
 */
export function SectionChart({ sections }: Props) {
  return (
    <figure class="section-chart">
      <figcaption>Score by section, out of 100</figcaption>
      <ul>
        {sections.map((section) => (
          <li key={section.id}>
            <span class="chart-label">{section.title}</span>
            <svg class="chart-bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
              <rect class="chart-track" x="0" y="0" width="100" height="10" />
              <rect class="chart-fill" x="0" y="0" width={section.score ?? 0} height="10" />
            </svg>
            <span class="chart-value">{section.score === null ? 'No score yet' : `${section.score}`}</span>
          </li>
        ))}
      </ul>
    </figure>
  );
}
