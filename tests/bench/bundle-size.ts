/**
 * What a player downloads before the first passage, measured from a built
 * site: index.html's module scripts, modulepreloads and stylesheets, plus
 * every chunk those scripts import statically (dynamic `import()`s, such as
 * howler and the audio list, load after the first gesture and are left out).
 * Each file is gzipped with node:zlib at level 9. The story data (the chunk
 * manualChunks in vite.config.ts gives the compiled .ink) is counted apart; it
 * is recognised by content, not name, since rolldown may name a shared code
 * chunk `story-session-….js`: a chunk that is one ink JSON literal (and the
 * first turn the build played) and little else.
 * Shared by tests/e2e/bundle-budget.test.ts and `npm run bench`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { COMPILER_MARKERS } from './budgets';

export interface ShippedFile {
  /** Path relative to the dist directory. */
  file: string;
  kind: 'js' | 'story' | 'css';
  bytes: number;
  gzip: number;
}

export interface ShippedSize {
  files: ShippedFile[];
  /** JavaScript other than the story data. */
  jsGzip: number;
  storyGzip: number;
  cssGzip: number;
  totalGzip: number;
  /** JavaScript files in the build that the first screen does not load (lazy chunks). */
  lazy: string[];
  /** Compiler-only strings found in any JavaScript file of the build, lazy chunks included. */
  compilerMarkers: string[];
}

export function gzipSize(data: Buffer | string): number {
  return gzipSync(data, { level: 9 }).length;
}

export function measureFirstScreen(distDir: string): ShippedSize {
  const html = readFileSync(path.join(distDir, 'index.html'), 'utf8');
  const wanted = new Set<string>();
  const queue: string[] = [];
  const add = (rel: string) => {
    const file = path.posix.normalize(rel.replace(/^\.\//, ''));
    if (wanted.has(file)) return;
    if (!existsSync(path.join(distDir, file))) throw new Error(`index.html or a chunk refers to ${file}, which is not in ${distDir}`);
    wanted.add(file);
    if (file.endsWith('.js')) queue.push(file);
  };
  for (const ref of htmlRefs(html)) add(ref);
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    const code = readFileSync(path.join(distDir, file), 'utf8');
    for (const spec of staticImports(code)) add(path.posix.join(path.posix.dirname(file), spec));
  }

  const files = [...wanted].map((file): ShippedFile => {
    const data = readFileSync(path.join(distDir, file));
    const kind = file.endsWith('.css') ? 'css' : isStoryData(data.toString('utf8')) ? 'story' : 'js';
    return { file, kind, bytes: data.length, gzip: gzipSize(data) };
  });
  const sum = (kind: ShippedFile['kind']) => files.filter((f) => f.kind === kind).reduce((n, f) => n + f.gzip, 0);
  // The player's chunks only: the studio (dist/studio/) is a page of its own whose worker ships the compiler on purpose.
  const allJs = listFiles(distDir).filter((f) => f.endsWith('.js') && !f.startsWith('studio/'));
  const bundle = allJs.map((f) => readFileSync(path.join(distDir, f), 'utf8')).join('\n');
  return {
    files,
    jsGzip: sum('js'),
    storyGzip: sum('story'),
    cssGzip: sum('css'),
    totalGzip: files.reduce((n, f) => n + f.gzip, 0),
    lazy: allJs.filter((f) => !wanted.has(f)),
    compilerMarkers: COMPILER_MARKERS.filter((m) => bundle.includes(m)),
  };
}

/** Code outside the chunk's string literals beyond this many bytes means the chunk is code, not data. */
const STORY_CHUNK_CODE_ALLOWANCE = 2048;

/**
 * Whether a chunk is the story's data: the compiled ink JSON in a string literal
 * (`var e = "{\"inkVersion\":21, …}"`) and the first turn the build played
 * (first-turn.ts), an object literal of strings, with little else around them.
 */
export function isStoryData(code: string): boolean {
  if (!/(["'`])\{\\?"inkVersion\\?"/.test(code)) return false;
  let outside = 0;
  for (let i = 0; i < code.length; i++) {
    const quote = code[i];
    if (quote === '"' || quote === "'" || quote === '`') {
      for (i++; i < code.length && code[i] !== quote; i++) if (code[i] === '\\') i++;
    } else outside++;
  }
  return outside <= STORY_CHUNK_CODE_ALLOWANCE;
}

/** Local URLs of `<script type="module" src>`, `<link rel="modulepreload|stylesheet" href>` in the page. */
function htmlRefs(html: string): string[] {
  const refs: string[] = [];
  for (const tag of html.matchAll(/<(script|link)\b([^>]*)>/gi)) {
    const attrs = Object.fromEntries(
      [...(tag[2] ?? '').matchAll(/([\w-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)].map((a) => [a[1]?.toLowerCase(), a[2] ?? a[3] ?? '']),
    );
    const url = tag[1]?.toLowerCase() === 'script' ? attrs.src : /\b(modulepreload|stylesheet)\b/i.test(attrs.rel ?? '') ? attrs.href : undefined;
    if (url && !/^(data:|[a-z]+:\/\/|\/\/)/i.test(url)) refs.push(url.replace(/^\//, ''));
  }
  return refs;
}

/**
 * Relative specifiers of static `import … from`, bare `import '…'` and
 * `export … from` statements in minified ES module output. `import(` is not
 * matched: a dynamic import is lazy by definition.
 */
export function staticImports(code: string): string[] {
  const specs: string[] = [];
  for (const m of code.matchAll(/(?:^|[;\s}])(?:import|export)\s*(?:[\w$*{}\s,]*?from\s*)?(["'`])(\.{1,2}\/[^"'`]+)\1/g)) {
    if (m[2]) specs.push(m[2]);
  }
  return specs;
}

function listFiles(dir: string, prefix = ''): string[] {
  return readdirSync(path.join(dir, prefix), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? listFiles(dir, path.posix.join(prefix, e.name)) : [path.posix.join(prefix, e.name)],
  );
}
