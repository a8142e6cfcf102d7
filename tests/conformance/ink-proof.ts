/**
 * Scores our `play` command against a checkout of ink-proof
 * (github.com/chromy/ink-proof), the ink community's conformance suite:
 *
 *   npx tsx tests/conformance/ink-proof.ts /path/to/ink-proof [I026 I131 …]
 *
 * Each case `ink/Ixxx/` holds `story.ink`, the choice numbers to type
 * (`input.txt`, one a line) and what inklecate's play mode prints
 * (`transcript.txt`). A case passes, as in ink-proof's own runner, when the
 * story compiles and what `play` writes to stdout is the transcript exactly
 * (a byte-order mark and CR line ends aside); warnings on stderr do not count
 * against it. Prints one line per case, a diff under each failure, and
 * `N of M passed`; exits 1 when any case fails. Not part of `npm test`: CI has
 * no checkout, and the behaviours behind the failures it found are guarded by
 * our own corpus (tests/authoring/conformance.test.ts).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { main } from '../../src/authoring/cli';
import { memoryIO } from '../../src/authoring/cli-io';
import { lineDiff } from './line-diff';

export interface CaseResult {
  name: string;
  passed: boolean;
  /** Why it failed: the compile errors, or the diff of the transcripts. */
  detail: string;
}

const text = (file: string) =>
  readFileSync(file, 'utf8')
    .replace(/^\uFEFF/, '')
    .replace(/\r\n/g, '\n');

/** The lines a player reads from `input.txt`, as Console.ReadLine gives them: the last line break ends the input. */
export function inputLines(input: string): string[] {
  const lines = input.split('\n');
  if (lines.at(-1) === '') lines.pop();
  return lines;
}

/** Plays one case folder through `play` and compares stdout with its transcript. */
export async function runCase(dir: string): Promise<CaseResult> {
  const name = path.basename(dir);
  const inputFile = path.join(dir, 'input.txt');
  const io = memoryIO(dir, existsSync(inputFile) ? inputLines(text(inputFile)) : []);
  const code = await main(['play', 'story.ink'], io);
  if (code === 2) return { name, passed: false, detail: `does not compile:\n${io.err().trimEnd()}` };
  const diff = lineDiff(text(path.join(dir, 'transcript.txt')), io.out());
  return { name, passed: diff === '', detail: diff };
}

/** The case folders of a checkout (those with a story and a transcript), in order, or only the ones named. */
export function caseFolders(checkout: string, only: readonly string[] = []): string[] {
  const root = path.join(checkout, 'ink');
  return readdirSync(root)
    .filter((name) => only.length === 0 || only.includes(name))
    .map((name) => path.join(root, name))
    .filter((dir) => existsSync(path.join(dir, 'story.ink')) && existsSync(path.join(dir, 'transcript.txt')))
    .sort();
}

async function run(argv: string[]): Promise<number> {
  const [checkout, ...only] = argv;
  if (!checkout || !existsSync(path.join(checkout, 'ink'))) {
    process.stderr.write('usage: npx tsx tests/conformance/ink-proof.ts <ink-proof checkout> [case names]\n');
    return 2;
  }
  const results: CaseResult[] = [];
  for (const dir of caseFolders(checkout, only)) {
    const result = await runCase(dir);
    results.push(result);
    process.stdout.write(`${result.passed ? 'pass' : 'FAIL'} ${result.name}\n`);
    if (!result.passed) process.stdout.write(`${result.detail.replace(/^/gm, '    ')}\n`);
  }
  const passed = results.filter((r) => r.passed).length;
  process.stdout.write(`${passed} of ${results.length} passed\n`);
  return passed === results.length ? 0 : 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  run(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
