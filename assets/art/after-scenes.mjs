/**
 * Away from the ridge: the chase through the ferns, the night at the split
 * rock, the hollow where the post was, the way back to the cave, and the
 * refugee camp at Marazh with its shrine tent and its speakers. Also the key
 * picture of the title screen. Drawn like raid-scenes.mjs: calm, low in
 * contrast, in the palette they are given.
 */
import { ferns, figure, fillUnder, glowDef, H, heightAt, layers, mix, plume, post, r1, sky, stars, tent, trees, W } from './draw.mjs';

/** Marazh: rows of tents on bare ground under a pale sky, drawn far to near. */
function camp(rand, t, rows) {
  const s = sky(t, t.skyTop, mix(t.skyLow, t.smoke, 0.2));
  const ls = layers(rand, t, 2, 150, 190, 20, 12);
  let body = s.body;
  for (const l of ls) body += `<path fill="${l.fill}" d="${fillUnder(l.pts)}"/>`;
  body += `<path fill="${mix(t.far, t.near, 0.35)}" d="M0 ${H}V214C400 206 800 206 1200 216V${H}Z"/>`;
  for (let row = 0; row < rows; row++) {
    const y = 226 + row * 26;
    const fill = mix(t.far, t.near, 0.5 + row * 0.2);
    for (let x = 30 + rand() * 60; x < W; x += 120 + rand() * 90) body += tent(x, y, 22 + row * 8, fill, mix(fill, '#000000', 0.4));
  }
  return { defs: s.defs, body };
}

export const AFTER_SCENES = {
  'old-words': {
    title: 'The shrine tent at Marazh at dusk, its lamp lit, the first stars over the camp',
    draw(rand, t) {
      const [top] = t.night;
      const s = sky(t, mix(t.skyTop, top, 0.5), mix(t.skyLow, t.glow, 0.15));
      let body = `${s.body}<path fill="${t.star}" opacity="0.7" d="${stars(rand, 30, 120)}"/>`;
      const ls = layers(rand, t, 2, 170, 215, 20, 10);
      for (const l of ls) body += `<path fill="${l.fill}" d="${fillUnder(l.pts)}"/>`;
      body += `<ellipse cx="600" cy="250" rx="150" ry="60" fill="url(#g)"/>`;
      body += tent(600, 270, 90, mix(t.far, t.near, 0.7), mix(t.glow, t.near, 0.3));
      body += `<path stroke="${mix(t.far, t.near, 0.7)}" stroke-width="3" d="M600 180v-30"/><path fill="${t.glow}" d="M601 150l26 7l-26 7z"/>`;
      body += `<circle cx="600" cy="258" r="5" fill="${mix(t.glow, '#ffffff', 0.4)}"/>`;
      return { defs: s.defs + glowDef('g', t.glow, 0.45), body };
    },
  },
  chase: {
    title: 'Deep in the forest: tall trunks in the gloom and ferns shoulder-high, the way the chase went',
    draw(rand, t) {
      const s = sky(t, mix(t.skyTop, t.far, 0.5), mix(t.skyLow, t.far, 0.4));
      let body = s.body;
      for (let layer = 0; layer < 3; layer++) {
        const c = mix(t.far, t.near, 0.3 + layer * 0.3);
        let d = '';
        for (let k = 0; k < 7 + layer * 2; k++) {
          const x = rand() * W;
          const w = 8 + layer * 10 + rand() * 8;
          d += `M${r1(x)} 0h${r1(w)}l${r1(w * 0.3)} ${H}h-${r1(w * 1.6)}z`;
        }
        body += `<path fill="${c}" d="${d}"/>`;
        body += `<rect width="${W}" height="${H}" fill="${t.skyLow}" opacity="0.08"/>`;
      }
      body += `<path fill="${mix(t.far, t.near, 0.75)}" d="${ferns(rand, 14, H, 120)}"/>`;
      body += `<path fill="${t.near}" d="${ferns(rand, 10, H + 10, 90)}"/>`;
      return { defs: s.defs, body };
    },
  },
  'split-rock': {
    title: 'The split rock alone in a clearing by night, a boulder cleft as if by an axe, under the stars',
    draw(rand, t) {
      const [top, low] = t.night;
      const s = sky(t, top, low);
      let body = `${s.body}<path fill="${t.star}" opacity="0.75" d="${stars(rand, 60, 180)}"/>`;
      body += `<circle cx="220" cy="60" r="16" fill="${t.star}" opacity="0.8"/>`;
      const ls = layers(rand, t, 2, 200, 250, 24, 12);
      ls.forEach((l, i) => {
        body += `<path fill="${mix(l.fill, top, 0.35)}" d="${fillUnder(l.pts)}${i === 1 ? trees(rand, l.pts, 16, 50) : ''}"/>`;
      });
      const rock = mix(mix(t.far, t.near, 0.6), top, 0.2);
      body += `<path fill="${rock}" d="M520 ${H}C500 230 540 170 598 162L606 ${H}ZM616 ${H}L612 160C680 168 720 230 700 ${H}Z"/>`;
      return { defs: s.defs, body };
    },
  },
  aftermath: {
    title: 'Where the post stood: a raw black pit in the red earth, fence posts bent outward, thin smoke',
    draw(rand, t) {
      const s = sky(t, mix(t.skyTop, t.smoke, 0.3), mix(t.skyLow, t.smoke, 0.25));
      const ls = layers(rand, t, 2, 150, 190, 24, 14);
      let body = s.body;
      for (const l of ls) body += `<path fill="${l.fill}" d="${fillUnder(l.pts)}"/>`;
      body += `<path fill="${mix(t.far, '#8a4b32', 0.35)}" d="M0 ${H}V220C400 208 800 206 1200 220V${H}Z"/>`;
      body += `<ellipse cx="620" cy="250" rx="230" ry="34" fill="${mix(t.near, '#000000', 0.45)}"/>`;
      let bent = '';
      for (let k = 0; k < 10; k++) {
        const a = (k / 9) * Math.PI;
        const x = 620 - Math.cos(a) * 270;
        const y = 250 + Math.sin(a) * 10;
        const dx = -Math.cos(a) * 22;
        bent += `M${r1(x)} ${r1(y)}q${r1(dx * 0.2)} -14 ${r1(dx)} -22`;
      }
      body += `<path fill="none" stroke="${mix(t.near, '#000000', 0.2)}" stroke-width="4" d="${bent}"/>`;
      body += plume(rand, 600, 244, 200, 120, t.smoke, 10);
      body += plume(rand, 700, 248, 150, 90, t.smoke, 8);
      return { defs: s.defs, body };
    },
  },
  scattered: {
    title: 'The back way to the cave after dark: a valley under the moons, a lamp waiting at the cave mouth',
    draw(rand, t) {
      const [top, low] = t.night;
      const s = sky(t, top, low);
      let body = `${s.body}<path fill="${t.star}" opacity="0.7" d="${stars(rand, 50, 150)}"/>`;
      body += `<circle cx="980" cy="60" r="18" fill="${t.star}" opacity="0.8"/><circle cx="1040" cy="92" r="7" fill="${t.star}" opacity="0.6"/>`;
      const ls = layers(rand, t, 3, 180, 260, 30, 16);
      ls.forEach((l, i) => {
        body += `<path fill="${mix(l.fill, top, 0.3)}" d="${fillUnder(l.pts)}${i === 2 ? trees(rand, l.pts, 12, 44) : ''}"/>`;
      });
      const rock = mix(mix(t.far, t.near, 0.8), top, 0.2);
      body += `<path fill="${rock}" d="M0 ${H}V170C80 150 180 160 260 190C300 230 320 270 330 ${H}Z"/>`;
      body += `<path fill="${mix(t.near, '#000000', 0.5)}" d="M150 ${H}C150 250 180 222 214 222C246 224 262 260 262 ${H}Z"/>`;
      body += `<ellipse cx="230" cy="280" rx="60" ry="34" fill="url(#g)"/><circle cx="232" cy="276" r="4" fill="${t.glow}"/>`;
      return { defs: s.defs + glowDef('g', t.glow, 0.55), body };
    },
  },
  answer: {
    title: 'The refugee camp at Marazh: tents, a water queue, and speakers on their poles',
    draw(rand, t) {
      const c = camp(rand, t, 2);
      let body = c.body;
      const pole = mix(t.near, '#000000', 0.2);
      for (const x of [360, 860]) body += `<path fill="${pole}" d="M${x} 260h5v-150h-5zM${x - 14} 112l16 -6v22l-16 -6zM${x + 19} 112l-16 -6v22l16 -6z"/>`;
      let queue = '';
      for (let k = 0; k < 9; k++) queue += figure(470 + k * 30 + rand() * 6, 262, 30 + rand() * 8);
      body += `<path fill="${pole}" d="${queue}"/>`;
      return { defs: c.defs, body };
    },
  },
  marazh: {
    title: 'Marazh by day: the water pump among the tents, and the shrine tent with its flag',
    draw(rand, t) {
      const c = camp(rand, t, 2);
      let body = c.body;
      const iron = mix(t.near, '#000000', 0.25);
      body += `<path fill="${iron}" d="M640 268h10v-60h-10zM634 210h40v6h-40zM650 218c20 0 24 10 24 20h-6c0-6-4-12-18-12z"/>`;
      body += tent(900, 250, 60, mix(t.far, t.near, 0.55), t.glow);
      body += `<path stroke="${iron}" stroke-width="3" d="M900 190v-26"/><path fill="${t.glow}" d="M901 164l22 6l-22 6z"/>`;
      return { defs: c.defs, body };
    },
  },
  key: {
    title: 'Kee behind the mossy trunk on the ridge at dusk, her rifle laid along it, the post and its mast in the valley below',
    draw(rand, t) {
      const s = sky(t, mix(t.skyTop, t.night[0], 0.25), mix(t.skyLow, t.glow, 0.3));
      let body = `${s.body}<ellipse cx="760" cy="190" rx="420" ry="150" fill="url(#g)"/>`;
      body += `<circle cx="980" cy="64" r="14" fill="${t.star}" opacity="0.75"/>`;
      const ls = layers(rand, t, 3, 140, 230, 34, 14);
      ls.forEach((l, i) => {
        body += `<path fill="${l.fill}" d="${fillUnder(l.pts)}${i === 2 ? trees(rand, l.pts, 8, 40) : ''}"/>`;
        if (i === 1) body += post(760, heightAt(l.pts, 760) + 2, 0.8, mix(t.far, t.near, 0.6), t.skyLow);
      });
      const dark = mix(t.near, '#000000', 0.3);
      body += `<path fill="${dark}" d="M-10 ${H}V262C240 246 520 238 760 244C900 246 1100 252 1210 258V${H}Z"/>`;
      // Kee, lying along the trunk: head and shoulders above it, the rifle's barrel reaching toward the post.
      body += `<path fill="${dark}" d="M300 248a14 14 0 1 1 28 0zM322 246l26 -10l4 6l-22 10zM344 238l130 -16l1 4l-130 17z"/>`;
      body += `<path fill="${mix(t.far, t.near, 0.45)}" d="M-10 ${H - 44}C200 ${H - 58} 500 ${H - 66} 760 ${H - 60}C900 ${H - 58} 1100 ${H - 52} 1210 ${H - 48}V${H - 40}C800 ${H - 52} 300 ${H - 48} -10 ${H - 30}Z"/>`;
      return { defs: s.defs + glowDef('g', t.glow, 0.4), body };
    },
  },
};
