// Generates every sound cue of the game from code, then encodes it for the web.
//
//   node assets/audio/generate.mjs
//
// Needs Node 20+ and ffmpeg with libopus and libmp3lame (Debian: apt-get install
// -y ffmpeg). Each cue is synthesised (synth/effects.mjs, synth/loops.mjs) with
// a fixed seed, levelled, written as a 16-bit WAV to a temp folder, and encoded
// to <cue>.webm (Opus) and <cue>.mp3 next to this script. A level report is
// printed from the encoded files, decoded back. Same script, same sound.
//
// Loops are stored with LOOP_MARGIN seconds of their own continuation on both
// sides and played as a window (loop-windows.json), because lossy codecs smear
// the first and last few milliseconds of a file and some browsers keep MP3
// encoder padding: looping the whole file would tick or gap at the seam.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fromDb, level, peak, rms, SAMPLE_RATE, samples, scale, seededRandom, seedFromName, toDb } from './synth/dsp.mjs';
import { blast, comm, heartbeat, phaser, phaserFar, splinter } from './synth/effects.mjs';
import { alarm, forest, tension } from './synth/loops.mjs';

const OUT_DIR = dirname(fileURLToPath(import.meta.url));

/** The cue names are fixed: the story's AUDIO / AUDIOLOOP tags use them. */
const CUES = [
  { name: 'phaser', render: phaser, level: { peakDb: -3 } },
  { name: 'phaser_far', render: phaserFar, level: { peakDb: -12 } },
  { name: 'blast', render: blast, level: { peakDb: -3 } },
  { name: 'comm', render: comm, level: { peakDb: -4 } },
  { name: 'splinter', render: splinter, level: { peakDb: -3 } },
  { name: 'heartbeat', render: heartbeat, level: { peakDb: -3 } },
  { name: 'alarm', render: alarm, level: { peakDb: -5 }, loop: true },
  { name: 'forest', render: forest, level: { peakDb: -6, rmsDb: -26 }, loop: true },
  { name: 'tension', render: tension, level: { peakDb: -4, rmsDb: -17 }, loop: true },
];

const LOOP_MARGIN = 0.2;
/** Encoded peaks may overshoot the source; anything above this is turned down. */
const CEILING_DB = -2;

const ENCODINGS = [
  { ext: 'webm', args: ['-c:a', 'libopus', '-b:a', '48k', '-application', 'audio'] },
  { ext: 'mp3', args: ['-c:a', 'libmp3lame', '-q:a', '5'] },
];

function main() {
  const work = mkdtempSync(join(tmpdir(), 'cues-'));
  const windows = {};
  let total = 0;
  try {
    for (const cue of CUES) {
      let signal = level(cue.render(seededRandom(seedFromName(cue.name))), cue.level);
      if (cue.loop) {
        windows[cue.name] = { start: LOOP_MARGIN, duration: signal.length / SAMPLE_RATE };
        signal = withMargins(signal, samples(LOOP_MARGIN));
      }
      for (const { ext, args } of ENCODINGS) {
        const file = join(OUT_DIR, `${cue.name}.${ext}`);
        const decoded = encodeUnderCeiling(signal, join(work, `${cue.name}.wav`), file, args);
        total += statSync(file).size;
        report(`${cue.name}.${ext}`, signal, decoded, windows[cue.name]);
      }
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  writeFileSync(join(OUT_DIR, 'loop-windows.json'), `${JSON.stringify(windows, null, 2)}\n`);
  console.log(`total ${(total / 1024).toFixed(0)} KiB`);
}

/** Surrounds one loop period with its own end before and its own start after. */
function withMargins(loop, margin) {
  const out = new Float32Array(loop.length + 2 * margin);
  out.set(loop.subarray(loop.length - margin), 0);
  out.set(loop, margin);
  out.set(loop.subarray(0, margin), margin + loop.length);
  return out;
}

/** Writes the WAV and encodes it, turning it down and retrying if the codec overshoots. */
function encodeUnderCeiling(signal, wav, file, codecArgs) {
  let gain = 1;
  for (let attempt = 0; ; attempt++) {
    writeFileSync(wav, toWav(scale(signal, gain)));
    encode(wav, file, codecArgs);
    const decoded = decode(file);
    const overshootDb = toDb(peak(decoded)) - CEILING_DB;
    if (overshootDb <= 0 || attempt === 3) return decoded;
    gain *= fromDb(-overshootDb - 0.2);
  }
}

/** Mono 16-bit PCM WAV bytes. */
function toWav(signal) {
  const data = Buffer.alloc(signal.length * 2);
  for (let i = 0; i < signal.length; i++) {
    data.writeInt16LE(Math.round(Math.max(-1, Math.min(1, signal[i])) * 32767), i * 2);
  }
  const header = Buffer.alloc(44);
  header.write('RIFF', 0);
  header.writeUInt32LE(36 + data.length, 4);
  header.write('WAVEfmt ', 8);
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20); // PCM
  header.writeUInt16LE(1, 22); // mono
  header.writeUInt32LE(SAMPLE_RATE, 24);
  header.writeUInt32LE(SAMPLE_RATE * 2, 28);
  header.writeUInt16LE(2, 32);
  header.writeUInt16LE(16, 34);
  header.write('data', 36);
  header.writeUInt32LE(data.length, 40);
  return Buffer.concat([header, data]);
}

/** Encodes without metadata or random IDs, so output bytes are reproducible. */
function encode(input, output, codecArgs) {
  const quiet = ['-hide_banner', '-loglevel', 'error', '-y'];
  const exact = ['-map_metadata', '-1', '-fflags', '+bitexact', '-flags:a', '+bitexact'];
  execFileSync('ffmpeg', [...quiet, '-i', input, ...exact, ...codecArgs, output]);
}

/** Decodes an encoded file back to float samples, to check what ships. */
function decode(file) {
  const raw = execFileSync('ffmpeg', ['-loglevel', 'error', '-i', file, '-f', 'f32le', '-ac', '1', '-ar', `${SAMPLE_RATE}`, '-'], {
    maxBuffer: 1 << 28,
  });
  return new Float32Array(raw.buffer, raw.byteOffset, raw.length / 4);
}

/**
 * One line per file: length, peak, RMS and, for loops, the step across the
 * seam next to the largest step anywhere else (a seam step above it would click).
 */
function report(name, source, decoded, window) {
  const db = (v) => toDb(v).toFixed(1).padStart(6);
  const drift = decoded.length - source.length;
  let line = `${name.padEnd(16)} ${(decoded.length / SAMPLE_RATE).toFixed(2).padStart(5)}s (${drift} samples off)`;
  line += `  peak ${db(peak(decoded))} dBFS  rms ${db(rms(decoded))} dBFS`;
  if (window) {
    const first = samples(window.start);
    const last = first + samples(window.duration) - 1;
    const seam = Math.abs(decoded[last] - decoded[first]);
    line += `  seam step ${seam.toFixed(4)} (max step ${maxStep(decoded, first, last).toFixed(4)})`;
  }
  console.log(line);
}

function maxStep(x, from, to) {
  let m = 0;
  for (let i = from + 1; i <= to; i++) m = Math.max(m, Math.abs(x[i] - x[i - 1]));
  return m;
}

main();
