/**
 * `import('virtual:export-player')` gives the studio what an exported HTML
 * file needs: the player (src/studio/export/export-player.ts) built as one
 * script (library mode splits no code, so every lazy part is inlined), its stylesheet, and the sha256 hashes
 * of both as they will sit in the page, so the file's Content-Security-Policy
 * allows exactly that script and that style. Built with Vite itself, once per
 * server or build, and only when the studio asks for it. Its pictures and
 * sounds come from the page's own data block (vite-plugin-page-files.ts).
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { build, type Plugin, type Rollup } from 'vite';
import { pageFilesPlugin } from './vite-plugin-page-files.ts';

const ID = 'virtual:export-player';
const RESOLVED = `\0${ID}`;

/** `</script` or `</style` inside inlined code would end the element early. */
export function escapeForElement(code: string, tag: 'script' | 'style'): string {
  return code.replace(new RegExp(`</${tag}`, 'gi'), `<\\/${tag}`);
}

export function cspHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

export async function buildPlayer(entry: string): Promise<{ script: string; style: string }> {
  const out = (await build({
    configFile: false,
    logLevel: 'warn',
    publicDir: false,
    plugins: [pageFilesPlugin()],
    build: {
      write: false,
      target: 'es2022',
      cssCodeSplit: false,
      rollupOptions: { checks: { bundlerTimings: false } },
      lib: { entry, formats: ['iife'], name: 'KeeExportedStory', fileName: () => 'player.js', cssFileName: 'player' },
    },
  })) as Rollup.RollupOutput[] | Rollup.RollupOutput;
  const outputs = (Array.isArray(out) ? out : [out]).flatMap((o) => o.output);
  const script = outputs
    .filter((o): o is Rollup.OutputChunk => o.type === 'chunk')
    .map((c) => c.code)
    .join('\n');
  const style = outputs
    .filter((o): o is Rollup.OutputAsset => o.type === 'asset' && o.fileName.endsWith('.css'))
    .map((a) => (typeof a.source === 'string' ? a.source : new TextDecoder().decode(a.source)))
    .join('\n');
  return { script: escapeForElement(script, 'script'), style: escapeForElement(style, 'style') };
}

let player: Promise<{ script: string; style: string; scriptHash: string; styleHash: string }> | null = null;

/** The one-file page's player with its CSP hashes, built once per process (the studio's export and the build's page share it). */
export function oneFilePlayer(): Promise<{ script: string; style: string; scriptHash: string; styleHash: string }> {
  player ??= buildPlayer(path.resolve(import.meta.dirname, '../studio/export/export-player.ts')).then(
    ({ script, style }) => ({ script, style, scriptHash: cspHash(script), styleHash: cspHash(style) }),
    (err: unknown) => {
      // A failed build is not kept: the next ask tries again.
      player = null;
      throw err;
    },
  );
  return player;
}

export function exportPlayerPlugin(): Plugin {
  let built: Promise<string> | null = null;
  return {
    name: 'kee:export-player',
    resolveId: (id) => (id === ID ? RESOLVED : null),
    load(id) {
      if (id !== RESOLVED) return null;
      built ??= oneFilePlayer().then(
        ({ script, style, scriptHash, styleHash }) =>
          `export const script = ${JSON.stringify(script)};\nexport const style = ${JSON.stringify(style)};\n` +
          `export const scriptHash = ${JSON.stringify(scriptHash)};\nexport const styleHash = ${JSON.stringify(styleHash)};\n`,
      );
      return built;
    },
  };
}
