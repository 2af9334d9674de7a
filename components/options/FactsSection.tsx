/**
 * The user's facts (amounts, dates, policies, references, notes): what Parley's replies may cite.
 * Add, edit in place, delete with a confirmation. A failed save keeps the form as typed.
 */
import { useState } from 'preact/hooks';
import type { ParleyDB } from '@/utils/db/schema';
import type { Fact } from '@/utils/db/types';
import { addFact, deleteFact, saveFact } from '@/utils/db/repo';
import { errorText, useLive } from '@/utils/popup/live';
import { checkFact, FACT_KINDS, type Errors, type FactForm } from '@/utils/popup/validate';
import { EditableRows } from './EditableRows';
import { described, Field, FormActions } from './Field';

const KIND_LABEL = Object.fromEntries(FACT_KINDS.map((k) => [k.kind, k.label])) as Record<string, string>;
const EMPTY: FactForm = { label: '', value: '', kind: 'reference' };

export function FactsSection({ db }: { db: ParleyDB }) {
  const facts = useLive(() => db.facts.toArray(), [db]);

  const sorted =
    facts.status === 'ready'
      ? [...facts.value].sort((a, b) => a.label.localeCompare(b.label, undefined, { sensitivity: 'base' }))
      : [];
  return (
    <section class="card" id="facts" aria-labelledby="facts-title">
      <h2 id="facts-title">Facts</h2>
      <p class="intro">
        What your replies may cite: invoice numbers, amounts, dates, your policies. Parley’s suggestions use
        these instead of inventing anything.
      </p>
      {facts.status === 'error' && (
        <p class="error" role="alert">
          Parley could not read your facts: {facts.error}
        </p>
      )}
      {facts.status === 'ready' && !sorted.length && <p class="quiet">No facts yet. Add your first below.</p>}
      <EditableRows
        items={sorted}
        label="Your facts"
        rowKind="fact"
        deleteLabel="Delete fact"
        deletePrompt={(f) => <>Delete “{f.label}”? Replies will no longer cite it.</>}
        onDelete={(f) => deleteFact(db, f.id)}
        view={(f, row) => <FactView fact={f} onEdit={row.edit} onDelete={row.remove} />}
        editor={(f, done) => (
          <FactEditor
            idPrefix={`fact-${f.id}`}
            initial={{ label: f.label, value: f.value, kind: f.kind }}
            submitLabel="Save"
            onSave={async (form) => {
              await saveFact(db, { ...f, ...form });
              done();
            }}
            onCancel={done}
          />
        )}
      />
      <h3>Add a fact</h3>
      <FactEditor
        idPrefix="fact-new"
        initial={EMPTY}
        submitLabel="Add fact"
        resetOnSave
        onSave={async (form) => {
          await addFact(db, form);
        }}
      />
    </section>
  );
}

function FactView({ fact, onEdit, onDelete }: { fact: Fact; onEdit(): void; onDelete(): void }) {
  return (
    <div class="row-view">
      <div class="row-main">
        <span class="row-label" dir="auto">
          {fact.label}
        </span>
        <span class="row-value" dir="auto">
          {fact.value}
        </span>
      </div>
      <span class="badge">{KIND_LABEL[fact.kind] ?? fact.kind}</span>
      <div class="row-actions">
        <button type="button" onClick={onEdit} aria-label={`Edit ${fact.label}`}>
          Edit
        </button>
        <button type="button" class="danger-quiet" onClick={onDelete} aria-label={`Delete ${fact.label}`}>
          Delete
        </button>
      </div>
    </div>
  );
}

function FactEditor({
  idPrefix,
  initial,
  submitLabel,
  onSave,
  onCancel,
  resetOnSave = false,
}: {
  idPrefix: string;
  initial: FactForm;
  submitLabel: string;
  onSave(form: FactForm): Promise<void>;
  onCancel?: () => void;
  resetOnSave?: boolean;
}) {
  const [form, setForm] = useState<FactForm>(initial);
  const [errors, setErrors] = useState<Errors<'label' | 'value'>>({});
  const [failure, setFailure] = useState('');
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState(false);
  const example = FACT_KINDS.find((k) => k.kind === form.kind)?.example;

  const submit = async (e: Event) => {
    e.preventDefault();
    setFailure('');
    setSaved(false);
    const checked = checkFact(form);
    if (!checked.ok) {
      setErrors(checked.errors);
      return;
    }
    setErrors({});
    setSaving(true);
    try {
      await onSave(checked.value);
      if (resetOnSave) {
        setForm(initial);
        setSaved(true);
      }
    } catch (err) {
      setFailure(`Not saved: ${errorText(err)}. Your text is still here; try again.`);
    } finally {
      setSaving(false);
    }
  };
  const set = (patch: Partial<FactForm>) => {
    setForm({ ...form, ...patch });
    setSaved(false);
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
      <div class="editor-fields">
        <Field id={`${idPrefix}-label`} label="Name" error={errors.label}>
          <input
            {...described(`${idPrefix}-label`, errors.label)}
            type="text"
            value={form.label}
            placeholder="Invoice"
            onInput={(e) => set({ label: e.currentTarget.value })}
          />
        </Field>
        <Field id={`${idPrefix}-kind`} label="Kind">
          <select
            id={`${idPrefix}-kind`}
            value={form.kind}
            onChange={(e) => set({ kind: e.currentTarget.value as FactForm['kind'] })}
          >
            {FACT_KINDS.map((k) => (
              <option key={k.kind} value={k.kind}>
                {k.label}
              </option>
            ))}
          </select>
        </Field>
        <Field
          id={`${idPrefix}-value`}
          label="Fact"
          error={errors.value}
          hint={example && `For example: ${example}`}
        >
          <input
            {...described(`${idPrefix}-value`, errors.value, example && 'hint')}
            type="text"
            class="wide"
            value={form.value}
            placeholder={example}
            onInput={(e) => set({ value: e.currentTarget.value })}
          />
        </Field>
      </div>
      <FormActions saving={saving} label={submitLabel} onCancel={onCancel}>
        {saved && (
          <span class="saved" role="status">
            Added.
          </span>
        )}
      </FormActions>
      {failure && (
        <p class="error" role="alert">
          {failure}
        </p>
      )}
    </form>
  );
}
