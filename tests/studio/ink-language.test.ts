import { StringStream } from '@codemirror/language';
import { describe, expect, it } from 'vitest';
import { type InkState, inkParser } from '../../src/studio/ink-language';

/** Runs the stream parser over `text` and returns [token text, token name] pairs, whitespace and untagged text left out. */
function tokens(text: string): [string, string][] {
  const state: InkState = inkParser.startState!(2) as InkState;
  const out: [string, string][] = [];
  for (const line of text.split('\n')) {
    const stream = new StringStream(line, 2, 2);
    if (line === '') inkParser.blankLine?.(state, 2);
    while (!stream.eol()) {
      const style = inkParser.token(stream, state);
      if (style) out.push([stream.current(), style]);
      stream.start = stream.pos;
    }
  }
  return out;
}

describe('the ink grammar', () => {
  it('marks knot headers, function headers and stitch headers', () => {
    expect(tokens('== ridge ==')).toEqual([['== ridge ==', 'heading1']]);
    expect(tokens('=== function shift(ref stat, by)')).toEqual([['=== function shift(ref stat, by)', 'heading1']]);
    expect(tokens('= climb')).toEqual([['= climb', 'heading2']]);
  });

  it('gives choice bullets a token per depth, sticky and once-only alike', () => {
    expect(tokens('* [Go]')[0]).toEqual(['* ', 'bullet1']);
    expect(tokens('+ + [Again]')[0]).toEqual(['+ + ', 'bullet2']);
    expect(tokens('* * * deep')[0]).toEqual(['* * * ', 'bullet3']);
  });

  it('marks gathers, and labels on choices and gathers', () => {
    expect(tokens('- - (regroup) Back together.')).toEqual([
      ['- - ', 'gather'],
      ['(regroup)', 'labelName'],
    ]);
  });

  it('marks a divert arrow and its target, and threads', () => {
    expect(tokens('Off we go -> ridge.climb')).toEqual([
      ['->', 'operator'],
      ['ridge.climb', 'link'],
    ]);
    expect(tokens('<- radio_chatter')).toEqual([
      ['<-', 'operator'],
      ['radio_chatter', 'link'],
    ]);
  });

  it('reads a logic line as code: keywords, names, numbers, strings and operators', () => {
    expect(tokens('~ temp n = nerve + 5')).toEqual([
      ['~', 'keyword'],
      ['temp', 'keyword'],
      ['n', 'variableName'],
      ['=', 'operator'],
      ['nerve', 'variableName'],
      ['+', 'operator'],
      ['5', 'number'],
    ]);
    expect(tokens('~ name = "Kee"')).toContainEqual(['"Kee"', 'string']);
  });

  it('reads an inline conditional: the condition is code, the text after the colon is text', () => {
    expect(tokens('Hi.{brave: You smile.|You wait.}')).toEqual([
      ['{', 'brace'],
      ['brave', 'variableName'],
      [':', 'operator'],
      ['|', 'operator'],
      ['}', 'brace'],
    ]);
  });

  it('marks tags to the end of the line, and each tag after another', () => {
    expect(tokens('Home. # ending: home # ending_title: Safe')).toEqual([
      ['# ending: home ', 'meta'],
      ['# ending_title: Safe', 'meta'],
    ]);
  });

  it('marks line and block comments, across lines', () => {
    expect(tokens('Text // a note')).toEqual([['// a note', 'lineComment']]);
    expect(tokens('A /* aside */ B')).toEqual([['/* aside */', 'blockComment']]);
    expect(tokens('/* one\ntwo */ Text')).toEqual([
      ['/* one', 'blockComment'],
      ['two */', 'blockComment'],
    ]);
  });

  it('marks INCLUDE and the declarations VAR, CONST and LIST with the declared name', () => {
    expect(tokens('INCLUDE scenes/ridge.ink')).toEqual([['INCLUDE scenes/ridge.ink', 'keyword']]);
    expect(tokens('VAR nerve = 40')).toEqual([
      ['VAR nerve', 'keyword variableName.definition'],
      ['=', 'operator'],
      ['40', 'number'],
    ]);
    expect(tokens('CONST MAX = 100')[0]).toEqual(['CONST MAX', 'keyword variableName.definition']);
    expect(tokens('LIST heart = hard, torn')[0]).toEqual(['LIST heart', 'keyword variableName.definition']);
  });

  it('leaves plain story text untagged, hyphens and all', () => {
    expect(tokens('A well-known road, at dusk.')).toEqual([]);
  });
});
