/**
 * The colours of ink in the editor, one rule per construct the grammar names.
 * Colours come from CSS custom properties in studio.css, so the theme lives
 * with the page's other colours and keeps its contrast in one place.
 */
import { HighlightStyle } from '@codemirror/language';
import { tags } from '@lezer/highlight';
import { inkTags } from './ink-language';

export const inkHighlight = HighlightStyle.define([
  { tag: tags.heading1, color: 'var(--ink-knot)', fontWeight: 'bold' },
  { tag: tags.heading2, color: 'var(--ink-stitch)', fontWeight: 'bold' },
  { tag: inkTags.bullet1, color: 'var(--ink-choice)', fontWeight: 'bold' },
  { tag: inkTags.bullet2, color: 'var(--ink-choice2)', fontWeight: 'bold' },
  { tag: inkTags.bullet3, color: 'var(--ink-choice3)', fontWeight: 'bold' },
  { tag: inkTags.gather, color: 'var(--ink-gather)', fontWeight: 'bold' },
  { tag: tags.link, color: 'var(--ink-divert)', textDecoration: 'underline' },
  { tag: tags.operator, color: 'var(--ink-operator)' },
  { tag: tags.keyword, color: 'var(--ink-keyword)' },
  { tag: [tags.lineComment, tags.blockComment], color: 'var(--ink-comment)', fontStyle: 'italic' },
  { tag: tags.meta, color: 'var(--ink-tag)' },
  { tag: [tags.string, tags.number], color: 'var(--ink-literal)' },
  { tag: [tags.variableName, tags.definition(tags.variableName)], color: 'var(--ink-variable)' },
  { tag: tags.labelName, color: 'var(--ink-label)' },
  { tag: [tags.brace, tags.squareBracket], color: 'var(--ink-brace)' },
]);
