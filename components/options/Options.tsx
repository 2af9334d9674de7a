/**
 * Parley's options page: facts, recourses, profile, the user's own wording for replies, privacy and checking, and the user's data
 * (export, import, delete everything). Every section reads live from the database, so changes made
 * elsewhere (the popup, a mail tab) show at once.
 */
import type { ComponentChildren } from 'preact';
import type { ParleyDB } from '@/utils/db/schema';
import { FactsSection } from './FactsSection';
import { RecoursesSection } from './RecoursesSection';
import { ProfileSection } from './ProfileSection';
import { PhrasesSection } from './PhrasesSection';
import { PrivacySection } from './PrivacySection';
import { DataSection } from './DataSection';

const SECTIONS = [
  ['facts', 'Facts'],
  ['recourses', 'Recourses'],
  ['profile', 'Profile'],
  ['wording', 'Your own wording'],
  ['privacy', 'Privacy & checking'],
  ['data', 'Your data'],
] as const;

export function Options({ db, today, extra }: { db: ParleyDB; today?: string; extra?: ComponentChildren }) {
  return (
    <div class="options">
      <header class="options-top">
        <span class="logo" aria-hidden="true">
          P
        </span>
        <h1>Parley settings</h1>
        <nav aria-label="Sections">
          <ul>
            {SECTIONS.map(([id, label]) => (
              <li key={id}>
                <a href={`#${id}`}>{label}</a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main class="options-main">
        <FactsSection db={db} />
        <RecoursesSection db={db} />
        <ProfileSection db={db} />
        <PhrasesSection db={db} />
        <PrivacySection db={db} />
        {extra}
        <DataSection db={db} today={today} />
        <p class="privacy">Everything here stays in this browser. Parley has no server and sends nothing.</p>
      </main>
    </div>
  );
}
