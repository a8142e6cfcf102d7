/**
 * The Vite plugin for ink: hooks only. `import story from '../story/main.ink'`
 * yields the compiled story JSON as a string (data, never a live Story), every
 * INCLUDEd file is watched, and compile errors carry file, line and the source
 * line to the overlay and the terminal. The modules' code is in
 * ink-virtual-modules.ts, the language work in compile-ink.ts.
 * A `story.css` beside the entry file is linked into the page (story-css.ts).
 * The dev server may serve the story's own folder (its pictures and sounds)
 * when the story lives outside the project, and nothing else outside it.
 */
import path from 'node:path';
import { type HtmlTagDescriptor, type Plugin, type Rollup, searchForWorkspaceRoot } from 'vite';
import { assetsModule, audioModule, inkModule, linesModule, reportModule } from './ink-virtual-modules.ts';
import { storyCss } from './story-css.ts';

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
    config(config) {
      // Vite serves files under the project only; a story elsewhere (KEE_STORY=/some/folder/main.ink) would get a 403 for
      // every picture and sound. Naming fs.allow replaces Vite's default, so the project's own root stays in the list.
      const root = path.resolve(config.root ?? process.cwd());
      const storyDir = path.dirname(entry);
      if (storyDir === root || storyDir.startsWith(`${root}${path.sep}`)) return;
      return { server: { fs: { allow: [searchForWorkspaceRoot(root), storyDir] } } };
    },
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
      handler(html, ctx) {
        const css = storyCss(entry);
        const href = css && (building ? `./${css.fileName}` : `/@fs${css.file}`);
        const tags: HtmlTagDescriptor[] = href ? [{ tag: 'link', attrs: { rel: 'stylesheet', href }, injectTo: 'head' }] : [];
        if (!openingVaries || !ctx.bundle) return tags;
        // Without a first turn from the build the reader waits for inkjs: fetch it beside the story data, not after the app's script.
        tags.push(...engineChunks(ctx.bundle).map((file) => preload(file)));
        // And the title's key picture waits for the working title (styles.css, show-title.ts): its SVG document, layout and
        // paint cost the main thread 15-30 ms (traced) on the way to that reader's first passage.
        return { html: html.replace(/<html\b/, '<html data-title-art="later"'), tags };
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
    load(id) {
      if (id === RESOLVED_AUDIO_ID) return audioModule(this, entry, building);
      if (id === RESOLVED_ASSETS_ID) return assetsModule(this, entry, building);
      if (id === RESOLVED_LINES_ID) return linesModule(this, entry);
      if (id === RESOLVED_REPORT_ID) return reportModule(this, entry);
      const file = id.split('?')[0] ?? id;
      return file.endsWith('.ink') ? inkModule(this, file, building, (found) => (openingVaries = !found)) : null;
    },
  };
}

/**
 * The chunk that carries the story engine (ink-runtime.ts, with inkjs) and every chunk it imports, directly or not,
 * by file name. Each one left out is a round trip after the chunk importing it has been read: a small chunk shared
 * with the side screens (stat words) once cost the first passage a request that began only after inkjs had arrived.
 */
export function engineChunks(bundle: Rollup.OutputBundle): string[] {
  const chunks = new Map(
    Object.values(bundle)
      .filter((c): c is Rollup.OutputChunk => c.type === 'chunk')
      .map((c) => [c.fileName, c]),
  );
  const engine = [...chunks.values()].find((c) => c.facadeModuleId?.endsWith('/engine/ink/ink-runtime.ts'));
  if (!engine) return [];
  const found = new Set<string>();
  const visit = (file: string) => {
    const chunk = chunks.get(file);
    // The entry is fetched by its own script tag.
    if (!chunk || chunk.isEntry || found.has(file)) return;
    found.add(file);
    for (const next of chunk.imports) visit(next);
  };
  visit(engine.fileName);
  return [...found];
}

function preload(file: string): HtmlTagDescriptor {
  return { tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `./${file}` }, injectTo: 'head' };
}
