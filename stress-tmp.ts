import { analyzeMessage } from './utils/analysis/analyze';
import { ownScope } from './utils/analysis/scope';
import { extractPositions } from './utils/analysis/positions';
import { analyzeTone } from './utils/analysis/tone';
for (const n of [6000, 12000, 24000]) {
  const text = 'Hi,\n'.repeat(n);
  let t = performance.now(); ownScope(text); const a = performance.now() - t;
  t = performance.now(); extractPositions(text, { end: text.length }); const b = performance.now() - t;
  t = performance.now(); analyzeTone(text, { end: text.length }); const c = performance.now() - t;
  console.log(n, 'scope', a.toFixed(0), 'positions', b.toFixed(0), 'tone', c.toFixed(0));
}
