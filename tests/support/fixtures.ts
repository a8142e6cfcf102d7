/**
 * Compiles a fixture story, or a generated one, for a test or the bench
 * through the project's one compile path, failing loudly with the
 * diagnostics when it does not compile.
 */
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { compileInk } from '../../src/authoring/compile-ink';
import { formatDiagnostic } from '../../src/tooling/diagnostic';
import { type GenerateOptions, generateStory } from './generate-story';

export const fixturesDir = path.resolve(import.meta.dirname, '../fixtures');

export function fixturePath(name: string): string {
  return path.join(fixturesDir, name);
}

/** Any story file, compiled; it throws with the diagnostics when it does not compile. */
export function compileStoryFile(file: string): string {
  const result = compileInk(file);
  if (!result.json) throw new Error(`${file} did not compile:\n${result.diagnostics.map((d) => formatDiagnostic(d)).join('\n')}`);
  return result.json;
}

const cache = new Map<string, string>();

export function compileFixture(name: string): string {
  const cached = cache.get(name) ?? compileStoryFile(fixturePath(name));
  cache.set(name, cached);
  return cached;
}

/** A story from generate-story.ts, compiled; it goes through a temporary file because the compiler reads files. */
export function compileGenerated(options: GenerateOptions): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'kee-generated-'));
  try {
    const file = path.join(dir, 'generated.ink');
    writeFileSync(file, generateStory(options));
    return compileStoryFile(file);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Every fixture that compiles on its own (some files are only INCLUDEd parts), by its path under tests/fixtures. */
export function compilingFixtures(): string[] {
  const files = readdirSync(fixturesDir, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.ink'));
  return files.filter((name) => {
    try {
      compileFixture(name);
      return true;
    } catch {
      return false;
    }
  });
}
