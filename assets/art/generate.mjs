/**
 * Draws the scene art: one small layered SVG landscape per scene preset (the
 * `# BACKGROUND:` names in story/README.md) and per theme (dark, light,
 * sepia), from a fixed seed, so running `node assets/art/generate.mjs` makes
 * the same files again. Each picture is a wide banner: a sky, ridge lines from
 * far to near, and what the scene holds (trees, the Cardassian post and its
 * mast, smoke, stars and moons, a cave mouth by firelight). Nothing is drawn
 * by hand or taken from elsewhere; see assets/CREDITS.md.
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
// mulberry32, the generator the sound script uses: each run draws the same hills.
import { seededRandom as random } from '../audio/synth/dsp.mjs';

const OUT = dirname(fileURLToPath(import.meta.url));
const W = 1200;
const H = 300;
const SEED = 0x4b4545; // "KEE"

const r1 = (n) => Math.round(n * 10) / 10;

/** A ridge line: heights along the width from a few sines with random phases plus a little noise. */
function ridgeLine(rand, base, amp, step = 24) {
  const waves = [1, 2.3, 5.1, 11].map((f, i) => ({ f, p: rand() * Math.PI * 2, a: amp / (i + 1) ** 1.2 }));
  const pts = [];
  for (let x = 0; x <= W + step; x += step) {
    const t = x / W;
    const y = base - waves.reduce((s, w) => s + w.a * Math.sin(t * Math.PI * 2 * w.f + w.p), 0) + (rand() - 0.5) * amp * 0.08;
    pts.push([Math.min(x, W), y]);
  }
  return pts;
}

const fillUnder = (pts) => `M0 ${H}L${pts.map(([x, y]) => `${r1(x)} ${r1(y)}`).join('L')}L${W} ${H}Z`;
const heightAt = (pts, x) => {
  const i = pts.findIndex(([px]) => px >= x);
  if (i <= 0) return pts[0][1];
  const [x0, y0] = pts[i - 1];
  const [x1, y1] = pts[i];
  return y0 + ((y1 - y0) * (x - x0)) / (x1 - x0 || 1);
};

/** Conifers standing on a ridge: stacked triangles, denser and taller nearer the viewer. */
function trees(rand, pts, count, size) {
  let d = '';
  for (let i = 0; i < count; i++) {
    const x = rand() * W;
    const y = heightAt(pts, x) + 4;
    const h = size * (0.6 + rand() * 0.7);
    const w = h * 0.28;
    d += `M${r1(x - w)} ${r1(y)}L${r1(x)} ${r1(y - h)}L${r1(x + w)} ${r1(y)}Z`;
    d += `M${r1(x - w * 0.75)} ${r1(y - h * 0.35)}L${r1(x)} ${r1(y - h * 1.12)}L${r1(x + w * 0.75)} ${r1(y - h * 0.35)}Z`;
  }
  return d;
}

function mix(a, b, t) {
  const pa = a.match(/\w\w/g).map((c) => Number.parseInt(c, 16));
  const pb = b.match(/\w\w/g).map((c) => Number.parseInt(c, 16));
  return `#${pa
    .map((v, i) =>
      Math.round(v + (pb[i] - v) * t)
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}

/** Each theme's light: sky from top to horizon, the farthest and nearest land, and the warm accent. */
const THEMES = {
  dark: {
    skyTop: '#141b13',
    skyLow: '#4a5740',
    far: '#37432f',
    near: '#0b0e09',
    glow: '#e0a04c',
    smoke: '#6b665c',
    star: '#e8e6dc',
    night: ['#05070c', '#1a2133'],
  },
  light: {
    skyTop: '#cfdad6',
    skyLow: '#f3f0e6',
    far: '#b3c0b3',
    near: '#4f5f4d',
    glow: '#d9822b',
    smoke: '#a8a195',
    star: '#ffffff',
    night: ['#7d8aa3', '#d4d8de'],
  },
  sepia: {
    skyTop: '#d9c7a0',
    skyLow: '#f1e6cf',
    far: '#c9b38a',
    near: '#5e4a2e',
    glow: '#b8642a',
    smoke: '#9a8a70',
    star: '#fff8ea',
    night: ['#8f7a5a', '#e2d3b4'],
  },
};

function layers(rand, t, n, top, bottom, ampFar, ampNear) {
  const out = [];
  for (let i = 0; i < n; i++) {
    const k = n === 1 ? 1 : i / (n - 1);
    const pts = ridgeLine(rand, top + (bottom - top) * k, ampFar + (ampNear - ampFar) * k);
    out.push({ pts, fill: mix(t.far, t.near, k ** 0.9) });
  }
  return out;
}

function sky(t, top = t.skyTop, low = t.skyLow) {
  return {
    defs: `<linearGradient id="s" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${top}"/><stop offset="1" stop-color="${low}"/></linearGradient>`,
    body: `<rect width="${W}" height="${H}" fill="url(#s)"/>`,
  };
}

const glowDef = (id, color, opacity) =>
  `<radialGradient id="${id}"><stop offset="0" stop-color="${color}" stop-opacity="${opacity}"/><stop offset="1" stop-color="${color}" stop-opacity="0"/></radialGradient>`;

/** What each picture shows, as its SVG title. */
const TITLES = {
  forest: 'Wooded hills, one ridge behind another',
  ridge: 'The ridge above the valley, with the Cardassian post and its sensor mast',
  smoke: 'Smoke rising from behind a ridge against a glowing sky',
  night: 'Hills under a starry sky and two moons',
  camp: 'A cave mouth in a rock face, lit by a small fire',
};

const SCENES = {
  forest(rand, t) {
    const s = sky(t);
    const ls = layers(rand, t, 4, 150, 270, 26, 14);
    let body = s.body;
    ls.forEach((l, i) => {
      body += `<path fill="${l.fill}" d="${fillUnder(l.pts)}${i > 0 ? trees(rand, l.pts, 10 + i * 9, 26 + i * 22) : ''}"/>`;
      if (i < ls.length - 1) body += `<rect y="${130 + i * 40}" width="${W}" height="${H}" fill="${t.skyLow}" opacity="0.12"/>`;
    });
    return { defs: s.defs, body };
  },
  ridge(rand, t) {
    const s = sky(t);
    const ls = layers(rand, t, 4, 120, 285, 40, 10);
    let body = s.body;
    ls.forEach((l, i) => {
      body += `<path fill="${l.fill}" d="${fillUnder(l.pts)}${i === 3 ? trees(rand, l.pts, 26, 60) : ''}"/>`;
      if (i === 1) {
        // The Cardassian post in the valley: a low block, a fence, the sensor mast standing out of the roof like a bone.
        const x = 760;
        const y = heightAt(l.pts, x) + 2;
        const c = mix(t.far, t.near, 0.55);
        body += `<path fill="${c}" d="M${x - 60} ${r1(y)}h120v-22h-120zM${x - 4} ${r1(y - 22)}h6v-110h-6zM${x - 18} ${r1(y - 112)}h34v3h-34zM${x - 12} ${r1(y - 92)}h22v3h-22z"/>`;
        body += `<path stroke="${c}" stroke-width="2" d="${Array.from({ length: 22 }, (_, k) => `M${x - 120 + k * 11} ${r1(y + 6)}v-12`).join('')}M${x - 120} ${r1(y - 3)}h240"/>`;
        body += `<circle cx="${x - 1}" cy="${r1(y - 134)}" r="3" fill="${t.glow}"/>`;
      }
    });
    return { defs: s.defs, body };
  },
  smoke(rand, t) {
    const s = sky(t, mix(t.skyTop, t.smoke, 0.35), mix(t.skyLow, t.glow, 0.25));
    const ls = layers(rand, t, 3, 170, 280, 24, 12);
    let body = `${s.body}<ellipse cx="640" cy="230" rx="520" ry="120" fill="url(#g)"/>`;
    ls.forEach((l, i) => {
      if (i === 1) {
        // Plumes rise from behind the middle ridge in puffs that swell, thin and lean with the wind.
        for (let k = 0; k < 3; k++) {
          const x = 420 + k * 210 + rand() * 60;
          const y = heightAt(l.pts, x) + 10;
          const lean = 140 + rand() * 140;
          let puffs = '';
          for (let j = 0; j < 16; j++) {
            const f = j / 15;
            const cx = x + lean * f ** 1.6 + (rand() - 0.5) * 14;
            const cy = y - 250 * f;
            puffs += `<circle cx="${r1(cx)}" cy="${r1(cy)}" r="${r1(10 + 38 * f + rand() * 8)}" opacity="${r1(0.5 - 0.3 * f)}"/>`;
          }
          body += `<g fill="${t.smoke}">${puffs}</g>`;
        }
      }
      body += `<path fill="${l.fill}" d="${fillUnder(l.pts)}${i === 2 ? trees(rand, l.pts, 18, 50) : ''}"/>`;
    });
    return { defs: s.defs + glowDef('g', t.glow, 0.45), body };
  },
  night(rand, t) {
    const [top, low] = t.night;
    const s = sky(t, top, low);
    let stars = '';
    for (let k = 0; k < 70; k++) stars += `<circle cx="${r1(rand() * W)}" cy="${r1(rand() * 170)}" r="${r1(0.6 + rand() * 1.2)}"/>`;
    let body = `${s.body}<g fill="${t.star}" opacity="0.8">${stars}</g>`;
    // Two of Bajor's moons.
    body += `<circle cx="930" cy="70" r="22" fill="${t.star}" opacity="0.85"/><circle cx="1010" cy="110" r="9" fill="${t.star}" opacity="0.6"/>`;
    const ls = layers(rand, t, 3, 190, 280, 30, 12);
    ls.forEach((l, i) => {
      body += `<path fill="${mix(l.fill, top, 0.35)}" d="${fillUnder(l.pts)}${i === 2 ? trees(rand, l.pts, 30, 56) : ''}"/>`;
    });
    return { defs: s.defs, body };
  },
  camp(rand, t) {
    const s = sky(t);
    const ls = layers(rand, t, 2, 150, 210, 30, 20);
    let body = s.body;
    for (const l of ls) body += `<path fill="${l.fill}" d="${fillUnder(l.pts)}"/>`;
    // A rock face across the foreground with a cave mouth, lit from inside by the fire.
    const rock = mix(t.far, t.near, 0.8);
    body += `<path fill="${rock}" d="M0 ${H}V150C120 120 220 110 330 118C420 70 560 60 700 90C820 60 980 70 1200 120V${H}Z"/>`;
    body += `<path fill="${mix(t.near, '#000000', 0.5)}" d="M470 ${H}C470 220 520 160 600 156C680 160 730 220 730 ${H}Z"/>`;
    body += `<ellipse cx="600" cy="275" rx="170" ry="90" fill="url(#g)"/>`;
    body += `<path fill="${t.glow}" d="M585 ${H - 12}L596 250L603 270L611 240L622 ${H - 12}Z"/>`;
    body += `<path fill="${mix(t.glow, '#ffffff', 0.5)}" d="M594 ${H - 12}L602 262L610 ${H - 12}Z"/>`;
    return { defs: s.defs + glowDef('g', t.glow, 0.6), body };
  },
};

let total = 0;
for (const [name, draw] of Object.entries(SCENES)) {
  for (const [theme, palette] of Object.entries(THEMES)) {
    const rand = random(SEED ^ name.split('').reduce((h, c) => Math.imul(h, 31) + c.charCodeAt(0), 7));
    const { defs, body } = draw(rand, palette);
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" preserveAspectRatio="xMidYMid slice"><title>${TITLES[name]}</title><defs>${defs}</defs>${body}</svg>\n`;
    writeFileSync(join(OUT, `${name}-${theme}.svg`), svg);
    total += svg.length;
  }
}
console.log(`wrote ${Object.keys(SCENES).length * Object.keys(THEMES).length} pictures, ${(total / 1000).toFixed(1)} KB in all`);
