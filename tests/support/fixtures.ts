/**
 * Compiles a fixture story for a test through the project's one compile path,
 * failing loudly with the diagnostics when it does not compile.
 */
import path from 'node:path';
import { compileInk } from '../../src/authoring/compile-ink';
import { formatDiagnostic } from '../../src/authoring/diagnostic';

export const fixturesDir = path.resolve(import.meta.dirname, '../fixtures');

export function fixturePath(name: string): string {
  return path.join(fixturesDir, name);
}

const cache = new Map<string, string>();

export function compileFixture(name: string): string {
  const cached = cache.get(name);
  if (cached) return cached;
  const result = compileInk(fixturePath(name));
  if (!result.json) throw new Error(`fixture ${name} did not compile:\n${result.diagnostics.map((d) => formatDiagnostic(d)).join('\n')}`);
  cache.set(name, result.json);
  return result.json;
}
