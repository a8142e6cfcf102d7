/**
 * `npm run build`: Vite's build of the site, with a failure told the way the
 * rest of the toolkit tells it. Vite's own command prints a failed build as
 * the bundler's wrapped error with its stack trace; an author only needs the
 * problem, so this prints each error's message (for the story, `file:line:
 * error: message` and the source line) and exits 1. One option, `--out-dir
 * <dir>` (the tests build elsewhere than dist/); `npx vite build` remains for
 * Vite's own.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'vite';
import type { Output } from './cli-io.ts';

interface BuildError {
  message?: string;
  plugin?: string;
  id?: string;
  loc?: { file?: string; line: number; column: number };
  frame?: string;
}

/** One failure as an author reads it: the plugin's own message, with its place and source line when it gave none. */
export function describeBuildError(error: BuildError, cwd: string): string {
  const message = (error.message ?? 'the build failed').replace(/^ink: /, '');
  // The ink plugin's messages already start with file:line and carry the source line.
  if (error.plugin === 'kee:ink' || /^\S+:\d+: error: /.test(message)) return message;
  const file = error.loc?.file ?? error.id;
  const where = file ? `${path.relative(cwd, file) || file}${error.loc ? `:${error.loc.line}` : ''}: ` : '';
  const frame = error.frame && !message.includes(error.frame.trim()) ? `\n${error.frame}` : '';
  return `${where}${message}${frame}`;
}

export function buildErrors(err: unknown): BuildError[] {
  const wrapped = (err as { errors?: BuildError[] }).errors;
  if (Array.isArray(wrapped) && wrapped.length > 0) return wrapped;
  return [{ message: err instanceof Error ? err.message : String(err) }];
}

export async function runBuild(argv: string[], cwd: string, stderr: Output): Promise<number> {
  let outDir: string | undefined;
  try {
    outDir = parseArgs({ args: argv, options: { 'out-dir': { type: 'string' } } }).values['out-dir'];
  } catch (err) {
    stderr.write(`build: ${(err as Error).message}; the one option is --out-dir <dir> (npx vite build takes Vite's own)\n`);
    return 2;
  }
  try {
    const out = outDir === undefined ? {} : { build: { outDir: path.resolve(cwd, outDir), emptyOutDir: true } };
    await build({ root: cwd, configFile: path.join(cwd, 'vite.config.ts'), ...out });
    return 0;
  } catch (err) {
    for (const error of buildErrors(err)) stderr.write(`${describeBuildError(error, cwd)}\n`);
    stderr.write('build: failed\n');
    return 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  runBuild(process.argv.slice(2), process.cwd(), { write: (t) => void process.stderr.write(t) }).then((code) => {
    process.exitCode = code;
  });
}
