/**
 * The five named backdrops of the tag vocabulary (`# BACKGROUND: forest`,
 * `ridge`, `smoke`, `night`, `camp`): the pictures a scene shows when it has
 * none of its own (scene-pictures.mjs), and the ones any other story gets.
 */
import { fillUnder, glowDef, H, heightAt, layers, mix, r1, sky, trees, W } from './draw.mjs';

/** What each picture shows, as its SVG title. */
export const BACKDROP_TITLES = {
  forest: 'Wooded hills, one ridge behind another',
  ridge: 'The ridge above the valley, with the Cardassian post and its sensor mast',
  smoke: 'Smoke rising from behind a ridge against a glowing sky',
  night: 'Hills under a starry sky and two moons',
  camp: 'A cave mouth in a rock face, lit by a small fire',
};

export const BACKDROPS = {
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
