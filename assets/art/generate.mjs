/**
 * Draws the scene art: one small layered SVG landscape per scene of the
 * flagship story and per named backdrop (the `# BACKGROUND:` names in
 * story/README.md), plus the title's key picture, each in the three themes
 * (dark, light, sepia), and the page's icon, from a fixed seed, so running
 * `node assets/art/generate.mjs` makes the same files again. Which scene shows
 * which picture is src/ui/reading/scene-art.ts's table. Nothing is drawn by
 * hand or taken from elsewhere; see assets/CREDITS.md.
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
// mulberry32, the generator the sound script uses: each run draws the same hills.
import { seededRandom as random } from '../audio/synth/dsp.mjs';
import { AFTER_SCENES } from './after-scenes.mjs';
import { BACKDROP_TITLES, BACKDROPS } from './backdrops.mjs';
import { H, THEMES, W } from './draw.mjs';
import { RAID_SCENES } from './raid-scenes.mjs';

const OUT = dirname(fileURLToPath(import.meta.url));
const SEED = 0x4b4545; // "KEE"

const PICTURES = {
  ...Object.fromEntries(Object.entries(BACKDROPS).map(([name, draw]) => [name, { title: BACKDROP_TITLES[name], draw }])),
  ...RAID_SCENES,
  ...AFTER_SCENES,
};

let total = 0;
const write = (file, text) => {
  writeFileSync(join(OUT, file), text);
  total += text.length;
};

for (const [name, { title, draw }] of Object.entries(PICTURES)) {
  for (const [theme, palette] of Object.entries(THEMES)) {
    const rand = random(SEED ^ name.split('').reduce((h, c) => Math.imul(h, 31) + c.charCodeAt(0), 7));
    const { defs, body } = draw(rand, palette);
    write(
      `${name}-${theme}.svg`,
      `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" preserveAspectRatio="xMidYMid slice"><title>${title}</title><defs>${defs}</defs>${body}</svg>\n`,
    );
  }
}

// The tab's icon: the sensor mast on its ridge against the dusk, in the dark theme's colours, legible at 16 px.
// The page ships it as a PNG: run favicon-png.mjs after this.
const d = THEMES.dark;
write(
  'favicon.svg',
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><title>A sensor mast on a ridge at dusk</title><rect width="32" height="32" rx="6" fill="${d.skyTop}"/><circle cx="21" cy="12" r="6" fill="${d.glow}"/><path fill="${d.near}" d="M0 32V22C8 17 14 19 20 21S28 20 32 18V32Z"/><path fill="${d.near}" d="M11 20h2V8h-2zM8 9h8v2H8z"/></svg>\n`,
);
console.log(`wrote ${Object.keys(PICTURES).length * Object.keys(THEMES).length + 1} pictures, ${(total / 1000).toFixed(1)} KB in all`);
