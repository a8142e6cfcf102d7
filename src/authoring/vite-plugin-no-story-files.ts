/**
 * The player's `virtual:story-assets`, `virtual:story-audio` and
 * `virtual:story-source-lines` modules, empty,
 * for the studio's page, whose preview plays a story written in the browser
 * (the one-file page reads its files from itself: vite-plugin-page-files.ts).
 * Such a story is only its .ink text, so
 * its IMAGE and AUDIO paths name no file the page could serve; the player
 * leaves those out with one warning, as it does for any missing file. Named
 * sound cues play as silence there, since the flagship's audio never ships with
 * another story.
 */
import type { Plugin } from 'vite';

const MODULES: Record<string, string> = {
  'virtual:story-assets': 'export default {};\n',
  'virtual:story-audio': 'export default {};\nexport const paths = {};\n',
  // No map from ink to source lines: a runtime error there reads without its file and line.
  'virtual:story-source-lines': 'export default { files: [], at: {} };\n',
};

export function noStoryFilesPlugin(): Plugin {
  return {
    name: 'kee:no-story-files',
    resolveId: (id) => (id in MODULES ? `\0${id}` : null),
    load: (id) => (id.startsWith('\0') ? (MODULES[id.slice(1)] ?? null) : null),
  };
}
