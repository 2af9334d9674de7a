import { render } from 'preact';
import { Popup } from '@/components/Popup';
import { openParleyDb } from '@/utils/db/schema';
import '@/components/popup.css';

const db = openParleyDb();
// Start opening the database now, alongside the first render, instead of on the first query.
void db.open().catch(() => undefined);
render(<Popup db={db} />, document.getElementById('app')!);
