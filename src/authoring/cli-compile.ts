/**
 * `npm run compile -- story.ink [-o story.json]`: writes the compiled story as
 * the ink runtime JSON inklecate's `-o` writes (whole floats kept as `2.0`),
 * which plain inkjs, Unity's ink runtime and any other ink player load. Like
 * inklecate, the file defaults to the input's name with `.json` added. Compile
 * problems go to stderr as `file:line: severity: message` with the source line;
 * on an error nothing is written, so a good file is never replaced by a broken
 * build's.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { formatDiagnostic, hasErrors, relative } from '../tooling/diagnostic';
import type { CliIO } from './cli-io';
import { loadStory } from './cli-load';

export async function runCompile(argv: string[], io: CliIO): Promise<number> {
  const { positionals, values } = parseArgs({ args: argv, allowPositionals: true, options: { output: { type: 'string', short: 'o' } } });
  const input = positionals[0];
  if (!input?.endsWith('.ink')) {
    io.stderr.write('compile: name the .ink file to compile, e.g. npm run compile -- story/main.ink -o story.json\n');
    return 2;
  }
  const story = loadStory(input, io.cwd);
  for (const d of story.diagnostics.filter((x) => x.severity !== 'info')) {
    io.stderr.write(`${formatDiagnostic(d, io.cwd)}\n`);
    if (d.source !== undefined) io.stderr.write(`    ${d.source.trim()}\n`);
  }
  if (!story.json || hasErrors(story.diagnostics)) {
    io.stderr.write(`compile: ${relative(story.file, io.cwd)} does not compile; nothing written\n`);
    return 1;
  }
  const output = path.resolve(io.cwd, values.output ?? `${input}.json`);
  try {
    writeFileSync(output, story.json);
  } catch (err) {
    io.stderr.write(`compile: cannot write ${relative(output, io.cwd)}: ${(err as Error).message}\n`);
    return 1;
  }
  io.stdout.write(`compile: wrote ${relative(output, io.cwd)} (${story.json.length.toLocaleString('en')} bytes)\n`);
  return 0;
}
