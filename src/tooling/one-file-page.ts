/**
 * The one-file page: a whole story in one HTML file that plays from disk, as
 * the studio's "Export as one HTML file" writes it and `npm run build` writes
 * beside the site (dist/<story>.html). The player's script and style are
 * inlined with their CSP hashes, the story's JSON and its pictures and sounds
 * (as data: URLs) sit in data blocks that never run, and the
 * Content-Security-Policy allows that one script and that one style and
 * nothing from the network. Text in, text out: no DOM and no Node, so the
 * studio's page and the build share it.
 */

export interface OneFilePlayer {
  script: string;
  style: string;
  scriptHash: string;
  styleHash: string;
}

/** The story's files as the page carries them, each a data: URL, keyed as the player looks them up. */
export interface OneFileAssets {
  /** IMAGE and BACKGROUND paths as the tags write them. */
  images: Record<string, string>;
  /** Named sound cues' files by file name (`alarm.mp3`), as virtual:story-audio's default export. */
  cues: Record<string, string>;
  /** Sounds named by path in AUDIO tags (`sounds/door.mp3`). */
  sounds: Record<string, string>;
}

/** The id of the data block the exported player reads the story's files from. */
export const ASSETS_BLOCK_ID = 'story-files';

/** The page's CSP: only the inlined script and style, images and sounds from data: URLs, no network at all. */
export function oneFileCsp(player: Pick<OneFilePlayer, 'scriptHash' | 'styleHash'>): string {
  return [
    "default-src 'none'",
    `script-src ${player.scriptHash}`,
    `style-src ${player.styleHash}`,
    'img-src data:',
    'media-src data: blob:',
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/** Text for an element's content: the title is the story's text and must stay text. */
export function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** JSON for a data block: `<` escaped, so no text in it can close the block. */
function blockJson(json: string): string {
  return json.replace(/</g, '\\u003c');
}

export function buildOneFilePage(json: string, title: string, player: OneFilePlayer, assets: OneFileAssets | null = null): string {
  const hasAssets = assets && (Object.keys(assets.images).length || Object.keys(assets.cues).length || Object.keys(assets.sounds).length);
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${oneFileCsp(player)}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="color-scheme" content="dark light">',
    `<title>${escapeText(title)}</title>`,
    `<style>${player.style}</style>`,
    '</head>',
    '<body>',
    '<main id="app" class="app" aria-busy="true"><p class="loading">Loading the story…</p></main>',
    '<noscript>This story needs JavaScript to play.</noscript>',
    `<script type="application/json" id="story-data">${blockJson(json)}</script>`,
    ...(hasAssets ? [`<script type="application/json" id="${ASSETS_BLOCK_ID}">${blockJson(JSON.stringify(assets))}</script>`] : []),
    `<script>${player.script}</script>`,
    '</body>',
    '</html>',
  ].join('\n');
}
