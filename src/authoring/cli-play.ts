/**
 * `npm run play [-- file.ink|file.json] [--seed S] [--choice-tags] [--keep-open]`:
 * plays a story in the terminal in inklecate's format (play-transcript.ts),
 * reading choice numbers from stdin. Compile problems go to stderr.
 */
import { parseArgs } from 'node:util';
import { formatDiagnostic, hasErrors, relative } from '../tooling/diagnostic';
import type { CliIO } from './cli-io';
import { loadStory } from './cli-load';
import { playTranscript } from './play-transcript';

export async function runPlay(argv: string[], io: CliIO): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { seed: { type: 'string' }, 'choice-tags': { type: 'boolean' }, 'keep-open': { type: 'boolean', short: 'k' } },
  });
  const story = loadStory(positionals[0], io.cwd);
  for (const d of story.diagnostics.filter((x) => x.severity !== 'info')) io.stderr.write(`${formatDiagnostic(d, io.cwd)}\n`);
  if (!story.json || hasErrors(story.diagnostics)) return 2;
  const seed = values.seed === undefined ? undefined : Number(values.seed);
  const { errors } = await playTranscript(
    story.json,
    { write: (t) => io.stdout.write(t), readLine: () => io.readLine(), warn: (t) => io.stderr.write(t) },
    {
      seed,
      choiceTags: values['choice-tags'],
      keepOpen: values['keep-open'],
      lines: story.lines,
      fileName: (file) => relative(file, io.cwd),
    },
  );
  return errors > 0 ? 1 : 0;
}
