import { render } from 'preact';
import { Options } from '@/components/options/Options';
import { openParleyDb } from '@/utils/db/schema';
import '@/components/popup.css';
import '@/components/options/options.css';

render(<Options db={openParleyDb()} />, document.getElementById('app')!);
