import { useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import { ConfirmDialog } from './ConfirmDialog';

interface Question {
  title: string;
  body: ComponentChildren;
  confirmLabel: string;
  onConfirm(): void;
}

/** One confirmation dialog for the island, opened with `ask(...)` wherever a change needs consent. */
export function useConfirm(idPrefix: string) {
  const [question, setQuestion] = useState<Question | null>(null);
  const dialog = (
    <ConfirmDialog
      id={`${idPrefix}-confirm`}
      open={question !== null}
      title={question?.title ?? ''}
      confirmLabel={question?.confirmLabel ?? 'OK'}
      onConfirm={() => {
        question?.onConfirm();
        setQuestion(null);
      }}
      onCancel={() => setQuestion(null)}
    >
      {question?.body}
    </ConfirmDialog>
  );
  return { dialog, ask: setQuestion };
}
