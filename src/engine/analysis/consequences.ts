/**
 * The consequence report's front door: explores a story as `exploreStory`
 * does, watching every turn (consequence-tracker.ts), and adds to the report
 * the choices that change nothing, the choices the story does not answer,
 * the writes nobody reads and the threads that drop out of endings. Works on
 * any ink story; the rules are explained in story/README.md.
 */
import { parseTag } from '../ink/tags';
import type { ChoiceTally } from './consequence-choices';
import { createReadLiveness } from './consequence-key';
import { CONSEQUENCE_RULES, type ConsequenceFinding, type ConsequenceReport, type ConsequenceRule } from './consequence-report';
import { droppedThreads } from './consequence-threads';
import { createTracker, type TrackerResult } from './consequence-tracker';
import { exploreStates } from './explore-core';
import type { ExploreOptions } from './explore-options';
import type { ExploreReport } from './explore-report';
import { indexStory, type StoryIndex } from './story-index';

export function exploreConsequences(storyJson: string, options: ExploreOptions = {}): ExploreReport {
  // Parsed once here for the three readers below; the walk parses its own copy.
  const parsed = JSON.parse(storyJson) as Record<string, unknown>;
  const index = indexStory(parsed);
  const threads = threadVariables(parsed);
  const tracker = createTracker(createReadLiveness(parsed, index), new Set(threads));
  const report = exploreStates(storyJson, { ...options, observer: tracker });
  report.consequences = buildReport(tracker.result(), index, threads, !report.limits.complete);
  return report;
}

/** The variables named by global `# thread:` tags, in order. */
export function threadVariables(storyJson: string | Record<string, unknown>): string[] {
  const story = typeof storyJson === 'string' ? (JSON.parse(storyJson) as Record<string, unknown>) : storyJson;
  const root = Array.isArray(story.root) ? story.root : [];
  const names: string[] = [];
  // Global tags are the tags at the very top of the root container, before any content.
  const top = Array.isArray(root[0]) ? root[0] : root;
  for (let i = 0; i < top.length; i++) {
    const item = top[i];
    let raw: string | null = null;
    if (item === '#') {
      raw = '';
      for (i++; i < top.length && top[i] !== '/#'; i++) if (typeof top[i] === 'string') raw += (top[i] as string).replace(/^\^/, '');
    } else if (typeof item === 'object' && item !== null && typeof (item as { '#'?: unknown })['#'] === 'string') {
      raw = (item as { '#': string })['#'];
    } else if (typeof item === 'string' && item.startsWith('^')) break;
    if (raw === null) continue;
    const effect = parseTag(raw);
    if (effect.kind === 'thread' && !names.includes(effect.variable)) names.push(effect.variable);
  }
  return names;
}

function buildReport(tracked: TrackerResult, index: StoryIndex, threads: string[], partial: boolean): ConsequenceReport {
  const sourcePaths = new Map(index.choicePoints.map((c) => [c.id, c.sourcePath]));
  const findings: ConsequenceFinding[] = [];
  let undecidedChoices = 0;
  for (const tally of tracked.choices.values()) {
    if (tally.judged === 0) undecidedChoices++;
    findings.push(...choiceFindings(tally, sourcePaths));
  }
  for (const site of tracked.writes.values()) {
    if (site.dead) findings.push({ rule: 'dead-write', variable: site.variable, at: site.at, path: site.path });
  }
  if (threads.length > 0) findings.push(...droppedThreads(tracked.edges, tracked.statePaths));
  const counts = Object.fromEntries(CONSEQUENCE_RULES.map((r) => [r, 0])) as Record<ConsequenceRule, number>;
  for (const f of findings) counts[f.rule]++;
  // On a partial run a write or a thread may be read on a path never walked: those two rules need every path.
  const rules: ConsequenceRule[] = partial ? ['dead-write', 'dropped-thread'] : [];
  if (partial && undecidedChoices > 0) rules.unshift('no-consequence', 'unanswered');
  return { findings, counts, partial, undecided: { choices: undecidedChoices, rules }, threads };
}

/** One finding per group of options some judged states merged (or left unanswered), with how many states offered them all. */
function choiceFindings(tally: ChoiceTally, sourcePaths: ReadonlyMap<string, string>): ConsequenceFinding[] {
  return [...tally.groups.values()].map((group) => {
    let offered = 0;
    for (const [ids, states] of tally.offers) {
      const offer = ids.split(' ');
      if (group.ids.every((id) => offer.includes(id))) offered += states;
    }
    const optionsAt = group.ids.map((id) => sourcePaths.get(id) ?? null);
    const options = group.ids.map((id) => tally.texts.get(id) ?? '');
    return { rule: group.rule, at: optionsAt[0] ?? null, path: group.path, node: tally.node, options, optionsAt, states: group.states, offered };
  });
}
