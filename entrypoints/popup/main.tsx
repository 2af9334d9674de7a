import { render } from 'preact';
import { Popup } from '@/components/Popup';
import { openParleyDb } from '@/utils/db/schema';
import '@/components/popup.css';

// The database opens on the list's first query, which starts as the first render commits. (Opening it
// explicitly before rendering gained nothing and cost a timer tick: Dexie starts a live query a task
// later while another of its promises is pending.)
render(<Popup db={openParleyDb()} />, document.getElementById('app')!);
