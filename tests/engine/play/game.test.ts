import { describe, expect, it } from 'vitest';
import type { AudioPort } from '../../../src/engine/ports';
import { newGameFor } from '../../support/game';

function recordingAudio(): AudioPort & { calls: string[] } {
  const calls: string[] = [];
  return { calls, play: (cue) => calls.push(`play ${cue}`), loop: (cue) => calls.push(`loop ${cue}`), setVolumes() {} };
}

describe('the game store', () => {
  it('reads the stats the story declares and keeps them in step with ink', () => {
    const game = newGameFor('stats.ink');
    game.newGame(7);
    expect(game.store.getState().meta.stats.map((s) => s.label)).toEqual(['Nerve', 'Aim']);
    expect(game.store.getState().stats).toEqual({ nerve: 50, aim: 40 });
    game.choose(0, 0);
    expect(game.store.getState().stats.nerve).toBe(60);
  });

  it('clamps stats through the story helper', () => {
    const game = newGameFor('stats.ink');
    game.newGame(7);
    game.choose(0, 0);
    const wait = game.store.getState().choices.find((c) => c.text === 'Wait.');
    game.choose(wait?.index ?? -1, 1);
    expect(game.store.getState().stats.nerve).toBe(0);
    expect(game.store.getState().ending).toEqual({ id: 'done', title: 'All Over' });
    expect(game.store.getState().ended).toBe(true);
  });

  it('ignores a second click on the same turn', () => {
    const game = newGameFor('stats.ink');
    game.newGame(7);
    expect(game.choose(0, 0)).toBe(true);
    expect(game.choose(0, 0)).toBe(false);
    expect(game.session().log).toEqual([0]);
  });

  it('plays the sound cues the story names', () => {
    const audio = recordingAudio();
    const game = newGameFor('stats.ink', { audio });
    game.newGame(7);
    expect(audio.calls).toEqual(['loop null', 'loop forest']);
  });

  it('starts a fresh page on CLEAR and keeps only allowed classes', () => {
    const game = newGameFor('clear.ink');
    game.newGame(1);
    expect(game.store.getState().background).toBe('forest');
    game.choose(0, 0);
    const { page, scene } = game.store.getState();
    expect(page.map((p) => p.text)).toEqual(['Second page.', 'Still second.']);
    expect(page.map((p) => p.classes)).toEqual([[], ['comm']]);
    expect(scene).toBe('Two');
  });

  it('shows a runtime error and lets the player start again', () => {
    const game = newGameFor('runtime-error.ink');
    game.newGame(1);
    game.choose(0, 0);
    game.choose(0, 1);
    expect(game.store.getState().error).toMatch(/ran out of text/);
    expect(game.choose(0, 2)).toBe(false);
    game.newGame(1);
    expect(game.store.getState().error).toBeNull();
    expect(game.store.getState().page.map((p) => p.text)).toEqual(['Before the fault.']);
  });
});
