// Small synthesis toolkit for assets/audio/generate.mjs: a seeded random
// generator, noise, band-limited oscillators, envelopes, RBJ biquad filters,
// a tiny reverb, and helpers to mix, level and loop mono Float32Array signals.

export const SAMPLE_RATE = 48000;

/** Seconds to a whole number of samples. */
export const samples = (seconds) => Math.round(seconds * SAMPLE_RATE);

/** A number, or a function of time in seconds. */
const valueAt = (param, t) => (typeof param === 'function' ? param(t) : param);

/** Deterministic PRNG (mulberry32): returns () => number in [0, 1). */
export function seededRandom(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Stable 32-bit seed from a name, so each cue has its own fixed randomness. */
export function seedFromName(name) {
  let h = 2166136261;
  for (const ch of name) h = Math.imul(h ^ ch.charCodeAt(0), 16777619);
  return h >>> 0;
}

// ---------------------------------------------------------------- sources

export function whiteNoise(n, random) {
  const out = new Float32Array(n);
  for (let i = 0; i < n; i++) out[i] = random() * 2 - 1;
  return out;
}

/** Pink-ish noise (Paul Kellet's economy filter). */
export function pinkNoise(n, random) {
  const out = new Float32Array(n);
  let b0 = 0;
  let b1 = 0;
  let b2 = 0;
  for (let i = 0; i < n; i++) {
    const w = random() * 2 - 1;
    b0 = 0.99765 * b0 + w * 0.099046;
    b1 = 0.963 * b1 + w * 0.2965164;
    b2 = 0.57 * b2 + w * 1.0526913;
    out[i] = (b0 + b1 + b2 + w * 0.1848) * 0.25;
  }
  return out;
}

/** Brown (red) noise: leaky integrated white noise, strong in the lows. */
export function brownNoise(n, random) {
  const out = new Float32Array(n);
  let y = 0;
  for (let i = 0; i < n; i++) {
    y = y * 0.998 + (random() * 2 - 1) * 0.06;
    out[i] = y;
  }
  return out;
}

/** PolyBLEP correction that removes most aliasing from saw/square edges. */
function polyBlep(t, dt) {
  if (t < dt) {
    const x = t / dt;
    return x + x - x * x - 1;
  }
  if (t > 1 - dt) {
    const x = (t - 1) / dt;
    return x * x + x + x + 1;
  }
  return 0;
}

const WAVES = {
  sine: (p) => Math.sin(2 * Math.PI * p),
  saw: (p, dt) => 2 * p - 1 - polyBlep(p, dt),
  square: (p, dt) => (p < 0.5 ? 1 : -1) + polyBlep(p, dt) - polyBlep((p + 0.5) % 1, dt),
};

/** Oscillator; `freq` in Hz may be a function of time (seconds). */
export function oscillator(n, freq, wave = 'sine', phase = 0) {
  const out = new Float32Array(n);
  const shape = WAVES[wave];
  let p = phase % 1;
  for (let i = 0; i < n; i++) {
    const dt = valueAt(freq, i / SAMPLE_RATE) / SAMPLE_RATE;
    out[i] = shape(p, Math.abs(dt) || 1e-9);
    p = (p + dt) % 1;
    if (p < 0) p += 1;
  }
  return out;
}

// ---------------------------------------------------------------- envelopes

/** Piecewise-linear envelope through [seconds, level] points; holds the end levels. */
export function envelope(n, points) {
  const out = new Float32Array(n);
  let k = 0;
  for (let i = 0; i < n; i++) {
    const t = i / SAMPLE_RATE;
    while (k < points.length - 1 && t >= points[k + 1][0]) k++;
    const [t0, a] = points[k];
    const next = points[k + 1];
    out[i] = t <= t0 || !next ? a : a + ((next[1] - a) * (t - t0)) / (next[0] - t0);
  }
  return out;
}

/** Fast linear attack then exponential decay with time constant `tau` seconds. */
export function percussive(n, attack, tau) {
  const out = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    const t = i / SAMPLE_RATE;
    out[i] = t < attack ? t / attack : Math.exp(-(t - attack) / tau);
  }
  return out;
}

/** A signal made by evaluating fn(t) at every sample (LFOs, modulators). */
export function curve(n, fn) {
  const out = new Float32Array(n);
  for (let i = 0; i < n; i++) out[i] = fn(i / SAMPLE_RATE);
  return out;
}

// ---------------------------------------------------------------- filters

function biquadCoefficients(type, freq, q) {
  const f = Math.min(Math.max(freq, 10), SAMPLE_RATE * 0.45);
  const w = (2 * Math.PI * f) / SAMPLE_RATE;
  const cos = Math.cos(w);
  const alpha = Math.sin(w) / (2 * q);
  let b;
  if (type === 'lowpass') b = [(1 - cos) / 2, 1 - cos, (1 - cos) / 2];
  else if (type === 'highpass') b = [(1 + cos) / 2, -(1 + cos), (1 + cos) / 2];
  else if (type === 'bandpass') b = [alpha, 0, -alpha];
  else throw new Error(`unknown filter type ${type}`);
  const a0 = 1 + alpha;
  return [b[0] / a0, b[1] / a0, b[2] / a0, (-2 * cos) / a0, (1 - alpha) / a0];
}

/** RBJ biquad; `freq` may be a function of time (recomputed every 16 samples). */
export function filter(x, type, freq, q = Math.SQRT1_2) {
  const out = new Float32Array(x.length);
  let c = biquadCoefficients(type, valueAt(freq, 0), q);
  let [x1, x2, y1, y2] = [0, 0, 0, 0];
  for (let i = 0; i < x.length; i++) {
    if (typeof freq === 'function' && i % 16 === 0) {
      c = biquadCoefficients(type, freq(i / SAMPLE_RATE), q);
    }
    const y = c[0] * x[i] + c[1] * x1 + c[2] * x2 - c[3] * y1 - c[4] * y2;
    x2 = x1;
    x1 = x[i];
    y2 = y1;
    y1 = y;
    out[i] = y;
  }
  return out;
}

/** A bank of resonant band-passes summed: gives struck objects their "body". */
export function resonate(x, modes) {
  const out = new Float32Array(x.length);
  for (const { freq, q, gain } of modes) mixInto(out, filter(x, 'bandpass', freq, q), 0, gain);
  return out;
}

/** Small Schroeder reverb: returns only the wet signal, `tail` seconds longer. */
export function reverb(x, { tail = 1.5, feedback = 0.8, damping = 0.3 } = {}) {
  const n = x.length + samples(tail);
  const input = new Float32Array(n);
  input.set(x);
  const wet = new Float32Array(n);
  for (const delay of [1687, 1601, 2053, 2251]) {
    const line = new Float32Array(delay);
    let lp = 0;
    for (let i = 0; i < n; i++) {
      const j = i % delay;
      const y = line[j];
      lp = y * (1 - damping) + lp * damping;
      line[j] = input[i] + lp * feedback;
      wet[i] += y * 0.25;
    }
  }
  let out = wet;
  for (const delay of [241, 557]) out = allpass(out, delay, 0.5);
  return out;
}

function allpass(x, delay, g) {
  const out = new Float32Array(x.length);
  const line = new Float32Array(delay);
  for (let i = 0; i < x.length; i++) {
    const j = i % delay;
    const buffered = line[j];
    const y = -g * x[i] + buffered;
    line[j] = x[i] + g * y;
    out[i] = y;
  }
  return out;
}

// ---------------------------------------------------------------- shaping & mixing

/** Elementwise product of equal-length signals (applies envelopes, ring modulation). */
export function multiply(...signals) {
  const out = Float32Array.from(signals[0]);
  for (const s of signals.slice(1)) for (let i = 0; i < out.length; i++) out[i] *= s[i];
  return out;
}

export function scale(x, gain) {
  return x.map((v) => v * gain);
}

/** Adds `src * gain` into `dst` starting at sample `offset` (clipped to dst). */
export function mixInto(dst, src, offset = 0, gain = 1) {
  const end = Math.min(src.length, dst.length - offset);
  for (let i = Math.max(0, -offset); i < end; i++) dst[offset + i] += src[i] * gain;
  return dst;
}

/** Soft clipping: adds harmonics and weight without hard edges. */
export function saturate(x, drive) {
  const norm = Math.tanh(drive);
  return x.map((v) => Math.tanh(v * drive) / norm);
}

/** Short raised-cosine fades at both ends so one-shots never click. */
export function fadeEdges(x, fadeIn = 0.003, fadeOut = 0.02) {
  const out = Float32Array.from(x);
  const a = samples(fadeIn);
  const b = samples(fadeOut);
  for (let i = 0; i < a; i++) out[i] *= 0.5 - 0.5 * Math.cos((Math.PI * i) / a);
  for (let i = 0; i < b; i++) out[out.length - 1 - i] *= 0.5 - 0.5 * Math.cos((Math.PI * i) / b);
  return out;
}

/**
 * Makes a seamless loop of `length` samples from a signal of length + fade:
 * the overhanging tail is crossfaded into the head, so the last sample flows
 * straight into the first. `equalPower` suits noise; linear suits periodic tones.
 */
export function wrapLoop(x, length, fade, equalPower = true) {
  const out = x.slice(0, length);
  for (let i = 0; i < fade; i++) {
    const k = i / fade;
    const fadeIn = equalPower ? Math.sin((k * Math.PI) / 2) : k;
    const fadeOut = equalPower ? Math.cos((k * Math.PI) / 2) : 1 - k;
    out[i] = x[i] * fadeIn + x[length + i] * fadeOut;
  }
  return out;
}

// ---------------------------------------------------------------- measuring

export const toDb = (v) => (v > 0 ? 20 * Math.log10(v) : -Infinity);
export const fromDb = (db) => 10 ** (db / 20);

export function peak(x) {
  let m = 0;
  for (const v of x) m = Math.max(m, Math.abs(v));
  return m;
}

export function rms(x) {
  let sum = 0;
  for (const v of x) sum += v * v;
  return Math.sqrt(sum / x.length);
}

/** Scales to a target RMS (if given) without letting the peak exceed `peakDb`. */
export function level(x, { peakDb = -3, rmsDb } = {}) {
  const byPeak = fromDb(peakDb) / peak(x);
  const byRms = rmsDb === undefined ? Infinity : fromDb(rmsDb) / rms(x);
  return scale(x, Math.min(byPeak, byRms));
}
