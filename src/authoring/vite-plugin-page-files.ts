/**
 * The player's `virtual:story-assets`, `virtual:story-audio` and
 * `virtual:story-source-lines` modules for the one-file page
 * (src/tooling/one-file-page.ts): the pictures and sounds come from the page's
 * own data block, as data: URLs, read when the player's script starts (it sits
 * after the block). A page without the block (a story with no files, or the
 * studio's export before it inlines any) gets empty maps: the player then
 * leaves a missing picture out with one warning and plays on.
 */
import type { Plugin } from 'vite';
import { ASSETS_BLOCK_ID } from '../tooling/one-file-page.ts';

const READ = `const files = (() => {
  try {
    const block = document.getElementById(${JSON.stringify(ASSETS_BLOCK_ID)});
    return block ? JSON.parse(block.textContent || '{}') : {};
  } catch {
    return {};
  }
})();
`;

const MODULES: Record<string, string> = {
  'virtual:story-assets': `${READ}export default files.images || {};\n`,
  'virtual:story-audio': `${READ}export default files.cues || {};\nexport const paths = files.sounds || {};\n`,
  // No map from ink to source lines: a runtime error there reads without its file and line.
  'virtual:story-source-lines': 'export default { files: [], at: {} };\n',
};

export function pageFilesPlugin(): Plugin {
  return {
    name: 'kee:page-files',
    resolveId: (id) => (id in MODULES ? `\0${id}` : null),
    load: (id) => (id.startsWith('\0') ? (MODULES[id.slice(1)] ?? null) : null),
  };
}
