/**
 * `npm run check [-- file.ink]`: compile, lint, print one line per problem as
 * `file:line: severity: message` (the consequence report's as
 * `file:line: warning: [rule-id] sentence`), list the TODOs, end with a one-line summary,
 * and exit non-zero when there is an error.
 */
import { parseArgs } from 'node:util';
import { type Diagnostic, formatDiagnostic, hasErrors, relative } from '../tooling/diagnostic';
import { lintStory, sortDiagnostics } from '../tooling/lint';
import { audioCues } from './audio-cues';
import type { CliIO } from './cli-io';
import { loadStory } from './cli-load';
import { storyFiles } from './story-files';

export async function runCheck(argv: string[], io: CliIO): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { 'no-explore': { type: 'boolean' }, 'no-consequences': { type: 'boolean' } },
  });
  const story = loadStory(positionals[0], io.cwd);
  // compileInk reports ink's `TODO:` lines as info diagnostics; say what they are.
  const compiled = story.diagnostics.map((d) => (d.severity === 'info' ? { ...d, message: `TODO: ${d.message}` } : d));
  const linted = story.json
    ? lintStory(
        { entry: story.file, json: story.json, sources: story.sources, lines: story.lines },
        { explore: !values['no-explore'], consequences: !values['no-consequences'], cues: audioCues(io.cwd), files: storyFiles(story.file) },
      )
    : [];
  const all = sortDiagnostics([...compiled, ...linted]);
  for (const d of all) io.stdout.write(`${formatDiagnostic(d, io.cwd)}\n`);
  // Only the files actually read count: a missing INCLUDE is an error above, not an included file.
  io.stdout.write(`${summary(all, story.file, story.sources.length, io.cwd, story.json !== null)}\n`);
  return hasErrors(all) ? 1 : 0;
}

function summary(all: Diagnostic[], file: string, files: number, cwd: string, compiled: boolean): string {
  const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const errors = all.filter((d) => d.severity === 'error').length;
  const warnings = all.filter((d) => d.severity === 'warning').length;
  const todos = all.filter((d) => d.severity === 'info' && d.message.startsWith('TODO:')).length;
  const what = `${relative(file, cwd)}${files > 1 ? ` and ${count(files - 1, 'included file')}` : ''}`;
  const verdict = !compiled ? 'does not compile' : errors ? 'has problems' : 'is fine';
  return `check: ${what} ${verdict}: ${count(errors, 'error')}, ${count(warnings, 'warning')}, ${count(todos, 'TODO')}`;
}
