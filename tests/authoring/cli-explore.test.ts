import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/authoring/cli';
import { memoryIO } from '../../src/authoring/cli-io';
import { exploreStory } from '../../src/engine/analysis/explorer';
import { compileFixture, fixturesDir } from '../support/fixtures';

async function explore(...argv: string[]) {
  const io = memoryIO(fixturesDir);
  const code = await main(['explore', ...argv], io);
  return { code, out: io.out(), err: io.err() };
}

describe('npm run explore', () => {
  it('prints endings with counts, a replayable path and stat ranges, then coverage', async () => {
    const { code, out } = await explore('explorer/multi/main.ink');
    expect(code).toBe(0);
    expect(out).toContain('Explored explorer/multi/main.ink: 3 states, 5 choices taken, 80% of choices, complete.');
    expect(out).toContain('Endings: 2 of 2 reached');
    expect(out).toContain('  stood "Standing Tall" ×1  play: 1 1  nerve 60');
    expect(out).toContain('  choices 4/5 (80%)\n    never taken: ridge: Stand up. (ridge.0.c-1)');
    expect(out).toContain('  knots and stitches 3/3 (100%)');
  });

  it('prints the same report as JSON and nothing else with --json', async () => {
    const { code, out } = await explore('explorer/multi/main.ink', '--json');
    expect(code).toBe(0);
    // The same report as the explorer's, with the consequence report (tests/authoring/cli-consequences.test.ts) added.
    const { consequences, ...report } = JSON.parse(out);
    expect(report).toEqual(exploreStory(compileFixture('explorer/multi/main.ink')));
    expect(consequences.counts).toEqual({ 'no-consequence': 0, unanswered: 0, 'dead-write': 0, 'dropped-thread': 0 });
  });

  it('exits non-zero on dead ends and names them with their path', async () => {
    const { code, out } = await explore('explorer/missing-ending.ink');
    expect(code).toBe(1);
    expect(out).toContain('Dead ends: 2');
    expect(out).toContain('the story ends without an ending tag at explorer/missing-ending.ink:7 after "A cliff, and nothing more."  play: 2');
    expect(out).toContain("ran out of content. Do you need a '-> DONE' or '-> END'? at explorer/missing-ending.ink:12 after \"The path fades out.\"  play: 3");
  });

  it('exits non-zero on runtime errors and gives the path that reproduces them', async () => {
    const { code, out } = await explore('explorer/tunnel-error.ink');
    expect(code).toBe(1);
    expect(out).toMatch(/Errors: 1\n {2}unexpectedly reached end of content\. .* after "The helper shrugs\." {2}play: 1\n/);
  });

  it('stops a story that loops forever at --max-depth and says so', async () => {
    const { code, out } = await explore('explorer/loop.ink', '--max-depth', '4');
    expect(code).toBe(0);
    expect(out).toMatch(/cut off by the depth limit/);
    expect(out).toContain('rested "Rested"');
  });

  it('makes seeded random playthroughs with --random, the same for the same seed', async () => {
    const first = await explore('explorer/multi/main.ink', '--random', '30', '--seed', '9');
    const again = await explore('explorer/multi/main.ink', '--random', '30', '--seed', '9');
    expect(first.out).toBe(again.out);
    expect(first.out).toContain('30 random playthroughs');
    expect(first.out).toMatch(/play: [\d ]+ \(seed \d+\)/);
  });

  it('explores an already compiled .json story', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'explore-json-'));
    writeFileSync(path.join(dir, 'story.json'), `\uFEFF${compileFixture('explorer/multi/main.ink')}`);
    const io = memoryIO(dir);
    expect(await main(['explore', 'story.json'], io)).toBe(0);
    expect(io.out()).toContain('Endings: 2 of 2 reached');
  });

  it('keeps the progress bar off stdout, and off stderr too unless stderr is a terminal', async () => {
    const quiet = memoryIO(fixturesDir);
    await main(['explore', 'explorer/loop.ink', '--max-states', '2000', '--max-depth', '5000', '--json'], quiet);
    expect(quiet.err()).toBe('');
    expect(() => JSON.parse(quiet.out())).not.toThrow();

    const terminal = memoryIO(fixturesDir);
    terminal.stderr.isTTY = true;
    await main(['explore', 'explorer/loop.ink', '--max-states', '2000', '--max-depth', '5000', '--json'], terminal);
    expect(() => JSON.parse(terminal.out())).not.toThrow();
    expect(terminal.err()).toMatch(/exploring \[#*-*\]/);
  });

  it('reports compile errors on stderr and exits with 2', async () => {
    const { code, out, err } = await explore('broken/main.ink', '--json');
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toMatch(/^broken\/scenes\/deeper\/bad\.ink:3: error: /);
  });

  it('refuses a cap that is not a whole number', async () => {
    const { code, err } = await explore('explorer/loop.ink', '--max-depth', 'deep');
    expect(code).toBe(2);
    expect(err).toContain("--max-depth needs a whole number, not 'deep'");
  });
});
