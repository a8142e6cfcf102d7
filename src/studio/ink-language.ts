/**
 * ink's syntax for the editor: a CodeMirror stream language of our own. It
 * names each piece an author writes (knot and stitch headers, choice and
 * gather bullets with their depth, diverts and their targets, logic lines,
 * inline conditionals, tags, comments, INCLUDE, VAR/CONST/LIST) so the theme
 * can colour it and the unit tests can check it token by token. A stream
 * parser, not a Lezer grammar: ink is line-oriented and forgiving, and a
 * tokenizer that never fails suits a story that is half-written most of the time.
 */
import { StreamLanguage, type StreamParser, type StringStream } from '@codemirror/language';
import { Tag, tags } from '@lezer/highlight';

/** Choice and gather bullets get one tag per depth (3 and deeper share the last), so nesting shows. */
export const inkTags = {
  bullet1: Tag.define(tags.list),
  bullet2: Tag.define(tags.list),
  bullet3: Tag.define(tags.list),
  gather: Tag.define(tags.separator),
};

export interface InkState {
  /** Inside a block comment that started on an earlier line. */
  comment: boolean;
  /** How many `{` are open (inline logic and multi-line conditionals). */
  braces: number;
  /** The rest of this line is logic (after `~`, VAR, CONST, LIST, or inside braces). */
  logic: boolean;
  /** The rest of this line is a tag. */
  tag: boolean;
  /** After `->` or `<-`, until the target has been read. */
  divert: boolean;
  /** Whether anything but whitespace has been read on this line. */
  started: boolean;
  /** Inside braces after `:` or `|`: the text a conditional or sequence shows, not code. */
  braceText: boolean;
}

const KEYWORDS = new Set(['temp', 'return', 'not', 'and', 'or', 'mod', 'true', 'false', 'else', 'function', 'ref', 'has', 'hasnt']);

function bulletToken(count: number): string {
  return count >= 3 ? 'bullet3' : count === 2 ? 'bullet2' : 'bullet1';
}

/** A name ink allows: letters, digits and underscores, dotted for knot.stitch.label. */
const NAME = /^[\p{L}\p{N}_]+(\.[\p{L}\p{N}_]+)*/u;

function code(stream: StringStream, state: InkState): string | null {
  if (stream.match(/^\d+(\.\d+)?/)) return 'number';
  if (stream.match(/^"([^"\\]|\\.)*"?/)) return 'string';
  if (stream.match('->')) {
    state.divert = true;
    return 'operator';
  }
  const word = stream.match(NAME) as RegExpMatchArray | null;
  if (word) return KEYWORDS.has(word[0]) ? 'keyword' : 'variableName';
  if (stream.match(/^(==|!=|<=|>=|&&|\|\||\+\+|--|[-+*/%=<>!?:^])/)) return 'operator';
  stream.next();
  return null;
}

/** A token, `null` for plain text, or `undefined` when the piece of the tokenizer asked does not apply here. */
type Token = string | null | undefined;

/** Comments: line comments, and block comments, which can span lines. */
function comment(stream: StringStream, state: InkState): Token {
  if (state.comment) {
    if (stream.skipTo('*/')) {
      stream.match('*/');
      state.comment = false;
    } else stream.skipToEnd();
    return 'blockComment';
  }
  if (stream.match('//')) {
    stream.skipToEnd();
    return 'lineComment';
  }
  if (stream.match('/*')) {
    if (stream.skipTo('*/')) stream.match('*/');
    else {
      stream.skipToEnd();
      state.comment = true;
    }
    return 'blockComment';
  }
  return undefined;
}

/** What only a line's first token can be: knots, stitches, choices, gathers, INCLUDE, declarations and logic lines. */
function lineStart(stream: StringStream, state: InkState): Token {
  if (stream.match(/^={2,}\s*(function\s+)?[\p{L}\p{N}_]+(\s*\([^)]*\))?\s*(=*)?/u)) return 'heading1';
  if (stream.match(/^=\s*[\p{L}\p{N}_]+(\s*\([^)]*\))?/u)) return 'heading2';
  const bullets = stream.match(/^([*+]\s*)+/) as RegExpMatchArray | null;
  if (bullets) return bulletToken((bullets[0].match(/[*+]/g) ?? []).length);
  if (stream.match(/^(-(?!>)\s*)+/)) return 'gather';
  if (stream.match(/^INCLUDE\b/)) {
    stream.skipToEnd();
    return 'keyword';
  }
  if (stream.match(/^(VAR|CONST|LIST|EXTERNAL)\b/)) {
    state.logic = true;
    stream.eatSpace();
    if (stream.match(NAME)) return 'keyword variableName.definition';
    return 'keyword';
  }
  if (stream.match('~')) {
    state.logic = true;
    return 'keyword';
  }
  return undefined;
}

/** Inside `{…}` on a text line: alternatives and conditions' text, or the logic before a `:`. */
function insideBraces(stream: StringStream, state: InkState): string | null {
  if (stream.peek() === '|' || (!state.braceText && stream.peek() === ':')) {
    stream.next();
    state.braceText = true;
    return 'operator';
  }
  if (state.braceText) {
    if (stream.match(/^[^{}|\-<>#]+/)) return null;
    stream.next();
    return null;
  }
  // A sequence's first text has no `:` before it: `{&one|two}`, `{~a|b}`, `{one|two}`.
  if (stream.match(/^[&~!$]/)) {
    state.braceText = true;
    return 'operator';
  }
  return code(stream, state);
}

/** Diverts, tags and braces, which may come anywhere on a line. */
function inline(stream: StringStream, state: InkState): Token {
  // A label after a bullet: `* (name) text`.
  if (stream.match(/^\([\p{L}\p{N}_]+\)/u)) return 'labelName';
  if (state.divert) {
    state.divert = false;
    if (stream.match(NAME)) return 'link';
  }
  if (stream.match('->') || stream.match('<-')) {
    state.divert = true;
    return 'operator';
  }
  if (state.tag && stream.match(/^[^#]+/)) return 'meta';
  if (stream.peek() === '#' && state.braces === 0) {
    stream.next();
    state.tag = true;
    stream.match(/^[^#]*/);
    return 'meta';
  }
  if (stream.match('{')) {
    state.braces++;
    state.braceText = false;
    return 'brace';
  }
  if (stream.match('}')) {
    state.braces = Math.max(0, state.braces - 1);
    // Back in the enclosing braces, if any, which were showing text.
    state.braceText = state.braces > 0;
    return 'brace';
  }
  return undefined;
}

export const inkParser: StreamParser<InkState> = {
  name: 'ink',
  startState: () => ({ comment: false, braces: 0, logic: false, tag: false, divert: false, started: false, braceText: false }),
  copyState: (s) => ({ ...s }),
  tokenTable: inkTags,
  languageData: { commentTokens: { line: '//', block: { open: '/*', close: '*/' } } },
  token(stream, state) {
    if (stream.sol()) {
      state.logic = false;
      state.tag = false;
      state.divert = false;
      state.started = false;
    }
    if (state.comment) return comment(stream, state) ?? null;
    if (stream.eatSpace()) return null;
    const commented = comment(stream, state);
    if (commented !== undefined) return commented;
    const first = !state.started;
    state.started = true;
    const started = first && state.braces === 0 ? lineStart(stream, state) : undefined;
    if (started !== undefined) return started;
    const found = inline(stream, state);
    if (found !== undefined) return found;
    if (state.braces > 0 && !state.logic) return insideBraces(stream, state);
    if (state.logic) return code(stream, state);
    if (stream.match('[') || stream.match(']')) return 'squareBracket';
    if (stream.match('<>')) return 'operator';
    // Story text: everything up to the next character that may start something else.
    if (stream.match(/^[^{}[\]#\-<>/(|]+/)) return null;
    stream.next();
    return null;
  },
};

export const inkLanguage = StreamLanguage.define(inkParser);
