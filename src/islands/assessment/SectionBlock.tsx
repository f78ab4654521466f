import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';

interface Props {
  id: string;
  title: string;
  /** "3 of 6 answered" for this section. */
  progress: string;
  headingLevel: 2 | 3;
  children: ComponentChildren;
}

/** A section of questions that can be hidden once done, so a long checklist stays manageable. */
export function SectionBlock({ id, title, progress, headingLevel, children }: Props) {
  const [open, setOpen] = useState(true);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const panelId = `${id}-questions`;
  return (
    <section class="assessment-section" aria-labelledby={`${id}-heading`}>
      <div class="section-head">
        <Heading id={`${id}-heading`}>{title}</Heading>
        <span class="section-progress">{progress}</span>
        <button
          type="button"
          class="secondary section-toggle"
          aria-expanded={open}
          aria-controls={panelId}
          onClick={() => setOpen(!open)}
        >
          {open ? 'Hide questions' : 'Show questions'}
          <span class="visually-hidden">{` in ${title}`}</span>
        </button>
      </div>
      <div id={panelId} hidden={!open}>
        {children}
      </div>
    </section>
  );
}
