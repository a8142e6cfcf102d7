import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Story } from 'inkjs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { inkRuntime } from '../../../src/engine/ink/ink-runtime';
import { createSession } from '../../../src/engine/ink/story-session';
import { type FirstTurn, playFirstTurn } from '../../../src/engine/play/first-turn';
import type { Game } from '../../../src/engine/play/game';
import { createMemoryStorage } from '../../../src/platform/local-storage';
import { compileFixture, compileStoryFile } from '../../support/fixtures';
import { newGameFor } from '../../support/game';

function compileInline(source: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'kee-first-turn-'));
  writeFileSync(path.join(dir, 'main.ink'), source);
  return compileStoryFile(path.join(dir, 'main.ink'));
}

/** Counts Stories built: inkjs's constructor resets the new Story's state once. */
let built = 0;
const reset = Story.prototype.ResetState;
beforeEach(() => {
  built = 0;
  Story.prototype.ResetState = function (this: Story) {
    built++;
    return reset.call(this);
  };
});
afterEach(() => {
  Story.prototype.ResetState = reset;
});

/** A game on `fixture` with the build's first turn, whose deferred work waits until `run()`. */
function gameWithFirstTurn(fixture: string, turn: FirstTurn | null = playFirstTurn(compileFixture(fixture))) {
  const queue: (() => void)[] = [];
  const game = newGameFor(fixture, { firstTurn: turn, defer: (work) => queue.push(work) });
  return {
    game,
    run: () => {
      for (const work of queue.splice(0)) work();
    },
  };
}

/** What the reader sees and what history and saves build on. */
function shown(game: Game) {
  const { page, choices, stats, turn, seed, scene, background, history, ended, error, screen } = game.store.getState();
  return { page: page.map((p) => [p.text, p.classes]), choices, stats, turn, seed, scene, background, history, ended, error, screen };
}

describe('the first turn played by the build', () => {
  it('is the turn ink plays for the flagship under any seed', () => {
    const json = compileStoryFile('story/main.ink');
    const turn = playFirstTurn(json);
    expect(turn?.meta.title).toBe("Kee's First Raid");
    const session = createSession(json, 424_242);
    expect(turn?.passage).toEqual(session.continue());
    expect(turn?.passage.choices.length).toBeGreaterThan(0);
  });

  it('is left out when the first turn rolls RANDOM or shuffles by the seed', () => {
    expect(playFirstTurn(compileFixture('random.ink'))).toBeNull();
    expect(playFirstTurn(compileInline('Dawn. {~Birds sang.|Wind moved.|Nothing stirred.|A branch fell.|Rain came.}\n* [On]\n- -> END\n'))).toBeNull();
  });

  it('is left out when a shuffle in the opening happens to agree under every seed it was tried with', () => {
    // ink seeds a shuffle with its seed plus the sum of the sequence path's characters: under this knot's name,
    // the seeds the build used to sample (1, 7919, 1234567, 2147483646) all show "grey", and others show "gold".
    const knot = `${'the_watch_on_the_grey_ridge_before_the_raid_'.repeat(2)}zzzzzzzzzzzzzEa`;
    const json = compileInline(`-> ${knot}\n=== ${knot} ===\nThe banner was {~grey|gold}.\n* [On]\n- -> END\n`);
    const banner = (seed: number) => createSession(json, seed).continue().paragraphs[0]?.text;
    expect(new Set([1, 7_919, 1_234_567, 2_147_483_646].map(banner))).toEqual(new Set(['The banner was grey.']));
    expect(new Set([2, 3, 4, 5, 6].map(banner)).size).toBe(2);
    expect(playFirstTurn(json)).toBeNull();
  });

  it('is kept when the opening has sequences that do not shuffle', () => {
    const json = compileInline('Dawn{|, again}. {&Birds sang.|Wind moved.}\n* [On]\n- -> END\n');
    expect(playFirstTurn(json)?.passage.paragraphs[0]?.text).toBe('Dawn. Birds sang.');
  });

  it('is left out when the first turn restarts, ends or stops on an error', () => {
    expect(playFirstTurn(compileFixture('restart-at-start.ink'))).toBeNull();
    expect(playFirstTurn(compileInline('It was over before it began. # ending: early\n-> END\n'))).toBeNull();
    expect(playFirstTurn(compileInline('EXTERNAL launch(x)\nBefore the call.\n~ launch(1)\n* [On]\n- -> END\n'))).toBeNull();
  });

  it('lets the title screen open without building a Story', () => {
    const turn = playFirstTurn(compileFixture('stats.ink'));
    built = 0;
    const { game } = gameWithFirstTurn('stats.ink', turn);
    expect(built).toBe(0);
    expect(game.store.getState().meta.stats.map((s) => s.label)).toEqual(['Nerve', 'Aim']);
    expect(game.store.getState().stats).toEqual({ nerve: 50, aim: 40 });
  });

  it('shows New game the same page, stats and history ink would, before any Story is built', () => {
    for (const fixture of ['stats.ink', 'clear.ink', 'runtime-error.ink', 'hostile.ink']) {
      const plain = newGameFor(fixture);
      plain.newGame(7);
      const { game, run } = gameWithFirstTurn(fixture);
      built = 0;
      game.newGame(7);
      expect(built, fixture).toBe(0);
      expect(shown(game), fixture).toEqual(shown(plain));
      run();
      // After the screen updates: the run's Story, then a spare for a later load or rewind.
      expect(built, fixture).toBe(2);
      expect(shown(game), fixture).toEqual(shown(plain));
    }
  });

  it('acts on the opening’s sound, picture and class tags as ink’s own first turn does', () => {
    const story = compileInline('# title: Tags\nThe door shut. # AUDIO: door # AUDIOLOOP: wind # CLASS: quiet\nA map. # IMAGE: map.png\n* [On]\n- -> END\n');
    const turn = playFirstTurn(story);
    expect(turn).not.toBeNull();
    const played = (firstTurn: FirstTurn | null) => {
      const calls: string[] = [];
      const audio = { play: (cue: string) => calls.push(`play ${cue}`), loop: (cue: string | null) => calls.push(`loop ${cue}`), setVolumes() {} };
      const game = newGameFor('stats.ink', { story, firstTurn, audio });
      game.newGame(3);
      return { calls, page: game.store.getState().page };
    };
    expect(played(turn)).toEqual(played(null));
    expect(played(turn).calls).toEqual(['loop null', 'play door', 'loop wind']);
  });

  it('loads the story engine only after New game’s passage, or with a choice pressed sooner, and takes that choice', async () => {
    let loads = 0;
    const ink = async () => {
      loads++;
      return inkRuntime;
    };
    const queue: (() => void)[] = [];
    const game = newGameFor('stats.ink', { firstTurn: playFirstTurn(compileFixture('stats.ink')), defer: (work) => queue.push(work), ink });
    game.newGame(7);
    expect(loads).toBe(0);
    expect(game.choose(0, 0)).toBe(true);
    expect(loads).toBe(1);
    await vi.waitFor(() => expect(game.store.getState().turn).toBe(1));
    const plain = newGameFor('stats.ink');
    plain.newGame(7);
    plain.choose(0, 0);
    expect(shown(game)).toEqual(shown(plain));
    for (const work of queue.splice(0)) work();
    await game.settled();
    expect(loads).toBe(1);
  });

  it('needs the story engine itself, not a loader, for a story without a first turn from the build', () => {
    expect(() => newGameFor('stats.ink', { firstTurn: null, ink: async () => inkRuntime })).toThrow(/has not loaded yet/);
  });

  it('takes a choice made before the Story is built, as ink would', () => {
    const plain = newGameFor('stats.ink');
    plain.newGame(7);
    plain.choose(0, 0);
    const { game } = gameWithFirstTurn('stats.ink');
    game.newGame(7);
    expect(game.choose(0, 0)).toBe(true);
    expect(game.choose(0, 0)).toBe(false);
    expect(shown(game)).toEqual(shown(plain));
    expect(game.session().log).toEqual([0]);
    expect(game.session().seed).toBe(7);
  });

  it("replaces a first passage ink disagrees with by ink's own", () => {
    const real = playFirstTurn(compileFixture('stats.ink'));
    if (!real) throw new Error('stats.ink has a fixed first turn');
    const stale: FirstTurn = { ...real, passage: { ...real.passage, paragraphs: [{ text: 'An older draft.', tags: [] }] } };
    const { game, run } = gameWithFirstTurn('stats.ink', stale);
    game.newGame(7);
    expect(game.store.getState().page.map((p) => p.text)).toEqual(['An older draft.']);
    run();
    const plain = newGameFor('stats.ink');
    plain.newGame(7);
    expect(shown(game)).toEqual(shown(plain));
  });

  it("takes no choice pressed on a first passage ink disagrees with, and shows ink's page instead", () => {
    const real = playFirstTurn(compileFixture('stats.ink'));
    if (!real) throw new Error('stats.ink has a fixed first turn');
    const stale: FirstTurn = { ...real, passage: { ...real.passage, paragraphs: [{ text: 'An older draft.', tags: [] }] } };
    const { game } = gameWithFirstTurn('stats.ink', stale);
    game.newGame(7);
    // The reader pressed the first choice of the page they saw; ink's page is another text, so the press is not taken.
    expect(game.choose(0, 0)).toBe(false);
    expect(game.session().log).toEqual([]);
    const plain = newGameFor('stats.ink');
    plain.newGame(7);
    expect(shown(game)).toEqual(shown(plain));
    // On ink's page, the same choice now counts.
    expect(game.choose(0, 0)).toBe(true);
    expect(game.session().log).toEqual([0]);
  });

  it('autosaves the history ink puts on screen when a save is written before the Story is built', async () => {
    const real = playFirstTurn(compileFixture('stats.ink'));
    if (!real) throw new Error('stats.ink has a fixed first turn');
    const stale: FirstTurn = { ...real, passage: { ...real.passage, paragraphs: [{ text: 'An older draft.', tags: [] }] } };
    const { game, run } = gameWithFirstTurn('stats.ink', stale);
    game.newGame(7);
    run();
    await game.settled();
    // A second new game, and the page hidden (flush) before its Story is built: the save must follow ink's page.
    game.newGame(8);
    game.flush();
    const saved = (await game.saves()).read('auto');
    if (!saved.ok) throw new Error('no autosave');
    expect(saved.save.history).toEqual(game.store.getState().history);
    expect(game.store.getState().scene).toBe('The Trunk');
  });

  it('autosaves the same run as a new game played by ink', async () => {
    const plainStorage = createMemoryStorage();
    const plain = newGameFor('stats.ink', { storage: plainStorage });
    plain.newGame(7);
    await plain.settled();
    const turnStorage = createMemoryStorage();
    const game = newGameFor('stats.ink', { storage: turnStorage, firstTurn: playFirstTurn(compileFixture('stats.ink')) });
    game.newGame(7);
    await game.settled();
    // The same save but for the id each game's save store writes under.
    const autosave = (storage: typeof plainStorage) => {
      const { writer: _, ...rest } = JSON.parse(storage.get('ink-save/Stats Fixture/auto') ?? 'null') as Record<string, unknown>;
      return rest;
    };
    expect(autosave(turnStorage)).toEqual(autosave(plainStorage));
    expect(autosave(turnStorage)).toHaveProperty('rev', 1);
  });
});
