/**
 * The Vite plugin for ink: hooks only. `import story from '../story/main.ink'`
 * yields the compiled story JSON as a string (data, never a live Story), every
 * INCLUDEd file is watched, and compile errors carry file, line and the source
 * line to the overlay and the terminal. The language work is in compile-ink.ts.
 * A `story.css` beside the entry file is linked into the page (story-css.ts).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { HtmlTagDescriptor, Plugin, Rollup } from 'vite';
import { indexStory } from '../engine/analysis/story-index.ts';
import { playFirstTurn } from '../engine/play/first-turn.ts';
import { withDefaultTitle } from '../tooling/default-title.ts';
import { formatDiagnostic } from '../tooling/diagnostic.ts';
import { storyImages } from '../tooling/lint-images.ts';
import { toSourceFiles } from '../tooling/lint-sources.ts';
import { compileInk } from './compile-ink.ts';
import { storyAudio } from './story-audio.ts';
import { storyCss } from './story-css.ts';
import { storyFiles } from './story-files.ts';

/** Lets a virtual module take an update without reloading the page that imports it. */
const SELF_ACCEPT = 'if (import.meta.hot) import.meta.hot.accept();\n';

/** `import('virtual:story-assets')` maps each IMAGE tag's path to the URL of its file. */
const ASSETS_ID = 'virtual:story-assets';
const RESOLVED_ASSETS_ID = `\0${ASSETS_ID}`;

/** `import('virtual:story-audio')` maps the file names of the story's sound cues to their URLs. */
const AUDIO_ID = 'virtual:story-audio';
const RESOLVED_AUDIO_ID = `\0${AUDIO_ID}`;

/** `import('virtual:story-source-lines')` maps ink container paths to source lines, for the error panel's file and line. */
const LINES_ID = 'virtual:story-source-lines';
const RESOLVED_LINES_ID = `\0${LINES_ID}`;

/** `import('virtual:story-report')` gives the build-time exploration report of the story in play. */
const REPORT_ID = 'virtual:story-report';
const RESOLVED_REPORT_ID = `\0${REPORT_ID}`;

export interface InkPluginOptions {
  /** Play another story in place of story/main.ink (the KEE_STORY environment variable sets it). */
  entry?: string | undefined;
  /** The story the report explores; defaults to `entry`, else story/main.ink. */
  root?: string;
}

export function inkPlugin(options: InkPluginOptions = {}): Plugin {
  const entry = path.resolve(options.entry ?? options.root ?? 'story/main.ink');
  let building = false;
  // Set when the build found no first turn for the story (its opening varies): the page then needs inkjs at once.
  let openingVaries = false;
  return {
    name: 'kee:ink',
    enforce: 'pre',
    configResolved(config) {
      building = config.command === 'build';
    },
    generateBundle() {
      const css = storyCss(entry);
      if (css) this.emitFile({ type: 'asset', fileName: css.fileName, source: css.source });
    },
    transformIndexHtml: {
      // After Vite's own tags, so the story's stylesheet comes after the player's and can restyle its classes.
      order: 'post',
      handler(_html, ctx) {
        const css = storyCss(entry);
        const href = css && (building ? `./${css.fileName}` : `/@fs${css.file}`);
        const tags: HtmlTagDescriptor[] = href ? [{ tag: 'link', attrs: { rel: 'stylesheet', href }, injectTo: 'head' }] : [];
        // Without a first turn from the build the reader waits for inkjs: fetch it beside the story data, not after the app's script.
        if (openingVaries && ctx.bundle) tags.push(...engineChunks(ctx.bundle).map((file) => preload(file)));
        return tags;
      },
    },
    resolveId(source, importer) {
      if (source === REPORT_ID) return RESOLVED_REPORT_ID;
      if (source === ASSETS_ID) return RESOLVED_ASSETS_ID;
      if (source === AUDIO_ID) return RESOLVED_AUDIO_ID;
      if (source === LINES_ID) return RESOLVED_LINES_ID;
      if (!options.entry || !source.endsWith('story/main.ink') || !importer) return null;
      return path.resolve(options.entry);
    },
    async load(id) {
      if (id === RESOLVED_AUDIO_ID) {
        // The sounds of the cues the story names, and no others: another story never ships the flagship's audio.
        const result = compileInk(entry);
        for (const dep of result.dependencies) this.addWatchFile(dep);
        const audio = result.json ? storyAudio(result.json, entry) : { cueFiles: [], pathFiles: [], missing: [] };
        if (audio.missing.length > 0) {
          this.error({
            message: `ink: ${audio.missing.map((p) => `the sound '${p}' named by an AUDIO tag is not there (${path.resolve(path.dirname(entry), p)})`).join('\n')}`,
            id: entry,
          });
        }
        const url = (file: string) => {
          this.addWatchFile(file);
          if (!building) return JSON.stringify(`/@fs${file}`);
          return `import.meta.ROLLUP_FILE_URL_${this.emitFile({ type: 'asset', name: path.basename(file), source: readFileSync(file) })}`;
        };
        const cues = audio.cueFiles.map((file) => `${JSON.stringify(path.basename(file))}: ${url(file)}`);
        const paths = audio.pathFiles.map(({ path: key, file }) => `${JSON.stringify(key)}: ${url(file)}`);
        // Self-accepting, as the report is: a scene edit must not reload the page (and lose the reader's place) through
        // this module; a sound added while the dev server runs is picked up on the next reload.
        return { code: `export default {${cues.join(', ')}};\nexport const paths = {${paths.join(', ')}};\n${SELF_ACCEPT}`, map: null };
      }
      if (id === RESOLVED_ASSETS_ID) {
        // Exactly the files the story's IMAGE tags name: hashed into the build, served from where they are in development.
        const result = compileInk(entry);
        for (const dep of result.dependencies) this.addWatchFile(dep);
        const found = result.json
          ? storyImages(indexStory(result.json), toSourceFiles(result.sources), entry, storyFiles(entry))
          : { images: [], diagnostics: [] };
        const [first] = found.diagnostics;
        if (first) {
          this.error({
            message: `ink: ${found.diagnostics.map((d) => formatDiagnostic(d)).join('\n')}`,
            id: first.file,
            loc: { file: first.file, line: Math.max(first.line, 1), column: 0 },
          });
        }
        const entries = found.images.map(({ path: key, file }) => {
          this.addWatchFile(file);
          if (!building) return `${JSON.stringify(key)}: ${JSON.stringify(`/@fs${file}`)}`;
          const ref = this.emitFile({ type: 'asset', name: path.basename(file), source: readFileSync(file) });
          return `${JSON.stringify(key)}: import.meta.ROLLUP_FILE_URL_${ref}`;
        });
        return { code: `export default {${entries.join(', ')}};\n${SELF_ACCEPT}`, map: null };
      }
      if (id === RESOLVED_LINES_ID) {
        // The same compile's line map (what `npm run play` uses), its files named relative to the entry as the author knows them.
        const result = compileInk(entry);
        for (const dep of result.dependencies) this.addWatchFile(dep);
        const root = path.dirname(entry);
        const lines = result.lines
          ? { files: result.lines.files.map((f) => path.relative(root, f).split(path.sep).join('/')), at: result.lines.at }
          : { files: [], at: {} };
        return { code: `export default ${JSON.stringify(lines)};\n${SELF_ACCEPT}`, map: null };
      }
      if (id === RESOLVED_REPORT_ID) {
        // Loaded on demand: the explorer is only needed when the player asks for the report.
        const { REPORT_BUDGET_MS, storyReport } = await import('./story-report.ts');
        const entry = path.resolve(options.entry ?? options.root ?? 'story/main.ink');
        const result = compileInk(entry);
        for (const dep of result.dependencies) this.addWatchFile(dep);
        // A broken story already fails the build through its own import, with its diagnostics.
        const report = result.json ? storyReport(result.json) : null;
        if (report && !report.complete) {
          this.warn(
            `ink: the story report is partial (the build explores a story for at most ${REPORT_BUDGET_MS / 1000} s or 8,000 states): the endings total and the story map show what was reached`,
          );
        }
        // Self-accepting in development: a scene edit refreshes the report without reloading the page (and losing the reader's place).
        return { code: `export default ${JSON.stringify(report)};\nif (import.meta.hot) import.meta.hot.accept();\n`, map: null };
      }
      const file = id.split('?')[0] ?? id;
      if (!file.endsWith('.ink')) return null;
      const result = compileInk(file);
      // Vite ties each watched file to this module, so an edit to any INCLUDEd scene updates the story like an edit to main.ink.
      for (const dep of result.dependencies) this.addWatchFile(dep);
      for (const d of result.diagnostics) if (d.severity === 'warning') this.warn(formatDiagnostic(d));
      const error = result.diagnostics.find((d) => d.severity === 'error');
      if (!result.json || error) {
        const d = error ?? { severity: 'error' as const, file, line: 0, message: 'the story did not compile' };
        // Each message carries its source line, so the overlay and the terminal show what to fix without opening the file.
        const all = result.diagnostics
          .filter((x) => x.severity === 'error')
          .map((x) => (x.source === undefined ? formatDiagnostic(x) : `${formatDiagnostic(x)}\n    ${x.line} | ${x.source}`));
        this.error({
          message: `ink: ${all.join('\n')}`,
          id: d.file,
          loc: { file: d.file, line: Math.max(d.line, 1), column: 0 },
          frame: d.source === undefined ? undefined : `${d.line} | ${d.source}`,
        });
      }
      const json = withDefaultTitle(result.json, file);
      // The build plays the first turn once (first-turn.ts) so New game can show it before the page builds a Story.
      // Development leaves it out: an edit would make it stale, and the dev server should show the story's own turn.
      // KEE_FIRST_TURN=off builds without it, as a story whose opening varies is built (the bench times that path).
      const firstTurn = building && process.env.KEE_FIRST_TURN !== 'off' ? playFirstTurn(json) : null;
      openingVaries = building && firstTurn === null;
      return { code: `export default ${JSON.stringify(json)};\nexport const firstTurn = ${JSON.stringify(firstTurn)};\n`, map: null };
    },
  };
}

/** The chunk that carries the story engine (ink-runtime.ts, with inkjs) and the chunks it imports, by file name. */
function engineChunks(bundle: Rollup.OutputBundle): string[] {
  const chunks = Object.values(bundle).filter((c): c is Rollup.OutputChunk => c.type === 'chunk');
  const engine = chunks.find((c) => c.facadeModuleId?.endsWith('/engine/ink/ink-runtime.ts'));
  if (!engine) return [];
  const entries = new Set(chunks.filter((c) => c.isEntry).map((c) => c.fileName));
  return [engine.fileName, ...engine.imports.filter((file) => !entries.has(file))];
}

function preload(file: string): HtmlTagDescriptor {
  return { tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `./${file}` }, injectTo: 'head' };
}
