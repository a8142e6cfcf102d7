/**
 * The authoring CLI: `tsx src/authoring/cli.ts <command> [args]`, behind the
 * npm scripts check, compile, explore, play and new-scene. This file only dispatches;
 * each command lives in its own module and takes a CliIO, so tests call
 * `main(argv, io)` with captured output instead of spawning a process.
 */
import { pathToFileURL } from 'node:url';
import { runCheck } from './cli-check';
import { runCompile } from './cli-compile';
import { runExplore } from './cli-explore';
import { type CliIO, processIO } from './cli-io';
import { runPlay } from './cli-play';
import { runNewScene } from './new-scene';

type Command = (argv: string[], io: CliIO) => Promise<number>;

const COMMANDS: Record<string, Command> = {
  check: runCheck,
  compile: runCompile,
  explore: runExplore,
  play: runPlay,
  'new-scene': runNewScene,
};

const USAGE = `usage: tsx src/authoring/cli.ts <command> [options]
  check     [file.ink] [--no-explore] [--no-consequences]  compile and lint; non-zero exit on errors
  compile   file.ink [-o file.json]            write ink's runtime JSON, as inklecate -o does
  explore   [file.ink|file.json] [--random N] [--seed S] [--json] [--time S (30; 0: none)] [--max-depth D] [--max-states N] [--max-turns N]
  play      [file.ink|file.json] [--seed S] [--choice-tags] [--keep-open]
  new-scene <name> [--story path/to/main.ink]
The story defaults to story/main.ink.
`;

export async function main(argv: string[], io: CliIO): Promise<number> {
  const [name, ...rest] = argv;
  const command = name ? COMMANDS[name] : undefined;
  if (!command) {
    io.stderr.write(name && name !== '--help' ? `unknown command '${name}'\n${USAGE}` : USAGE);
    return name === '--help' ? 0 : 2;
  }
  try {
    return await command(rest, io);
  } catch (err) {
    // Bad flags (node:util parseArgs) and bad numbers land here: say so briefly, no stack.
    io.stderr.write(`${name}: ${(err as Error).message}\n`);
    return 2;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2), processIO()).then((code) => {
    process.exitCode = code;
  });
}
