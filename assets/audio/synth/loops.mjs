// Seamless loop recipes for assets/audio/generate.mjs (forest, tension,
// alarm). Each returns exactly one loop period; slow modulations repeat a
// whole number of times per loop and noise tails are crossfaded into the head.

import { brownNoise, curve, envelope, filter, mixInto, multiply, oscillator, pinkNoise, reverb, samples, saturate, whiteNoise, wrapLoop } from './dsp.mjs';

const TAU = 2 * Math.PI;

/** Soft wind through leaves with a few bird phrases; 18 s. */
export function forest(random) {
  const seconds = 18;
  const fade = samples(1.5);
  const n = samples(seconds) + fade;
  const gust = (t) => 0.55 + 0.25 * Math.sin((TAU * 2 * t) / seconds) + 0.2 * Math.sin((TAU * 3 * t) / seconds + 1.3);
  const wind = filter(pinkNoise(n, random), 'bandpass', (t) => 260 + 380 * gust(t), 0.9);
  const out = multiply(wind, curve(n, gust));
  const leaves = filter(whiteNoise(n, random), 'highpass', 3200);
  mixInto(
    out,
    multiply(
      leaves,
      curve(n, (t) => 0.05 * gust(t) ** 3),
    ),
    0,
    1,
  );
  const birds = new Float32Array(n);
  for (const at of [2.3, 6.8, 10.1, 14.6]) {
    const phrase = random() < 0.5 ? sweepPhrase(random) : trillPhrase(random);
    mixInto(birds, phrase, samples(at + random()), 0.6 + 0.3 * random());
  }
  mixInto(out, birds, 0, 1);
  mixInto(out, reverb(birds, { tail: 0.8, feedback: 0.7, damping: 0.5 }), 0, 0.35);
  return wrapLoop(out, samples(seconds), fade, true);
}

/** Two to five quick rising or falling whistles. */
function sweepPhrase(random) {
  const count = 2 + Math.floor(random() * 4);
  const from = 2600 + 1200 * random();
  const to = from + (random() < 0.5 ? 1500 : -900);
  const notes = [];
  for (let k = 0; k < count; k++) notes.push(chirp(0.07 + 0.05 * random(), from, to));
  return phrase(notes, 0.07 + 0.06 * random());
}

/** A short warbled trill. */
function trillPhrase(random) {
  const base = 3800 + 900 * random();
  const notes = [];
  for (let k = 0; k < 6; k++) notes.push(chirp(0.035, base + 300 * (k % 2), base - 200 * (k % 2)));
  return phrase(notes, 0.025);
}

/** Notes placed one after another with `gap` seconds between them. */
function phrase(notes, gap) {
  const total = notes.reduce((sum, note) => sum + note.length + samples(gap), 0);
  const out = new Float32Array(total);
  let at = 0;
  for (const note of notes) {
    mixInto(out, note, at);
    at += note.length + samples(gap);
  }
  return out;
}

/** One whistle: a sine gliding from `from` to `to` Hz under a smooth window. */
function chirp(duration, from, to) {
  const n = samples(duration);
  const tone = oscillator(n, (t) => from + ((to - from) * t) / duration + 120 * Math.sin(TAU * 45 * t));
  return multiply(
    tone,
    curve(n, (t) => Math.sin((Math.PI * t) / duration) ** 2),
  );
}

/**
 * Low, dark drone; 10 s. Every frequency is a multiple of 0.1 Hz so each
 * partial completes whole cycles in the loop, and the crossfade is clean.
 */
export function tension(random) {
  const seconds = 10;
  const preroll = samples(1);
  const fade = samples(1);
  const n = preroll + samples(seconds) + fade;
  const drone = new Float32Array(n);
  for (const [hz, gain] of [
    [55, 1],
    [55.3, 0.8],
    [58.3, 0.5],
    [77.8, 0.35],
  ]) {
    mixInto(drone, oscillator(n, hz, 'saw', random()), 0, gain);
  }
  const sweep = (t) => 150 + 110 * (0.5 + 0.5 * Math.sin((TAU * t) / seconds));
  const out = filter(drone, 'lowpass', sweep, 2.2);
  mixInto(out, oscillator(n, 27.5), 0, 0.9);
  const eerie = multiply(
    oscillator(n, 622.3),
    curve(n, (t) => 0.5 - 0.5 * Math.cos((TAU * 2 * t) / seconds)),
  );
  mixInto(out, eerie, 0, 0.04);
  const breath = filter(brownNoise(n, random), 'bandpass', 220, 1.5);
  mixInto(
    out,
    multiply(
      breath,
      curve(n, (t) => 0.6 + 0.4 * Math.sin((TAU * 2 * t) / seconds)),
    ),
    0,
    0.8,
  );
  const settled = saturate(out, 1.3).slice(preroll);
  return wrapLoop(settled, samples(seconds), fade, false);
}

/**
 * Alien klaxon: a whoop up, a whoop down, twice; 2 s. The pattern is built
 * from identical pulses, filtered with a lead-in so filter state repeats too.
 */
export function alarm() {
  const period = [pulse(340, 620), pulse(660, 380)];
  const lead = period.length;
  const tiles = [...period, ...period, ...period];
  const pulseLength = period[0].length;
  const raw = new Float32Array(pulseLength * tiles.length);
  for (const [k, p] of tiles.entries()) raw.set(p, k * pulseLength);
  const horn = filter(filter(raw, 'lowpass', 2600), 'highpass', 180);
  mixInto(horn, filter(raw, 'bandpass', 950, 3), 0, 0.8);
  return saturate(horn, 2).slice(lead * pulseLength);
}

/** One 0.5 s klaxon pulse gliding from `from` to `to` Hz, with an alien wobble. */
function pulse(from, to) {
  const n = samples(0.5);
  const glide = (t) => from + (to - from) * Math.min(t / 0.42, 1);
  const tone = oscillator(n, glide, 'square');
  mixInto(
    tone,
    oscillator(n, (t) => glide(t) * 1.503, 'saw'),
    0,
    0.5,
  );
  const wobble = curve(n, (t) => 0.7 + 0.3 * Math.sin(TAU * 16 * t));
  const amp = envelope(n, [
    [0, 0],
    [0.015, 1],
    [0.41, 1],
    [0.45, 0],
  ]);
  return multiply(tone, wobble, amp);
}
