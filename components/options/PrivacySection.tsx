/**
 * Privacy and checking: whether message text is kept, how strict the Send check is, and the threads
 * the user asked Parley not to check (each with "Check again").
 */
import { useState } from 'preact/hooks';
import type { ParleyDB } from '@/utils/db/schema';
import type { Sensitivity } from '@/utils/analysis/types';
import type { Settings } from '@/utils/db/types';
import { getSettings, saveSettings } from '@/utils/db/repo';
import { errorText, useLive } from '@/utils/popup/live';

const SENSITIVITY: [Sensitivity, string, string][] = [
  ['off', 'Off', 'Send never stops for a review.'],
  ['lenient', 'Lenient', 'Stops Send only for clear problems, like an insult or a threat.'],
  ['strict', 'Strict', 'Stops Send for everything Parley finds, the milder points too.'],
];

export function PrivacySection({ db }: { db: ParleyDB }) {
  const settings = useLive(() => getSettings(db), [db]);
  const [error, setError] = useState('');
  const save = (patch: Partial<Settings>) => {
    setError('');
    saveSettings(db, patch).catch((err) => setError(`Not saved: ${errorText(err)}`));
  };
  return (
    <section class="card" id="privacy" aria-labelledby="privacy-title">
      <h2 id="privacy-title">Privacy &amp; checking</h2>
      {settings.status === 'error' && (
        <p class="error" role="alert">
          Parley could not read your settings: {settings.error}
        </p>
      )}
      {settings.status === 'ready' && (
        <>
          <label class="check toggle">
            <input
              type="checkbox"
              checked={settings.value.storeText}
              onChange={(e) => save({ storeText: e.currentTarget.checked })}
            />
            <span>
              <strong>Keep message text</strong>
              <span class="hint block">
                On: search finds words from the messages and the replies you sent are kept. Off: Parley keeps
                only its analysis (tone, positions, deadlines, commitments), never the words.
              </span>
            </span>
          </label>

          <fieldset>
            <legend>Send check</legend>
            <div class="radios">
              {SENSITIVITY.map(([value, label, hint]) => (
                <label key={value} class="check">
                  <input
                    type="radio"
                    name="sensitivity"
                    checked={settings.value.sensitivity === value}
                    onChange={() => save({ sensitivity: value })}
                  />
                  <span>
                    {label} <span class="hint">{hint}</span>
                  </span>
                </label>
              ))}
            </div>
          </fieldset>

          <IgnoredThreads
            db={db}
            ids={settings.value.ignoredThreads}
            onCheckAgain={(id) =>
              save({ ignoredThreads: settings.value.ignoredThreads.filter((t) => t !== id) })
            }
          />
        </>
      )}
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}

function IgnoredThreads({
  db,
  ids,
  onCheckAgain,
}: {
  db: ParleyDB;
  ids: string[];
  onCheckAgain(id: string): void;
}) {
  const records = useLive(() => db.negotiations.bulkGet(ids), [db, ids.join('\n')]);
  return (
    <div class="ignored">
      <h3>Threads not checked</h3>
      {!ids.length ? (
        <p class="quiet">
          None. When you choose “Don’t check this thread again” in a Send review, the thread is listed here.
        </p>
      ) : (
        <ul class="rows" aria-label="Threads not checked">
          {ids.map((id, i) => {
            const n = records.status === 'ready' ? records.value[i] : undefined;
            const name =
              n?.subject || (n ? '(no subject)' : `A conversation no longer saved (${id.split(':')[0]})`);
            return (
              <li key={id} class="row row-view" data-parley="ignored-thread">
                <span class="row-main" dir="auto">
                  {name}
                </span>
                <button type="button" onClick={() => onCheckAgain(id)} aria-label={`Check again: ${name}`}>
                  Check again
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
