import { describe, expect, it } from 'vitest';
import { createSession } from '../../src/engine/ink/story-session';
import { compileFlagship } from './flagship-support';

/** The canonical run, as the brief tells it, by the words of each choice the reader takes. */
const CANONICAL_RUN = [
  'Press her palm flat against the moss until it stops shaking.',
  'Count the soldiers she knows are down there.',
  'Let them drift to the older boys.',
  'Picture their faces when she tells them about it.',
  '"Fine."',
  "Learn the walker's pattern until she can count it.",
  'Tell Walo what she is thinking.',
  'Let him go back inside.',
  'Let the old words in as far as they will come, and bargain with them.',
  'Settle the stock into her shoulder and wait for the sound.',
  'Drop the sight to his legs and fire there.',
  'Finish what she started.',
  'Keep her eyes on the doorway.',
  "Grab Walo's sleeve and drag him down with her.",
  'Keep quiet, and let the others do the talking.',
  'Go down with Ren to see what is left.',
  'Tell herself this was different from the camps.',
];

describe('the canonical run', () => {
  const session = createSession(compileFlagship(), 1);
  const transcript: string[] = [];
  const tags: string[] = [];
  let passage = session.continue();
  const record = () => {
    for (const p of passage.paragraphs) {
      transcript.push(p.text);
      tags.push(...p.tags);
    }
  };
  record();
  for (const text of CANONICAL_RUN) {
    const choice = passage.choices.find((c) => c.text === text && !c.locked);
    if (!choice) throw new Error(`The canonical run expected "${text}" among: ${passage.choices.map((c) => c.text).join(' | ')}`);
    passage = session.choose(choice.index);
    record();
  }
  const all = transcript.join('\n');

  it('ends on the canonical success', () => {
    expect(passage.ended).toBe(true);
    expect(tags).toContain('ending: canon');
    expect(tags).toContain('ending_title: The Grid Goes Dark');
  });

  it('opens behind the fallen trunk with Walo, over the post', () => {
    expect(transcript[0]).toMatch(/trunk/);
    expect(transcript[0]).toMatch(/Walo/);
  });

  it('remembers how Ren got in: Oardoli’s diversion and Uncle Joial’s code', () => {
    expect(all).toMatch(/Oardoli/);
    expect(all).toMatch(/Joial/);
  });

  it('wounds the guard in the leg first, then Kee finishes it herself', () => {
    expect(tags).toEqual(expect.arrayContaining(['AUDIO: phaser']));
    expect(all).toMatch(/leg/);
  });

  it('brings Ren out under fire, then “Burn!”, the blast and the comm check', () => {
    expect(all).toMatch(/Burn!/);
    expect(tags).toContain('AUDIO: blast');
    expect(tags).toContain('AUDIO: splinter');
    expect(tags).toContain('AUDIO: comm');
  });

  it('has Kee decide, near the close, that this was the Resistance, not the camps', () => {
    const close = transcript.slice(-3).join('\n');
    expect(close).toMatch(/Resistance/);
    expect(close).toMatch(/camps/);
  });

  it('ends on an image, not a verdict: the last line is the cooling fire', () => {
    expect(transcript.at(-1)).toMatch(/coal/);
    expect(transcript.at(-1)).not.toMatch(/Resistance/);
  });

  it('lets the hardened Kee meet the reprisal: Sarn’s Ford’s six names reach the cave, a boy of sixteen among them', () => {
    expect(all).toMatch(/Sarn's Ford/);
    expect(all).toMatch(/boy of sixteen/);
  });

  it('does not let the cell admire the finishing shot without a word of the man crawling away', () => {
    const cave = all.slice(all.indexOf('The cave was loud that night'));
    expect(cave).toMatch(/Ren says you took the walker/);
    expect(cave).toMatch(/crawling|dragging himself/);
  });

  it('introduces the older boys before Lorit and Teeg appear in the cave', () => {
    const firstLorit = transcript.find((line) => line.includes('Lorit'));
    expect(firstLorit).toMatch(/come into the cell/);
  });
});
