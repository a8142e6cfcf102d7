import { describe, expect, it } from 'vitest';
import { moveChoiceDivertTags } from '../../src/tooling/choice-divert-tags';

describe("tags after a choice's divert", () => {
  it('are moved before the divert, on the same line, and the line is named', () => {
    const moved = moveChoiceDivertTags('Start.\n* [Hi] Hello -> END #hey\n+ Again -> top #a #b\r\n');
    expect(moved.text).toBe('Start.\n* [Hi] Hello #hey -> END\n+ Again #a #b -> top\r\n');
    expect(moved.lines).toEqual([2, 3]);
  });

  it('leave every other line as written: tags before the divert, tags on text, escaped hashes, comments', () => {
    const text = '* [Hi] Hello #hey -> END\nPlain line -> x #not a choice\n* Item \\#1 -> x\n* [Go] -> x // #later\n';
    expect(moveChoiceDivertTags(text)).toEqual({ text, lines: [] });
  });
});
