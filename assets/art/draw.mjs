/**
 * The shared pencil of the scene art: the banner's size, the three themes'
 * palettes, and the shapes every picture is built from (ridge lines, conifers,
 * skies, glows). The pictures themselves are in backdrops.mjs, raid-scenes.mjs
 * and after-scenes.mjs; generate.mjs writes them.
 */
export const W = 1200;
export const H = 300;

// Whole pixels: at 1200 wide a tenth of a pixel is invisible, and the digits were a fifth of every file.
export const r1 = (n) => Math.round(n);

/** A ridge line: heights along the width from a few sines with random phases plus a little noise. */
export function ridgeLine(rand, base, amp, step = 40) {
  const waves = [1, 2.3, 5.1, 11].map((f, i) => ({ f, p: rand() * Math.PI * 2, a: amp / (i + 1) ** 1.2 }));
  const pts = [];
  for (let x = 0; x <= W + step; x += step) {
    const t = x / W;
    const y = base - waves.reduce((s, w) => s + w.a * Math.sin(t * Math.PI * 2 * w.f + w.p), 0) + (rand() - 0.5) * amp * 0.08;
    pts.push([Math.min(x, W), y]);
  }
  return pts;
}

export const fillUnder = (pts) => `M0 ${H}L${pts.map(([x, y]) => `${r1(x)} ${r1(y)}`).join('L')}L${W} ${H}Z`;
export const heightAt = (pts, x) => {
  const i = pts.findIndex(([px]) => px >= x);
  if (i <= 0) return pts[0][1];
  const [x0, y0] = pts[i - 1];
  const [x1, y1] = pts[i];
  return y0 + ((y1 - y0) * (x - x0)) / (x1 - x0 || 1);
};

/** Conifers standing on a ridge: stacked triangles, denser and taller nearer the viewer. */
export function trees(rand, pts, count, size) {
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

export function mix(a, b, t) {
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
export const THEMES = {
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

export function layers(rand, t, n, top, bottom, ampFar, ampNear) {
  const out = [];
  for (let i = 0; i < n; i++) {
    const k = n === 1 ? 1 : i / (n - 1);
    const pts = ridgeLine(rand, top + (bottom - top) * k, ampFar + (ampNear - ampFar) * k);
    out.push({ pts, fill: mix(t.far, t.near, k ** 0.9) });
  }
  return out;
}

export function sky(t, top = t.skyTop, low = t.skyLow) {
  return {
    defs: `<linearGradient id="s" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${top}"/><stop offset="1" stop-color="${low}"/></linearGradient>`,
    body: `<rect width="${W}" height="${H}" fill="url(#s)"/>`,
  };
}

export const glowDef = (id, color, opacity) =>
  `<radialGradient id="${id}"><stop offset="0" stop-color="${color}" stop-opacity="${opacity}"/><stop offset="1" stop-color="${color}" stop-opacity="0"/></radialGradient>`;

/** A sky of stars above `floor`, as one path of tiny squares (cheaper than circles, the same at this size). */
export function stars(rand, count, floor) {
  let d = '';
  for (let k = 0; k < count; k++) {
    const s = rand() < 0.8 ? 2 : 3;
    d += `M${r1(rand() * W)} ${r1(rand() * floor)}h${s}v${s}h-${s}z`;
  }
  return d;
}

/**
 * The Cardassian post seen from the slope, standing at (x, y) on the ground and `k` times its
 * full size: the low block, the sensor mast out of the roof, the fence and the gate's striped barrier.
 */
export function post(x, y, k, c, stripe) {
  const s = (n) => r1(n * k);
  let out = `<path fill="${c}" d="M${r1(x - s(60))} ${r1(y)}h${s(120)}v-${s(22)}h-${s(120)}zM${r1(x - s(4))} ${r1(y - s(22))}h${s(6)}v-${s(110)}h-${s(6)}zM${r1(x - s(18))} ${r1(y - s(112))}h${s(34)}v${s(3)}h-${s(34)}z"/>`;
  const fence = Array.from({ length: 12 }, (_, i) => `M${r1(x - s(130) + i * s(22))} ${r1(y + s(6))}v-${s(12)}`).join('');
  out += `<path stroke="${c}" stroke-width="${Math.max(1, s(2))}" d="${fence}M${r1(x - s(130))} ${r1(y - s(3))}h${s(260)}"/>`;
  // The barrier across the gate: a pale bar with dark stripes.
  const bx = x + s(70);
  out += `<path fill="${stripe}" d="M${bx} ${r1(y - s(8))}h${s(50)}v${s(4)}h-${s(50)}z"/>`;
  out += `<path fill="${c}" d="M${bx} ${r1(y - s(14))}h${s(4)}v${s(14)}h-${s(4)}z${Array.from({ length: 4 }, (_, i) => `M${r1(bx + s(8) + i * s(12))} ${r1(y - s(8))}h${s(6)}v${s(4)}h-${s(6)}z`).join('')}"/>`;
  return out;
}

/** A standing figure, feet at (x, y), `h` tall: a head, a body and two legs, with a rifle when `armed`. */
export function figure(x, y, h, armed = false) {
  const u = h / 10;
  let d = `M${r1(x - u)} ${r1(y)}l${r1(u * 0.6)} -${r1(u * 4.5)}h${r1(u * 0.8)}l${r1(u * 0.6)} ${r1(u * 4.5)}z`;
  d += `M${r1(x - u * 1.3)} ${r1(y - u * 4.3)}l${r1(u * 0.3)} -${r1(u * 3.6)}h${r1(u * 2)}l${r1(u * 0.3)} ${r1(u * 3.6)}z`;
  d += `M${r1(x - u * 0.9)} ${r1(y - u * 8)}a${r1(u * 0.9)} ${r1(u * 0.9)} 0 1 1 ${r1(u * 1.8)} 0a${r1(u * 0.9)} ${r1(u * 0.9)} 0 1 1 -${r1(u * 1.8)} 0z`;
  if (armed) d += `M${r1(x + u)} ${r1(y - u * 7.5)}l${r1(u * 0.5)} -${r1(u * 0.4)}l${r1(u * 0.4)} ${r1(u * 5)}h-${r1(u * 0.5)}z`;
  return d;
}

/** Fern fronds along the bottom edge: arcs of leaflets leaning out from a root, as one path. */
export function ferns(rand, count, baseY, size) {
  let d = '';
  for (let i = 0; i < count; i++) {
    const x = rand() * W;
    const fronds = 3 + Math.floor(rand() * 3);
    for (let f = 0; f < fronds; f++) {
      const dir = f % 2 ? 1 : -1;
      const len = size * (0.6 + rand() * 0.5);
      const ex = x + dir * len * (0.5 + rand() * 0.5);
      const ey = baseY - len * (0.4 + rand() * 0.5);
      const mx = (x + ex) / 2;
      const my = Math.min(baseY, ey) - len * 0.25;
      d += `M${r1(x)} ${r1(baseY)}Q${r1(mx)} ${r1(my - 8)} ${r1(ex)} ${r1(ey)}Q${r1(mx)} ${r1(my + 8)} ${r1(x + 4)} ${r1(baseY)}z`;
    }
  }
  return d;
}

/** A ridge tent of the camps, its peak at (x, y - h): two slopes and a dark door. */
export function tent(x, y, h, fill, door) {
  return `<path fill="${fill}" d="M${r1(x - h * 1.3)} ${r1(y)}L${r1(x)} ${r1(y - h)}L${r1(x + h * 1.3)} ${r1(y)}z"/><path fill="${door}" d="M${r1(x - h * 0.25)} ${r1(y)}L${r1(x)} ${r1(y - h * 0.6)}L${r1(x + h * 0.25)} ${r1(y)}z"/>`;
}

/** Smoke rising from (x, y) and leaning with the wind: puffs that swell and thin as they climb. */
export function plume(rand, x, y, rise, lean, color, count = 12) {
  let puffs = '';
  for (let j = 0; j < count; j++) {
    const f = j / (count - 1);
    puffs += `<circle cx="${r1(x + lean * f ** 1.6 + (rand() - 0.5) * 14)}" cy="${r1(y - rise * f)}" r="${r1(8 + 34 * f + rand() * 8)}" opacity="${(0.5 - 0.3 * f).toFixed(2)}"/>`;
  }
  return `<g fill="${color}">${puffs}</g>`;
}
