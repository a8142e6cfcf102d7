/**
 * `npm run new-scene -- name [--story path/to/main.ink]`: scaffolds
 * scenes/name.ink next to the entry file (a knot named after the file, a
 * `# scene:` tag, a placeholder choice and a placeholder ending, so it
 * compiles and shows up as a TODO) and adds `INCLUDE scenes/name.ink` after
 * the entry's last INCLUDE. It never overwrites a file, and it puts
 * everything back if the story no longer compiles afterwards.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { formatDiagnostic, relative } from '../tooling/diagnostic';
import type { CliIO } from './cli-io';
import { DEFAULT_ENTRY } from './cli-load';
import { compileInk } from './compile-ink';

export function sceneTemplate(name: string): string {
  const title = titleOf(name);
  return [
    `// ${title}: scaffolded by npm run new-scene. Divert here with -> ${name}.`,
    `=== ${name} ===`,
    `${title} begins. # scene: ${title}`,
    `TODO: Write the ${title} scene, then divert onward instead of ending here.`,
    '* [Carry on.]',
    `  The rest of ${title} is not written yet. # ending: ${name}_unwritten # ending_title: ${title} (unwritten)`,
    '  -> END',
    '',
  ].join('\n');
}

/** `ridge_walk` → `Ridge Walk`. */
export function titleOf(name: string): string {
  return name
    .split(/_+/)
    .filter(Boolean)
    .map((w) => w[0]?.toUpperCase() + w.slice(1))
    .join(' ');
}

/** Inserts the INCLUDE after the last INCLUDE, or else after the opening block of global tags and comments. */
export function addInclude(entrySource: string, include: string): string {
  const lines = entrySource.split('\n');
  let at = -1;
  lines.forEach((line, i) => {
    if (/^\s*INCLUDE\b/.test(line)) at = i;
  });
  if (at < 0) {
    at = -1;
    while (at + 1 < lines.length && /^\s*(#|\/\/|$)/.test(lines[at + 1] ?? '')) at++;
  }
  lines.splice(at + 1, 0, include);
  return lines.join('\n');
}

export async function runNewScene(argv: string[], io: CliIO): Promise<number> {
  const { positionals, values } = parseArgs({ args: argv, allowPositionals: true, options: { story: { type: 'string' } } });
  const [name] = positionals;
  const fail = (message: string) => {
    io.stderr.write(`new-scene: ${message}\n`);
    return 1;
  };
  if (!name) return fail('give the scene a name: npm run new-scene -- ridge_walk');
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name))
    return fail(`'${name}' cannot be an ink knot name; use letters, digits and _ (e.g. ${name.replace(/\W+/g, '_')})`);

  const entry = path.resolve(io.cwd, values.story ?? DEFAULT_ENTRY);
  if (!existsSync(entry)) return fail(`cannot find the story's entry file ${relative(entry, io.cwd)}`);
  const file = path.join(path.dirname(entry), 'scenes', `${name}.ink`);
  if (existsSync(file)) return fail(`${relative(file, io.cwd)} already exists; not overwriting it`);
  const include = `INCLUDE scenes/${name}.ink`;
  const before = readFileSync(entry, 'utf8');
  if (before.split('\n').some((line) => line.trim() === include)) return fail(`${relative(entry, io.cwd)} already has ${include}`);

  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, sceneTemplate(name));
  writeFileSync(entry, addInclude(before, include));

  const errors = compileInk(entry).diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0) {
    // Leave the story as it was: a scaffold that breaks the build helps nobody.
    rmSync(file);
    writeFileSync(entry, before);
    for (const d of errors) io.stderr.write(`${formatDiagnostic(d, io.cwd)}\n`);
    return fail(`the story did not compile with the new scene (is '${name}' already a knot?); nothing was changed`);
  }
  io.stdout.write(`created ${relative(file, io.cwd)} and added "${include}" to ${relative(entry, io.cwd)}\n`);
  io.stdout.write(`divert to it with -> ${name}\n`);
  return 0;
}
