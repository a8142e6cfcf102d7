/**
 * The raid, scene by scene, from the slope above the post: each picture is the
 * place the scene happens as Kee sees it (story/scenes/*.ink), drawn calm and
 * low in contrast so it sits quietly above the text. Each entry is the SVG
 * title (what the picture shows) and the drawing, in the palette it is given.
 */
import { ferns, figure, fillUnder, glowDef, H, heightAt, layers, mix, plume, post, r1, sky, trees } from './draw.mjs';

/** The valley with the post in it, seen from the slope: the start of most raid pictures. */
function valley(rand, t, postX, postK, n = 3) {
  const s = sky(t);
  const ls = layers(rand, t, n, 130, 250, 34, 16);
  let body = s.body;
  ls.forEach((l, i) => {
    body += `<path fill="${l.fill}" d="${fillUnder(l.pts)}${i === n - 1 ? trees(rand, l.pts, 10, 40) : ''}"/>`;
    if (i === 1 && postX) body += post(postX, heightAt(l.pts, postX) + 2, postK, mix(t.far, t.near, 0.6), t.skyLow);
  });
  return { defs: s.defs, body, ls };
}

/** The fallen, moss-covered trunk Kee and Walo lie behind, across the foreground. */
function trunk(t, y, moss = true) {
  const bark = mix(t.near, '#000000', 0.2);
  let out = `<path fill="${bark}" d="M-10 ${H}V${y + 8}C200 ${y - 6} 600 ${y - 18} 1210 ${y - 4}V${H}Z"/>`;
  if (moss)
    out += `<path fill="${mix(t.far, t.near, 0.45)}" d="M-10 ${y + 10}C180 ${y - 10} 420 ${y - 20} 640 ${y - 16}C700 ${y - 26} 760 ${y - 14} 820 ${y - 18}C980 ${y - 22} 1100 ${y - 12} 1210 ${y - 6}V${y + 2}C900 ${y - 8} 400 ${y - 4} -10 ${y + 18}Z"/>`;
  return out;
}

export const RAID_SCENES = {
  wait: {
    title: 'The fallen trunk on the slope, the post small in the valley below, the sun low',
    draw(rand, t) {
      const v = valley(rand, t, 700, 0.6);
      const body = `${v.body}<circle cx="300" cy="80" r="26" fill="${mix(t.skyLow, t.glow, 0.35)}"/>${trunk(t, 250)}`;
      return { defs: v.defs, body };
    },
  },
  guards: {
    title: 'The gate of the post up close: the striped barrier, one guard standing in a patch of sun, one walking',
    draw(rand, t) {
      const s = sky(t);
      const ls = layers(rand, t, 2, 120, 170, 30, 20);
      let body = s.body;
      for (const l of ls) body += `<path fill="${l.fill}" d="${fillUnder(l.pts)}"/>`;
      const ground = mix(t.far, t.near, 0.5);
      body += `<path fill="${ground}" d="M0 ${H}V220C300 210 900 208 1200 222V${H}Z"/>`;
      body += `<ellipse cx="520" cy="240" rx="90" ry="14" fill="${mix(t.skyLow, t.glow, 0.4)}" opacity="0.55"/>`;
      body += post(600, 224, 1.2, mix(t.far, t.near, 0.75), t.skyLow);
      const man = mix(t.near, '#000000', 0.3);
      body += `<path fill="${man}" d="${figure(520, 240, 58, true)}${figure(800, 236, 54, true)}"/>`;
      body += `<path fill="${t.near}" d="${ferns(rand, 10, H, 70)}"/>`;
      return { defs: s.defs, body };
    },
  },
  'first-shot': {
    title: 'A thin line of phaser fire crossing from the slope to the gate, a flash where it lands',
    draw(rand, t) {
      const v = valley(rand, t, 760, 0.9);
      let body = v.body;
      body += `<path stroke="${t.glow}" stroke-width="2" stroke-linecap="round" opacity="0.8" d="M120 290L742 196"/>`;
      body += `<circle cx="745" cy="196" r="26" fill="url(#g)"/>`;
      body += trunk(t, 276, false);
      return { defs: v.defs + glowDef('g', t.glow, 0.7), body };
    },
  },
  covering: {
    title: 'The slope down to the post, its door thrown open and lit, ferns in the foreground where Ren runs for cover',
    draw(rand, t) {
      const v = valley(rand, t, 0, 1);
      let body = v.body;
      const c = mix(t.far, t.near, 0.7);
      body += `<path fill="${c}" d="M820 220h200v-50h-200zM905 170h8v-90h-8z"/>`;
      body += `<path fill="${t.glow}" opacity="0.8" d="M850 220h22v-34h-22z"/>`;
      body += `<path stroke="${t.glow}" stroke-width="2" opacity="0.55" d="M852 200L640 150M870 196L700 110"/>`;
      body += `<path fill="${mix(t.near, '#000000', 0.25)}" d="${figure(560, 262, 34, true)}"/>`;
      body += `<path fill="${t.near}" d="${ferns(rand, 16, H, 90)}"/>`;
      return { defs: v.defs, body };
    },
  },
  burn: {
    title: 'The blast: a dome of fire rising behind the crest where the post stood, the ridge black against it',
    draw(rand, t) {
      const s = sky(t, mix(t.skyTop, t.glow, 0.2), mix(t.skyLow, t.glow, 0.45));
      let body = `${s.body}<ellipse cx="640" cy="230" rx="420" ry="200" fill="url(#g)"/>`;
      body += `<ellipse cx="640" cy="212" rx="120" ry="70" fill="${mix(t.glow, '#ffffff', 0.35)}" opacity="0.55"/>`;
      let sparks = '';
      for (let k = 0; k < 24; k++) sparks += `M${r1(520 + rand() * 240)} ${r1(100 + rand() * 110)}h3v3h-3z`;
      body += `<path fill="${t.glow}" d="${sparks}"/>`;
      const ls = layers(rand, t, 2, 200, 265, 18, 10);
      ls.forEach((l, i) => {
        body += `<path fill="${l.fill}" d="${fillUnder(l.pts)}${i === 1 ? trees(rand, l.pts, 12, 46) : ''}"/>`;
      });
      return { defs: s.defs + glowDef('g', t.glow, 0.65), body };
    },
  },
  comm: {
    title: 'After the blast: a single column of smoke over the crest, three fighters lying low in the ferns',
    draw(rand, t) {
      const s = sky(t, mix(t.skyTop, t.smoke, 0.25), t.skyLow);
      const ls = layers(rand, t, 2, 170, 240, 22, 12);
      let body = s.body;
      body += plume(rand, 700, heightAt(ls[0].pts, 700) + 10, 200, 160, t.smoke);
      for (const l of ls) body += `<path fill="${l.fill}" d="${fillUnder(l.pts)}"/>`;
      const c = mix(t.near, '#000000', 0.25);
      body += `<path fill="${c}" d="M380 268h70v-9h-70zM470 270h74v-9h-74zM566 268h66v-9h-66zM378 258a8 8 0 1 1 0 .1zM548 260a8 8 0 1 1 0 .1zM636 258a8 8 0 1 1 0 .1z"/>`;
      body += `<path fill="${t.near}" d="${ferns(rand, 12, H, 50)}"/>`;
      return { defs: s.defs, body };
    },
  },
  'sent-back': {
    title: 'The empty place behind the trunk, and a path winding down out of the forest toward the camps',
    draw(rand, t) {
      const s = sky(t, t.skyTop, mix(t.skyLow, t.far, 0.3));
      const ls = layers(rand, t, 3, 150, 250, 26, 14);
      let body = s.body;
      ls.forEach((l, i) => {
        body += `<path fill="${l.fill}" d="${fillUnder(l.pts)}${i === 2 ? trees(rand, l.pts, 14, 44) : ''}"/>`;
      });
      body += `<path fill="none" stroke="${mix(t.skyLow, t.far, 0.4)}" stroke-width="6" stroke-linecap="round" d="M1000 300C900 270 1040 246 900 232C780 220 860 200 760 190"/>`;
      body += trunk(t, 280);
      return { defs: s.defs, body };
    },
  },
};
