/**
 * Recourses: what the user is prepared to do if talks fail. Only the ones marked committed are ever
 * stated in Parley's replies (stating one you would not carry out is a bluff).
 */
import { useState } from 'preact/hooks';
import type { ParleyDB } from '@/utils/db/schema';
import type { Recourse } from '@/utils/db/types';
import { deleteRecourse, saveRecourse } from '@/utils/db/repo';
import { errorText, useLive } from '@/utils/popup/live';
import { checkRecourse } from '@/utils/popup/validate';
import { EditableRows } from './EditableRows';
import { described, Field, FormActions } from './Field';

export function RecoursesSection({
  db,
  newId = () => crypto.randomUUID(),
}: {
  db: ParleyDB;
  newId?: () => string;
}) {
  const recourses = useLive(() => db.recourses.toArray(), [db]);
  const list = recourses.status === 'ready' ? recourses.value : [];

  return (
    <section class="card" id="recourses" aria-labelledby="recourses-title">
      <h2 id="recourses-title">Recourses</h2>
      <p class="intro">
        What you are prepared to do if talks fail: stop work, escalate to a manager, go to small claims.{' '}
        <strong>Parley’s replies state only committed recourses</strong>: the ones you would really carry out.
        The others stay private notes, so a reply never makes a threat you would not follow through.
      </p>
      {recourses.status === 'error' && (
        <p class="error" role="alert">
          Parley could not read your recourses: {recourses.error}
        </p>
      )}
      {recourses.status === 'ready' && !list.length && <p class="quiet">No recourses yet.</p>}
      <EditableRows
        items={list}
        label="Your recourses"
        rowKind="recourse"
        deleteLabel="Delete recourse"
        deletePrompt={(r) => <>Delete “{r.text}”?</>}
        onDelete={(r) => deleteRecourse(db, r.id)}
        view={(r, row) => (
          <RecourseView
            recourse={r}
            onToggle={(committed) => {
              row.fail('');
              saveRecourse(db, { ...r, committed }).catch((err) =>
                row.fail(`Could not save: ${errorText(err)}`),
              );
            }}
            onEdit={row.edit}
            onDelete={row.remove}
          />
        )}
        editor={(r, done) => (
          <RecourseEditor
            idPrefix={`rec-${r.id}`}
            initial={r}
            submitLabel="Save"
            onSave={async (text, committed) => {
              await saveRecourse(db, { ...r, text, committed });
              done();
            }}
            onCancel={done}
          />
        )}
      />
      <h3>Add a recourse</h3>
      <RecourseEditor
        idPrefix="rec-new"
        initial={{ text: '', committed: false }}
        submitLabel="Add recourse"
        resetOnSave
        onSave={async (text, committed) => {
          await saveRecourse(db, { id: newId(), text, committed });
        }}
      />
    </section>
  );
}

function RecourseView({
  recourse: r,
  onToggle,
  onEdit,
  onDelete,
}: {
  recourse: Recourse;
  onToggle(committed: boolean): void;
  onEdit(): void;
  onDelete(): void;
}) {
  return (
    <div class="row-view">
      <span class="row-value row-main" dir="auto">
        {r.text}
      </span>
      <label class="check">
        <input type="checkbox" checked={r.committed} onChange={(e) => onToggle(e.currentTarget.checked)} />
        Committed
      </label>
      <div class="row-actions">
        <button type="button" onClick={onEdit} aria-label={`Edit recourse: ${r.text}`}>
          Edit
        </button>
        <button
          type="button"
          class="danger-quiet"
          onClick={onDelete}
          aria-label={`Delete recourse: ${r.text}`}
        >
          Delete
        </button>
      </div>
    </div>
  );
}

function RecourseEditor({
  idPrefix,
  initial,
  submitLabel,
  onSave,
  onCancel,
  resetOnSave = false,
}: {
  idPrefix: string;
  initial: { text: string; committed: boolean };
  submitLabel: string;
  onSave(text: string, committed: boolean): Promise<void>;
  onCancel?: () => void;
  resetOnSave?: boolean;
}) {
  const [text, setText] = useState(initial.text);
  const [committed, setCommitted] = useState(initial.committed);
  const [error, setError] = useState<string | undefined>();
  const [failure, setFailure] = useState('');
  const [saving, setSaving] = useState(false);

  const submit = async (e: Event) => {
    e.preventDefault();
    setFailure('');
    const checked = checkRecourse(text);
    if (!checked.ok) {
      setError(checked.errors.text);
      return;
    }
    setError(undefined);
    setSaving(true);
    try {
      await onSave(checked.value, committed);
      if (resetOnSave) {
        setText(initial.text);
        setCommitted(initial.committed);
      }
    } catch (err) {
      setFailure(`Not saved: ${errorText(err)}. Your text is still here; try again.`);
    } finally {
      setSaving(false);
    }
  };
  return (
    <form
      class="editor"
      onSubmit={submit}
      noValidate
      onKeyDown={(e) => {
        if (e.key === 'Escape' && onCancel) onCancel();
      }}
    >
      <Field id={`${idPrefix}-text`} label="What you would do" error={error}>
        <textarea
          {...described(`${idPrefix}-text`, error)}
          rows={2}
          value={text}
          placeholder="Hand the invoice to our collections agency after 30 days"
          onInput={(e) => setText(e.currentTarget.value)}
        />
      </Field>
      <label class="check">
        <input type="checkbox" checked={committed} onChange={(e) => setCommitted(e.currentTarget.checked)} />
        Committed: I would really do this, replies may say so
      </label>
      <FormActions saving={saving} label={submitLabel} onCancel={onCancel} />
      {failure && (
        <p class="error" role="alert">
          {failure}
        </p>
      )}
    </form>
  );
}
