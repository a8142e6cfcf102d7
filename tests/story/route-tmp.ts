import { seededRandom } from '/work/wt/story/src/engine/ink/seeded-random';
import { createSession } from '/work/wt/story/src/engine/ink/story-session';
import { compileFlagship } from './flagship-support';

const json = compileFlagship();
const want = process.argv[2] ?? '';
const from = process.argv[3] ?? 'When the dust thinned';
const count = Number(process.argv[4] ?? 1);
let shown = 0;
for (let seed = 1; seed < 20000 && shown < count; seed++) {
  const s = createSession(json, seed);
  const next = seededRandom(seed);
  const out: string[] = [];
  let p = s.continue();
  for (;;) {
    for (const q of p.paragraphs)
      out.push(q.text + (q.tags.some((t) => t.startsWith('ending')) ? `  [${q.tags.filter((t) => t.startsWith('ending:')).join()}]` : ''));
    const open = p.choices.filter((c) => !c.locked);
    if (!open.length) break;
    const c = open[Math.floor(next() * open.length)];
    if (!c) break;
    out.push(
      `> ${c.text}${
        p.choices.some((x) => x.locked)
          ? '  (locked: ' +
            p.choices
              .filter((x) => x.locked)
              .map((x) => x.text)
              .join(' / ') +
            ')'
          : ''
      }`,
    );
    p = s.choose(c.index);
  }
  const v = (n: string) => String(s.ink.variablesState.$(n));
  const vars = ['walo_hurt', 'ren_hurt', 'spared', 'warned_worker', 'saw_worker', 'finished_him', 'memory', 'bargained', 'alarm', 'ren_taken', 'kee_killed'];
  const state = Object.fromEntries(vars.map((n) => [n, v(n)]));
  const ok = want
    .split(',')
    .filter(Boolean)
    .every((cond) => {
      const [k, val] = cond.split('=');
      return state[k ?? ''] === val;
    });
  if (!ok || !out.join('\n').includes(from)) continue;
  shown++;
  const text = out.join('\n');
  console.log(`=== seed ${seed} ${JSON.stringify(state)}`);
  console.log(text.slice(Math.max(0, text.indexOf(from))));
}
