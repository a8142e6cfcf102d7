/** The `epilogue` tag: one sentence of what came after an ending, read as plain text. */
import { describe, expect, it } from 'vitest';
import { parseTag } from '../../../src/engine/ink/tags';

describe('the epilogue tag', () => {
  it('reads the sentence after the colon, in any case, trimmed', () => {
    expect(parseTag('epilogue:  She kept the lamp lit all winter. ')).toEqual({ kind: 'epilogue', text: 'She kept the lamp lit all winter.' });
    expect(parseTag('EPILOGUE: Later: the thaw.')).toEqual({ kind: 'epilogue', text: 'Later: the thaw.' });
  });

  it('keeps markup as the literal text it is, for the card to show as text', () => {
    expect(parseTag('epilogue: <b>bold</b> & so on')).toEqual({ kind: 'epilogue', text: '<b>bold</b> & so on' });
  });

  it('refuses an empty epilogue with a reason', () => {
    expect(parseTag('epilogue:')).toMatchObject({ kind: 'unknown', problem: 'epilogue needs a sentence saying what came after' });
    expect(parseTag('epilogue:   ').kind).toBe('unknown');
  });
});
