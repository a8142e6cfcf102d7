/**
 * `npm run bench`: builds the site and the floor page into temporary
 * directories, serves both, drives Debian's Chromium, runs every bench module
 * in turn and prints one table of figures beside their budgets. The same
 * figures go to bench-results/latest.json (gitignored, with the raw samples)
 * and to tests/bench/latest-run.json, the copy the README cites (figures only).
 * A run with --only merges its sections' figures into that copy rather than
 * replace the full run's (merge-run.ts).
 *
 *   npm run bench [-- --only size,first-passage,run-time-path,latency,memory,explore,saves,authoring] [-- --strict]
 *   BENCH_LOADS=41 BENCH_PLAYTHROUGHS=5 BENCH_NAIVE_SECONDS=20 KEE_STORY=story.ink
 *
 * A bench, not a test: it exits 0 with budgets over (unless --strict), and 1
 * only when a module could not measure at all.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { compileStoryFile } from '../support/fixtures';
import { serveStatic } from '../support/static-server';
import { benchAuthoring } from './authoring';
import { launchBrowser } from './bench-browser';
import { buildSite, projectRoot } from './build-site';
import { benchChoiceLatency } from './choice-latency';
import { buildClassicFloorPage } from './classic-floor-page';
import { benchExploration } from './exploration';
import { type BenchSection, type Figure, formatTable, judge } from './figures';
import { benchFirstPassage } from './first-passage';
import { buildFloorPage } from './floor-page';
import { buildInkyTemplatePage } from './inky-template-page';
import { benchMemory } from './memory';
import { mergeRun, type RunRecord } from './merge-run';
import { benchRunTimePath } from './run-time-path';
import { benchSaves } from './saves';
import { benchShippedSize } from './shipped-size';

const SECTIONS = ['size', 'first-passage', 'run-time-path', 'latency', 'memory', 'explore', 'saves', 'authoring'] as const;
type SectionName = (typeof SECTIONS)[number];

const args = process.argv.slice(2);
const onlyAt = args.indexOf('--only');
const only = onlyAt >= 0 ? new Set((args[onlyAt + 1] ?? '').split(',')) : new Set<string>(SECTIONS);
const strict = args.includes('--strict');
const envInt = (name: string, fallback: number) => {
  const n = Number(process.env[name]);
  return Number.isInteger(n) && n > 0 ? n : fallback;
};
// Single page loads on this shared 2-core machine spread by ±20 %: a median of 15 still moved the ratio by ±0.1 between runs.
const loads = envInt('BENCH_LOADS', 41);
const playthroughs = envInt('BENCH_PLAYTHROUGHS', 5);
const naiveMs = envInt('BENCH_NAIVE_SECONDS', 20) * 1000;
const storyFile = path.resolve(projectRoot, process.env.KEE_STORY ?? 'story/main.ink');

const loadAtStart = os.loadavg().map((n) => Math.round(n * 100) / 100);
const figures: Figure[] = [];
const details: Record<string, unknown> = {};
let broken = 0;

async function measure(name: SectionName, run: () => Promise<BenchSection> | BenchSection): Promise<void> {
  if (!only.has(name)) return;
  const started = Date.now();
  process.stderr.write(`▶ ${name}… `);
  try {
    const result = await run();
    figures.push(...result.figures.map(judge));
    details[name] = result.details;
    process.stderr.write(`${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  } catch (err) {
    broken++;
    const message = err instanceof Error ? err.message : String(err);
    figures.push({ section: name, name: 'could not measure', value: null, unit: '', pass: null, note: message.split('\n')[0] ?? '' });
    details[name] = { error: message };
    process.stderr.write(`failed: ${message}\n`);
  }
}

const temp: string[] = [];
const needsBrowser = ['first-passage', 'run-time-path', 'latency', 'memory'].some((s) => only.has(s));
let chromiumVersion: string | null = null;
try {
  const siteDir = only.has('size') || needsBrowser ? await buildSite() : null;
  if (siteDir) temp.push(siteDir);
  if (siteDir) await measure('size', () => benchShippedSize(siteDir));
  if (siteDir && needsBrowser) {
    const floorDir = await buildFloorPage();
    temp.push(floorDir);
    const game = await serveStatic(siteDir, '/kee/bench/');
    const floor = await serveStatic(floorDir, '/floor/');
    const classicDir = buildClassicFloorPage(storyFile);
    temp.push(classicDir);
    const classic = await serveStatic(classicDir, '/classic/');
    // The run-time path: the same story built without its first turn, beside an Inky-style page (run-time-path.ts).
    const noTurnDir = only.has('run-time-path') ? await buildSite({ firstTurn: false }) : null;
    const inkyDir = buildInkyTemplatePage(storyFile);
    temp.push(inkyDir, ...(noTurnDir ? [noTurnDir] : []));
    const noTurn = noTurnDir ? await serveStatic(noTurnDir, '/kee/bench/') : null;
    const inky = await serveStatic(inkyDir, '/inky/');
    const browser = await launchBrowser();
    chromiumVersion = browser.version();
    try {
      await measure('first-passage', () => benchFirstPassage(browser, game.url, floor.url, loads, classic.url));
      if (noTurn) await measure('run-time-path', () => benchRunTimePath(browser, { game: noTurn.url, classic: classic.url, inky: inky.url }, loads));
      await measure('latency', () => benchChoiceLatency(browser, game.url, playthroughs));
      await measure('memory', () => benchMemory(browser, game.url));
    } finally {
      await browser.close();
      await game.close();
      await floor.close();
      await classic.close();
      await inky.close();
      await noTurn?.close();
    }
  }
  if (only.has('explore') || only.has('saves')) {
    const story = compileStoryFile(storyFile);
    await measure('explore', () => benchExploration(story, naiveMs));
    await measure('saves', () => benchSaves(story));
  }
  // Last, on its own: it runs npm run check and npm run build as child processes, which would skew any timing beside them.
  await measure('authoring', () => benchAuthoring());
} finally {
  for (const dir of temp) rmSync(dir, { recursive: true, force: true });
}

const over = figures.filter((f) => f.pass === false);
const result = {
  date: new Date().toISOString(),
  story: path.relative(projectRoot, storyFile),
  machine: {
    loadAverageAtStart: loadAtStart,
    loadAverageAtEnd: os.loadavg().map((n) => Math.round(n * 100) / 100),
    cpus: os.cpus().length,
    cpu: os.cpus()[0]?.model ?? 'unknown',
    memoryGB: Math.round(os.totalmem() / 1e9),
    node: process.version,
    chromium: chromiumVersion,
  },
  settings: { loads, playthroughs, naiveSeconds: naiveMs / 1000 },
  summary: { withinBudget: figures.filter((f) => f.pass === true).length, overBudget: over.map((f) => `${f.section}: ${f.name}`), couldNotMeasure: broken },
  figures,
  details,
};
mkdirSync(path.join(projectRoot, 'bench-results'), { recursive: true });
writeFileSync(path.join(projectRoot, 'bench-results/latest.json'), `${JSON.stringify(result, null, 2)}\n`);
// The committed copy leaves out the raw samples, and is formatted as biome wants so `npm test` stays green.
const copy = path.join(projectRoot, 'tests/bench/latest-run.json');
const figuresOnly: RunRecord = { ...result, details: 'raw samples: see bench-results/latest.json after a run' };
// Some sections only: their figures go into the full run's record, which keeps every other figure it measured.
const recorded = onlyAt >= 0 && existsSync(copy) ? mergeRun(JSON.parse(readFileSync(copy, 'utf8')) as RunRecord, figuresOnly, [...only]) : figuresOnly;
writeFileSync(copy, `${JSON.stringify(recorded, null, 2)}\n`);
spawnSync(path.join(projectRoot, 'node_modules/.bin/biome'), ['format', '--write', copy], { stdio: 'ignore' });

console.log(formatTable(figures));
console.log(`\n${result.summary.withinBudget} within budget, ${over.length} over budget${broken ? `, ${broken} could not measure` : ''}.`);
console.log(
  `Load average (1 min) ${loadAtStart[0]} at the start, ${result.machine.loadAverageAtEnd[0]} at the end, on ${os.cpus().length} cores: above the core count, timings are noisy.`,
);
console.log(
  `Figures written to bench-results/latest.json and ${recorded === figuresOnly ? '' : 'merged into '}tests/bench/latest-run.json${recorded === figuresOnly ? '' : ' (the other sections keep the full run’s figures)'}.`,
);
process.exit(broken > 0 || (strict && over.length > 0) ? 1 : 0);
