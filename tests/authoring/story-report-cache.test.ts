/**
 * The build-time story report is cached on disk; the cache must not outlive a
 * change to the explorer, or the story map keeps showing an older walk's graph.
 */
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { reportCachePath, storyReport } from '../../src/authoring/story-report';
import { storyFingerprint } from '../../src/engine/ink/story-fingerprint';
import { compileFixture } from '../support/fixtures';

const json = compileFixture('explorer/multi/main.ink');
// An unusual cap, so these files are this test's own.
const MAX_STATES = 4321;
const written: string[] = [];

function plant(file: string, fingerprint: string) {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify({ fingerprint, endings: [], graph: { start: null, nodes: [], edges: [] }, flows: [], complete: true }));
  written.push(file);
}

afterEach(() => {
  for (const file of written.splice(0)) rmSync(file, { force: true });
});

describe('the cached story report', () => {
  it("is filed under the story's fingerprint and a hash of the engine's source and its own", () => {
    const file = reportCachePath(json, MAX_STATES);
    expect(path.basename(file ?? '')).toMatch(new RegExp(`^${storyFingerprint(json)}-[0-9a-f]{12}-${MAX_STATES}\\.json$`));
  });

  it('is read back while the engine is unchanged', () => {
    const file = reportCachePath(json, MAX_STATES) ?? '';
    plant(file, 'planted');
    expect(storyReport(json, MAX_STATES).fingerprint).toBe('planted');
  });

  it('is not read from a file an older engine wrote, named by the story alone', () => {
    const file = reportCachePath(json, MAX_STATES) ?? '';
    const old = path.join(path.dirname(file), `${storyFingerprint(json)}-${MAX_STATES}.json`);
    plant(old, 'stale');
    written.push(file);
    const report = storyReport(json, MAX_STATES);
    expect(report.fingerprint).toBe(storyFingerprint(json));
    expect(existsSync(file)).toBe(true);
  });
});
