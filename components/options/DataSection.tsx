/**
 * Your data: export everything as one JSON file, import a file (validated in full before anything is
 * written: a bad file shows what is wrong and changes nothing), delete everything (after a confirmation).
 */
import { useRef, useState } from 'preact/hooks';
import type { ParleyDB } from '@/utils/db/schema';
import type { ExportFile } from '@/utils/db/types';
import { deleteAll, exportAll, importFile } from '@/utils/db/repo';
import { parseImport } from '@/utils/db/export-file';
import { phraseCount } from '@/utils/db/phrases';
import { errorText } from '@/utils/popup/live';
import { downloadJson, exportFilename } from '@/utils/popup/download';
import { shortDate, todayIso } from '@/utils/popup/format';
import { Confirm } from '../popup/Confirm';

type ImportPhase =
  | { kind: 'idle' }
  | { kind: 'reading' }
  | { kind: 'invalid'; name: string; message: string }
  | { kind: 'ready'; name: string; file: ExportFile }
  | { kind: 'importing'; name: string; file: ExportFile }
  | { kind: 'done'; summary: string }
  | { kind: 'failed'; name: string; file: ExportFile; message: string };

/** "1 negotiation", "10,000 negotiations". */
const count = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString()} ${n === 1 ? one : many}`;

/** "3 negotiations, 2 replies you sent, 4 commitments, 5 facts, 1 recourse and your settings". */
export function describeFile(file: ExportFile): string {
  const parts = [
    count(file.negotiations.length, 'negotiation'),
    count(file.sentReplies.length, 'reply you sent', 'replies you sent'),
    count(file.commitments.length, 'commitment'),
  ];
  if (file.facts) parts.push(count(file.facts.length, 'fact'));
  if (file.recourses) parts.push(count(file.recourses.length, 'recourse'));
  if (file.settings) parts.push('your settings and profile');
  const wording = phraseCount(file.settings?.phrases);
  if (wording) parts.push(`${count(wording, 'entry', 'entries')} of your own wording`);
  return parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}` : parts[0];
}

export function DataSection({ db, today = todayIso() }: { db: ParleyDB; today?: string }) {
  const [phase, setPhase] = useState<ImportPhase>({ kind: 'idle' });
  const [exportError, setExportError] = useState('');
  const [exporting, setExporting] = useState(false);
  const [deleting, setDeleting] = useState<'no' | 'confirm' | 'busy' | 'done'>('no');
  const [deleteError, setDeleteError] = useState('');
  const input = useRef<HTMLInputElement>(null);

  const exportEverything = async () => {
    setExportError('');
    setExporting(true);
    try {
      downloadJson(await exportAll(db), exportFilename(today));
    } catch (err) {
      setExportError(`Could not export: ${errorText(err)}`);
    } finally {
      setExporting(false);
    }
  };

  const choose = async (e: Event) => {
    const picked = (e.currentTarget as HTMLInputElement).files?.[0];
    if (!picked) return;
    setPhase({ kind: 'reading' });
    let text: string;
    try {
      text = await picked.text();
    } catch (err) {
      setPhase({
        kind: 'invalid',
        name: picked.name,
        message: `The file could not be read: ${errorText(err)}`,
      });
      return;
    }
    try {
      setPhase({ kind: 'ready', name: picked.name, file: parseImport(text) });
    } catch (err) {
      setPhase({ kind: 'invalid', name: picked.name, message: errorText(err) });
    }
  };

  const runImport = async (name: string, file: ExportFile) => {
    setPhase({ kind: 'importing', name, file });
    try {
      const result = await importFile(db, file);
      setPhase({
        kind: 'done',
        summary: `Imported ${count(result.negotiations, 'negotiation')} from ${name}.`,
      });
    } catch (err) {
      setPhase({ kind: 'failed', name, file, message: errorText(err) });
    } finally {
      if (input.current) input.current.value = '';
    }
  };

  const reset = () => {
    setPhase({ kind: 'idle' });
    if (input.current) input.current.value = '';
  };

  const removeAll = async () => {
    setDeleteError('');
    setDeleting('busy');
    try {
      await deleteAll(db);
      setDeleting('done');
    } catch (err) {
      setDeleting('confirm');
      setDeleteError(`Nothing was deleted: ${errorText(err)}`);
    }
  };

  return (
    <section class="card" id="data" aria-labelledby="data-title">
      <h2 id="data-title">Your data</h2>
      <p class="intro">
        Parley keeps everything in this browser profile only. Export it to keep a copy or move it to another
        browser.
      </p>

      <div class="data-block">
        <h3>Export</h3>
        <p class="hint block">
          One JSON file with your negotiations, the replies you sent, your commitments, facts, recourses and
          settings.
        </p>
        <button type="button" onClick={() => void exportEverything()} disabled={exporting}>
          {exporting ? 'Exporting…' : 'Export everything'}
        </button>
        {exportError && (
          <p class="error" role="alert">
            {exportError}
          </p>
        )}
      </div>

      <div class="data-block">
        <h3>Import</h3>
        <p class="hint block">
          A file exported by Parley. It is checked in full first: if anything in it is wrong, nothing is
          imported.
        </p>
        <label class="file">
          <span>Choose a file to import</span>
          <input
            ref={input}
            type="file"
            accept=".json,application/json"
            onChange={(e) => void choose(e)}
            disabled={phase.kind === 'importing' || phase.kind === 'reading'}
          />
        </label>
        <div aria-live="polite">
          {phase.kind === 'reading' && <p class="quiet">Checking the file…</p>}
          {phase.kind === 'invalid' && (
            <div class="import-error" role="alert" data-parley="import-error">
              <p>
                <strong>{phase.name} cannot be imported.</strong> Nothing was changed.
              </p>
              <p>{phase.message}</p>
            </div>
          )}
          {(phase.kind === 'ready' || phase.kind === 'importing' || phase.kind === 'failed') && (
            <Confirm
              danger={false}
              confirmLabel={phase.kind === 'failed' ? 'Try again' : 'Import'}
              busy={phase.kind === 'importing'}
              onConfirm={() => void runImport(phase.name, phase.file)}
              onCancel={reset}
            >
              <p>
                <strong>{phase.name}</strong>
                {phase.file.exportedAt ? `, exported ${shortDate(phase.file.exportedAt, today)}` : ''}, holds{' '}
                {describeFile(phase.file)}.
              </p>
              <p>
                Import adds them to Parley. A negotiation you already have is merged with the file’s (no
                message is lost, and a status you set is kept unless the file sets another). Facts, recourses,
                replies and commitments with the same id are replaced by the file’s
                {phase.file.settings
                  ? '; your settings and profile too (conversations you chose not to check stay unchecked)'
                  : ''}
                .
              </p>
              {phase.kind === 'failed' && (
                <p class="error" role="alert">
                  The import failed and nothing was changed: {phase.message}
                </p>
              )}
            </Confirm>
          )}
          {phase.kind === 'done' && (
            <p class="saved" role="status">
              {phase.summary}
            </p>
          )}
        </div>
      </div>

      <div class="data-block danger-zone">
        <h3>Delete everything</h3>
        <p class="hint block">
          Removes every negotiation, reply, commitment, fact, recourse and setting Parley keeps. Your mail is
          not touched.
        </p>
        {deleting === 'confirm' || deleting === 'busy' ? (
          <Confirm
            confirmLabel="Delete everything"
            busy={deleting === 'busy'}
            onConfirm={() => void removeAll()}
            onCancel={() => setDeleting('no')}
          >
            <p>
              Delete everything Parley keeps? This cannot be undone. Export first if you may want it back.
            </p>
            {deleteError && (
              <p class="error" role="alert">
                {deleteError}
              </p>
            )}
          </Confirm>
        ) : (
          <button type="button" class="danger-quiet" onClick={() => setDeleting('confirm')}>
            Delete everything…
          </button>
        )}
        {deleting === 'done' && (
          <p class="saved" role="status">
            Everything was deleted.
          </p>
        )}
      </div>
    </section>
  );
}
