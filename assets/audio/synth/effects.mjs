// One-shot sound effect recipes for assets/audio/generate.mjs. Each takes a
// seeded random() and returns a mono Float32Array at SAMPLE_RATE; levels are
// set later by the generator.

import {
  brownNoise,
  curve,
  envelope,
  fadeEdges,
  filter,
  level,
  mixInto,
  multiply,
  oscillator,
  percussive,
  resonate,
  reverb,
  samples,
  saturate,
  whiteNoise,
} from './dsp.mjs';

/** Energy-weapon beam: a falling whine into a warbling, buzzing sustain. */
export function phaser(random) {
  const n = samples(0.9);
  const pitch = (t) => 1450 + 1100 * Math.exp(-t / 0.05) + 45 * Math.sin(2 * Math.PI * 23 * t);
  const beam = oscillator(n, pitch, 'saw');
  mixInto(
    beam,
    oscillator(n, (t) => pitch(t) * 0.5 + 3, 'square'),
    0,
    0.45,
  );
  mixInto(
    beam,
    oscillator(n, (t) => pitch(t) * 2.9, 'sine'),
    0,
    0.25,
  );
  const buzz = curve(n, (t) => 0.65 + 0.35 * Math.sin(2 * Math.PI * 71 * t));
  const crackle = multiply(filter(whiteNoise(n, random), 'bandpass', 3500, 1.2), sparkle(n, random));
  mixInto(beam, crackle, 0, 0.6);
  const body = filter(filter(beam, 'highpass', 220), 'lowpass', 7000);
  const amp = envelope(n, [
    [0, 0],
    [0.008, 1],
    [0.12, 0.8],
    [0.6, 0.75],
    [0.9, 0],
  ]);
  return fadeEdges(saturate(multiply(body, buzz, amp), 1.6));
}

/** Random flicker between 0.3 and 1, held for a few milliseconds at a time. */
function sparkle(n, random) {
  const out = new Float32Array(n);
  const hold = samples(0.004);
  let v = 1;
  for (let i = 0; i < n; i++) {
    if (i % hold === 0) v = 0.3 + 0.7 * random();
    out[i] = v;
  }
  return out;
}

/** The same beam heard across a valley: darker, thinner, mostly reverb. */
export function phaserFar(random) {
  const dry = filter(filter(phaser(random), 'lowpass', 1300), 'lowpass', 1800);
  const thin = filter(dry, 'highpass', 260);
  const wet = reverb(thin, { tail: 1.4, feedback: 0.78, damping: 0.45 });
  const out = new Float32Array(wet.length + samples(0.03));
  mixInto(out, thin, samples(0.03), 0.5);
  mixInto(out, wet, samples(0.03), 1.2);
  return fadeEdges(out, 0.01, 0.3);
}

/** Explosion: a bright crack, a falling sub thump, rolling rumble and debris. */
export function blast(random) {
  const n = samples(3.2);
  const out = new Float32Array(n);
  const crack = multiply(whiteNoise(n, random), percussive(n, 0.002, 0.18));
  mixInto(
    out,
    filter(crack, 'lowpass', (t) => 300 + 9000 * Math.exp(-t / 0.12)),
    0,
    1.2,
  );
  const thump = multiply(
    oscillator(n, (t) => 28 + 50 * Math.exp(-t / 0.15)),
    percussive(n, 0.004, 0.5),
  );
  mixInto(out, thump, 0, 1.1);
  const rumble = filter(brownNoise(n, random), 'lowpass', (t) => 90 + 250 * Math.exp(-t / 0.6), 1.2);
  mixInto(out, multiply(rumble, percussive(n, 0.03, 0.9)), 0, 3);
  mixInto(out, filter(debris(n, random), 'lowpass', 4000), 0, 0.6);
  return fadeEdges(saturate(level(out, { peakDb: 0 }), 1.8), 0.001, 0.6);
}

/** Scattered small impacts thinning out over two seconds. */
function debris(n, random) {
  const out = new Float32Array(n);
  const hit = samples(0.05);
  for (let k = 0; k < 40; k++) {
    const start = 0.15 + 2.2 * random() ** 2;
    const click = multiply(whiteNoise(hit, random), percussive(hit, 0.001, 0.008));
    const ring = filter(click, 'bandpass', 600 + 3000 * random(), 4);
    mixInto(out, ring, samples(start), (1 - start / 2.6) * (0.3 + 0.7 * random()));
  }
  return out;
}

/** Radio burst: a rising "roger" chirp, crackly band-limited static, squelch. */
export function comm(random) {
  const n = samples(0.6);
  const out = new Float32Array(n);
  const chirpLength = samples(0.075);
  const chirp = multiply(
    oscillator(chirpLength, (t) => 1500 + 16000 * t, 'square'),
    envelope(chirpLength, [
      [0, 0],
      [0.005, 1],
      [0.065, 1],
      [0.075, 0],
    ]),
  );
  mixInto(out, filter(chirp, 'lowpass', 3500), 0, 0.5);
  const staticNoise = filter(filter(crushed(whiteNoise(n, random), 6), 'bandpass', 1900, 0.8), 'highpass', 350);
  const gate = envelope(n, [
    [0, 0],
    [0.07, 0],
    [0.09, 1],
    [0.5, 0.8],
    [0.52, 1.4],
    [0.56, 0],
  ]);
  mixInto(out, multiply(staticNoise, gate, crackleGate(n, random)), 0, 1.4);
  return fadeEdges(saturate(out, 1.5), 0.002, 0.01);
}

/** Sample-and-hold decimation: the lo-fi grain of a cheap receiver. */
function crushed(x, factor) {
  return x.map((_, i) => x[i - (i % factor)]);
}

/** Uneven amplitude that jumps every 10-25 ms, like a failing signal. */
function crackleGate(n, random) {
  const out = new Float32Array(n);
  let v = 1;
  let next = 0;
  for (let i = 0; i < n; i++) {
    if (i >= next) {
      v = random() < 0.15 ? 0.15 : 0.55 + 0.45 * random();
      next = i + samples(0.01 + 0.015 * random());
    }
    out[i] = v;
  }
  return out;
}

/** Wood: fibres creaking faster and faster, one loud crack, then splinters. */
export function splinter(random) {
  const n = samples(1.4);
  const out = new Float32Array(n);
  let t = 0;
  for (let gap = 0.06; t < 0.32; gap *= 0.82) {
    mixInto(out, woodKnock(random, 0.004, 0.02), samples(t), 0.15 + t);
    t += gap;
  }
  mixInto(out, woodKnock(random, 0.03, 0.09), samples(0.34), 2.2);
  const thud = multiply(
    oscillator(samples(0.3), (s) => 55 + 70 * Math.exp(-s / 0.03)),
    percussive(samples(0.3), 0.002, 0.07),
  );
  mixInto(out, thud, samples(0.34), 0.9);
  for (let k = 0; k < 22; k++) {
    const at = 0.37 + 0.8 * random() ** 1.7;
    mixInto(out, woodKnock(random, 0.003, 0.012, 1.4 + random()), samples(at), 0.7 * (1.2 - at) * random());
  }
  return fadeEdges(saturate(out, 1.3), 0.001, 0.1);
}

/** A noise burst through wooden body resonances; `pitch` shifts the modes. */
function woodKnock(random, burst, ring, pitch = 1) {
  const n = samples(burst + ring * 6);
  const hit = multiply(whiteNoise(n, random), percussive(n, 0.0005, burst));
  const body = resonate(hit, [
    { freq: 380 * pitch, q: 8, gain: 1 },
    { freq: 820 * pitch, q: 10, gain: 0.8 },
    { freq: 1460 * pitch, q: 12, gain: 0.6 },
    { freq: 2900 * pitch, q: 9, gain: 0.5 },
  ]);
  mixInto(body, filter(hit, 'highpass', 2500), 0, 0.5);
  return multiply(body, percussive(n, 0.0005, ring));
}

/** Four slow, heavy lub-dub heartbeats. */
export function heartbeat() {
  const period = 1.15;
  const n = samples(period * 4 + 0.2);
  const out = new Float32Array(n);
  for (let beat = 0; beat < 4; beat++) {
    mixInto(out, thump(48), samples(0.02 + beat * period), 1);
    mixInto(out, thump(58), samples(0.32 + beat * period), 0.65);
  }
  const heavy = saturate(out, 2.5);
  return fadeEdges(filter(heavy, 'lowpass', 320), 0.002, 0.1);
}

/** One chest thump: a pitch-dropping low sine with a fast decay. */
function thump(baseHz) {
  const n = samples(0.5);
  const tone = oscillator(n, (t) => baseHz + 35 * Math.exp(-t / 0.025));
  return multiply(tone, percussive(n, 0.006, 0.085));
}
