import { describe, expect, it } from 'vitest';
import { recordChoice, startHistory } from '../../../src/engine/history/history-tree';
import { rewindWords } from '../../../src/ui/dialogs/rewind-question';

describe('the question asked before a rewind', () => {
  const tree = recordChoice(startHistory({ nerve: 40 }, 'The Ridge'), { choiceIndex: 0, choiceText: 'Hold still.', stats: { nerve: 45 }, scene: 'The Ridge' });

  it('says where the reader goes back to and that the later choices are kept', () => {
    const words = rewindWords(tree, 1);
    expect(words.body).toBe('Go back to just after “Hold still.”? Your later choices stay in the history as a branch you can return to.');
    expect(words.confirm).toBe('Go back');
  });

  it('names the start as the very beginning', () => {
    expect(rewindWords(tree, 0).body).toMatch(/^Go back to the very beginning\?/);
  });
});
