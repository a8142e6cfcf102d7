/**
 * Explore: runs the engine's explorer on the current story in a worker of its
 * own (so compiling goes on meanwhile, and Stop simply ends that worker), with
 * a progress bar. It shows the endings, each with a button that plays its path
 * in the preview, the dead ends and runtime errors at their file and line,
 * choice and knot coverage (the unreached knots are marked in the editor), and
 * the story map drawn by the player's own map view along the preview's route.
 */
import type { ExploreReport } from '../engine/analysis/explore-report';
import { h, setChildren } from '../ui/dom';
import type { WorkerLike } from './compile-client';
import type { ExploreTarget } from './studio-state';
import type { Diagnostic, WorkerAnswer } from './worker-protocol';

export interface ExploreHost {
  /** The story to explore now: the one compiled from the text as it stands, or why there is none (studio-state.ts). */
  current(): ExploreTarget;
  makeWorker(): WorkerLike;
  playPath(seed: number, path: readonly number[], label: string): void;
  problems(list: Diagnostic[]): void;
  /** The explorer's unreached knots and stitches, by path. */
  unreached(flows: string[]): void;
  /** The story map of `report`; `close` takes it away again. */
  showMap(report: ExploreReport, close: () => void): Promise<HTMLElement>;
}

const SEED = 1;

export interface ExplorePanel {
  el: HTMLElement;
  /** Explore now (the Explore button, or its shortcut). */
  run(): void;
  /** Another project opened: stop, and forget the last one's results. */
  reset(): void;
}

const INTRO = 'Explore walks every path of the story to find its endings, dead ends and errors.';

export function createExplorePanel(host: ExploreHost): ExplorePanel {
  const run = h('button', { type: 'button', id: 'explore-run' }, 'Explore');
  const stop = h('button', { type: 'button', id: 'explore-stop', hidden: true }, 'Stop');
  const bar = h('progress', { max: 1, value: 0, 'aria-label': 'Exploration progress', hidden: true });
  const status = h('p', { class: 'explore-status', role: 'status' }, INTRO);
  const results = h('div', { class: 'explore-results' });
  const el = h('section', { class: 'explore', 'aria-label': 'Explore' }, h('div', { class: 'explore-bar' }, run, stop, bar), status, results);
  let worker: WorkerLike | null = null;

  const finish = () => {
    worker?.terminate();
    worker = null;
    run.disabled = false;
    stop.hidden = true;
    bar.hidden = true;
  };

  run.addEventListener('click', () => {
    const target = host.current();
    finish();
    if (!target.ok) {
      // No results at all: those of an earlier explore belong to text that is no longer there.
      status.textContent = target.message;
      setChildren(results);
      host.problems([]);
      host.unreached([]);
      return;
    }
    run.disabled = true;
    stop.hidden = false;
    bar.hidden = false;
    bar.value = 0;
    status.textContent = 'Exploring…';
    worker = host.makeWorker();
    worker.onmessage = (e: MessageEvent<WorkerAnswer>) => {
      const a = e.data;
      if (a.kind === 'progress') {
        bar.value = a.fraction;
        status.textContent = `Exploring… ${a.states.toLocaleString('en')} states so far`;
      } else if (a.kind === 'explored') {
        finish();
        void show(a.report, a.problems);
      } else if (a.kind === 'failed') {
        finish();
        status.textContent = `The explorer stopped: ${a.message}`;
      }
    };
    worker.postMessage({ kind: 'explore', id: 1, seed: SEED, json: target.json, entry: target.entry, files: target.files });
  });
  stop.addEventListener('click', () => {
    finish();
    status.textContent = 'Exploration stopped.';
  });

  const show = (report: ExploreReport, problems: Diagnostic[]) => showResults(report, problems, host, status, results);

  return {
    el,
    run: () => run.click(),
    reset() {
      finish();
      status.textContent = INTRO;
      setChildren(results);
    },
  };
}

/** The explorer's findings: the counts in the status line, the problems and unreached knots sent on, endings to play, coverage and the map. */
function showResults(report: ExploreReport, problems: Diagnostic[], host: ExploreHost, status: HTMLElement, results: HTMLElement): void {
  const { choices, flows } = report.coverage;
  status.textContent =
    `${report.endings.length} ending${report.endings.length === 1 ? '' : 's'}, ${report.deadEnds.length} dead end${report.deadEnds.length === 1 ? '' : 's'}, ` +
    `${report.errors.length} runtime error${report.errors.length === 1 ? '' : 's'}; ${report.limits.states.toLocaleString('en')} states` +
    (report.limits.complete ? ', the whole story.' : ', stopped at the explorer’s limits.');
  host.problems(problems);
  host.unreached(flows.unreached.map((f) => f.id));
  const endings = report.endings.map((e) => {
    const play = h('button', { type: 'button', class: 'play-ending' }, `Play to “${e.title}”`);
    play.addEventListener('click', () => host.playPath(e.seed, e.path, e.title));
    return h('li', {}, play, ` ${e.path.length} choice${e.path.length === 1 ? '' : 's'}`);
  });
  const mapButton = h('button', { type: 'button', id: 'explore-map' }, 'Show the story map');
  const mapHolder = h('div', { class: 'explore-map' });
  mapButton.addEventListener('click', async () => {
    const close = () => {
      setChildren(mapHolder);
      mapButton.focus();
    };
    setChildren(mapHolder, await host.showMap(report, close));
  });
  setChildren(
    results,
    h('h3', {}, 'Endings'),
    endings.length ? h('ul', { class: 'endings' }, ...endings) : h('p', {}, 'No ending was reached.'),
    report.unreachedEndings.length ? h('p', {}, `Never reached: ${report.unreachedEndings.map((e) => e.label).join(', ')}`) : null,
    h('h3', {}, 'Coverage'),
    h('p', {}, `Choices taken: ${choices.reached} of ${choices.total}. Knots and stitches visited: ${flows.reached} of ${flows.total}.`),
    flows.unreached.length ? h('p', {}, `Never visited (marked in the editor): ${flows.unreached.map((f) => f.label).join(', ')}`) : null,
    mapButton,
    mapHolder,
  );
}
