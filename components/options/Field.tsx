/** A labelled form field with its error message tied to the control (aria-describedby / aria-invalid). */
import type { ComponentChildren } from 'preact';

export function Field({
  id,
  label,
  error,
  hint,
  children,
}: {
  id: string;
  label: string;
  error?: string;
  hint?: string;
  children: ComponentChildren;
}) {
  return (
    <div class={`field${error ? ' invalid' : ''}`}>
      <label for={id}>{label}</label>
      {children}
      {hint && !error && (
        <span class="hint" id={`${id}-hint`}>
          {hint}
        </span>
      )}
      {error && (
        <span class="field-error" id={`${id}-error`} role="alert">
          {error}
        </span>
      )}
    </div>
  );
}

/** The aria attributes a control inside <Field> needs. */
export const described = (id: string, error?: string, hint?: string) => ({
  id,
  'aria-invalid': error ? ('true' as const) : undefined,
  'aria-describedby': error ? `${id}-error` : hint ? `${id}-hint` : undefined,
});

/**
 * The actions row of an editor form: the submit button ("Saving…" while it saves), an optional Cancel
 * and, after them, whatever status the form shows (`children`).
 */
export function FormActions({
  saving,
  label,
  onCancel,
  children,
}: {
  saving: boolean;
  label: string;
  onCancel?: () => void;
  children?: ComponentChildren;
}) {
  return (
    <div class="editor-actions">
      <button type="submit" class="primary" disabled={saving}>
        {saving ? 'Saving…' : label}
      </button>
      {onCancel && (
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      )}
      {children}
    </div>
  );
}

/** A form's outcome after saving: a status when it worked, an alert when it did not. */
export function FormNote({ note }: { note: { ok: boolean; text: string } | null | undefined }) {
  if (!note) return null;
  return (
    <span class={note.ok ? 'saved' : 'error'} role={note.ok ? 'status' : 'alert'}>
      {note.text}
    </span>
  );
}
