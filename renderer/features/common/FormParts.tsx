import { Title } from '@mantine/core';
import { DraftNotice } from './use-form-draft';
import { FormError } from './use-record-submit';

/** A form's title (which labels the form by `id`), the note that a draft came back, and the summary of why nothing was saved. */
export function FormHeading({ id, title, draft, error }: { id: string; title: string; draft: { restoredAt: string | null; discard(): Promise<void> }; error: string | null }) {
  return (
    <>
      <Title order={2} id={id}>
        {title}
      </Title>
      <DraftNotice restoredAt={draft.restoredAt} onDiscard={() => void draft.discard()} />
      <FormError message={error} />
    </>
  );
}
