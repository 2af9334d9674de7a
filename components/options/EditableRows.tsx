/**
 * A list of the user's items (facts, recourses) edited in place: each row shows its view, or its
 * editor, or a delete confirmation. Failures are shown under the list in plain words.
 */
import { useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import { errorText } from '@/utils/popup/live';
import { Confirm } from '../popup/Confirm';

export interface RowControls {
  edit(): void;
  remove(): void;
  /** Shows a failure under the list (empty string clears it). */
  fail(message: string): void;
}

export function EditableRows<T extends { id: string }>({
  items,
  label,
  rowKind,
  deleteLabel,
  deletePrompt,
  onDelete,
  view,
  editor,
}: {
  items: readonly T[];
  /** Accessible name of the list ("Your facts"). */
  label: string;
  /** `data-parley` of each row. */
  rowKind: string;
  deleteLabel: string;
  deletePrompt(item: T): ComponentChildren;
  onDelete(item: T): Promise<void>;
  view(item: T, controls: RowControls): ComponentChildren;
  /** The row's editor; call `done()` once saved or cancelled. */
  editor(item: T, done: () => void): ComponentChildren;
}) {
  const [editing, setEditing] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<string | null>(null);
  const [error, setError] = useState('');
  return (
    <>
      {items.length > 0 && (
        <ul class="rows" aria-label={label}>
          {items.map((item) => (
            <li key={item.id} class="row" data-parley={rowKind}>
              {editing === item.id ? (
                editor(item, () => setEditing(null))
              ) : deleting === item.id ? (
                <Confirm
                  confirmLabel={deleteLabel}
                  onConfirm={() => {
                    setError('');
                    onDelete(item)
                      .then(() => setDeleting(null))
                      .catch((err) => setError(`Could not delete: ${errorText(err)}`));
                  }}
                  onCancel={() => setDeleting(null)}
                >
                  {deletePrompt(item)}
                </Confirm>
              ) : (
                view(item, {
                  edit: () => setEditing(item.id),
                  remove: () => setDeleting(item.id),
                  fail: setError,
                })
              )}
            </li>
          ))}
        </ul>
      )}
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </>
  );
}
