/**
 * The code of the ink plugin's modules (vite-plugin-ink.ts holds the hooks):
 * the story's JSON for a `.ink` import, and the virtual modules beside it (its
 * pictures, its sounds, its line map, its report). Each compiles the story the
 * same way, through `compileWatched`, so Vite watches every INCLUDEd file and
 * an edit to any scene refreshes whichever module read the story.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Rollup } from 'vite';
import { indexStory } from '../engine/analysis/story-index.ts';
import { playFirstTurn } from '../engine/play/first-turn.ts';
import { withDefaultTitle } from '../tooling/default-title.ts';
import { formatDiagnostic } from '../tooling/diagnostic.ts';
import { storyImages } from '../tooling/lint-images.ts';
import { toSourceFiles } from '../tooling/lint-sources.ts';
import { type CompileResult, compileInk } from './compile-ink.ts';
import { storyAudio } from './story-audio.ts';
import { storyFiles } from './story-files.ts';

type Context = Rollup.PluginContext;
type Code = { code: string; map: null };

/** Lets a virtual module take an update without reloading the page that imports it. */
const SELF_ACCEPT = 'if (import.meta.hot) import.meta.hot.accept();\n';

/** The one compile every module makes, with each file the story INCLUDEs watched. */
export function compileWatched(ctx: Context, file: string): CompileResult {
  const result = compileInk(file);
  for (const dep of result.dependencies) ctx.addWatchFile(dep);
  return result;
}

/** A file the story names, as an expression for its URL: hashed into the build, served from where it is in development. */
function fileUrl(ctx: Context, file: string, building: boolean): string {
  ctx.addWatchFile(file);
  if (!building) return JSON.stringify(`/@fs${file}`);
  return `import.meta.ROLLUP_FILE_URL_${ctx.emitFile({ type: 'asset', name: path.basename(file), source: readFileSync(file) })}`;
}

/** `virtual:story-audio`: the sounds of the cues the story names, and no others (another story never ships the flagship's audio). */
export function audioModule(ctx: Context, entry: string, building: boolean): Code {
  const result = compileWatched(ctx, entry);
  const audio = result.json ? storyAudio(result.json, entry) : { cueFiles: [], pathFiles: [], missing: [] };
  if (audio.missing.length > 0) {
    ctx.error({
      message: `ink: ${audio.missing.map((p) => `the sound '${p}' named by an AUDIO tag is not there (${path.resolve(path.dirname(entry), p)})`).join('\n')}`,
      id: entry,
    });
  }
  const cues = audio.cueFiles.map((file) => `${JSON.stringify(path.basename(file))}: ${fileUrl(ctx, file, building)}`);
  const paths = audio.pathFiles.map(({ path: key, file }) => `${JSON.stringify(key)}: ${fileUrl(ctx, file, building)}`);
  // Self-accepting, as the report is: a scene edit must not reload the page (and lose the reader's place) through
  // this module; a sound added while the dev server runs is picked up on the next reload.
  return { code: `export default {${cues.join(', ')}};\nexport const paths = {${paths.join(', ')}};\n${SELF_ACCEPT}`, map: null };
}

/** `virtual:story-assets`: exactly the files the story's IMAGE tags name. */
export function assetsModule(ctx: Context, entry: string, building: boolean): Code {
  const result = compileWatched(ctx, entry);
  const found = result.json ? storyImages(indexStory(result.json), toSourceFiles(result.sources), entry, storyFiles(entry)) : { images: [], diagnostics: [] };
  const [first] = found.diagnostics;
  if (first) {
    ctx.error({
      message: `ink: ${found.diagnostics.map((d) => formatDiagnostic(d)).join('\n')}`,
      id: first.file,
      loc: { file: first.file, line: Math.max(first.line, 1), column: 0 },
    });
  }
  const entries = found.images.map(({ path: key, file }) => `${JSON.stringify(key)}: ${fileUrl(ctx, file, building)}`);
  return { code: `export default {${entries.join(', ')}};\n${SELF_ACCEPT}`, map: null };
}

/** `virtual:story-source-lines`: the same compile's line map (what `npm run play` uses), its files named relative to the entry as the author knows them. */
export function linesModule(ctx: Context, entry: string): Code {
  const result = compileWatched(ctx, entry);
  const root = path.dirname(entry);
  const lines = result.lines
    ? { files: result.lines.files.map((f) => path.relative(root, f).split(path.sep).join('/')), at: result.lines.at }
    : { files: [], at: {} };
  return { code: `export default ${JSON.stringify(lines)};\n${SELF_ACCEPT}`, map: null };
}

/** `virtual:story-report`: the build-time exploration report; the explorer loads only when it is asked for. */
export async function reportModule(ctx: Context, entry: string): Promise<Code> {
  const { REPORT_BUDGET_MS, REPORT_MAX_STATES, storyReport } = await import('./story-report.ts');
  const result = compileWatched(ctx, entry);
  // A broken story already fails the build through its own import, with its diagnostics.
  const report = result.json ? storyReport(result.json) : null;
  if (report && !report.complete) {
    ctx.warn(
      `ink: the story report is partial (the build explores a story for at most ${REPORT_BUDGET_MS / 1000} s or ${REPORT_MAX_STATES.toLocaleString('en')} states): the endings total and the story map show what was reached`,
    );
  }
  // Self-accepting in development: a scene edit refreshes the report without reloading the page (and losing the reader's place).
  return { code: `export default ${JSON.stringify(report)};\n${SELF_ACCEPT}`, map: null };
}

/** A `.ink` import: the story's JSON as a string (data, never a live Story) and, in a build, its first turn. */
/** `playedFirstTurn` hears whether the build found a first turn (null when the story's opening varies). */
export function inkModule(ctx: Context, file: string, building: boolean, playedFirstTurn: (found: boolean) => void = () => {}): Code {
  // Vite ties each watched file to this module, so an edit to any INCLUDEd scene updates the story like an edit to main.ink.
  const result = compileWatched(ctx, file);
  for (const d of result.diagnostics) if (d.severity === 'warning') ctx.warn(formatDiagnostic(d));
  const error = result.diagnostics.find((d) => d.severity === 'error');
  if (!result.json || error) {
    const d = error ?? { severity: 'error' as const, file, line: 0, message: 'the story did not compile' };
    // Each message carries its source line, so the overlay and the terminal show what to fix without opening the file.
    const all = result.diagnostics
      .filter((x) => x.severity === 'error')
      .map((x) => (x.source === undefined ? formatDiagnostic(x) : `${formatDiagnostic(x)}\n    ${x.line} | ${x.source}`));
    ctx.error({
      message: `ink: ${all.join('\n')}`,
      id: d.file,
      // No separate frame: the message already carries each source line, and Vite would print it twice.
      loc: { file: d.file, line: Math.max(d.line, 1), column: 0 },
    });
  }
  const json = withDefaultTitle(result.json, file);
  // The build plays the first turn once (first-turn.ts) so New game can show it before the page builds a Story.
  // Development leaves it out: an edit would make it stale, and the dev server should show the story's own turn.
  // KEE_FIRST_TURN=off builds without it, as a story whose opening varies is built (the bench times that path).
  const firstTurn = building && process.env.KEE_FIRST_TURN !== 'off' ? playFirstTurn(json) : null;
  if (building) playedFirstTurn(firstTurn !== null);
  return { code: `export default ${JSON.stringify(json)};\nexport const firstTurn = ${JSON.stringify(firstTurn)};\n`, map: null };
}
