/**
 * What `npm run build` writes beside the site: the story as one HTML file that
 * plays by double-click (src/tooling/one-file-page.ts), named after its title
 * (`dist/kees-first-raid.html`), with the pictures its IMAGE and BACKGROUND
 * tags name and the sounds its AUDIO tags name inlined as data: URLs. A named
 * cue ships one file, MP3 (every browser plays it) where there is one, so the
 * page does not carry each sound twice. A `story.css` beside the story rides
 * after the player's style, under the same CSP hash, as the site links it after.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Story } from 'inkjs';
import { indexStory } from '../engine/analysis/story-index.ts';
import { readStoryMeta } from '../engine/ink/story-meta.ts';
import { withDefaultTitle } from '../tooling/default-title.ts';
import { storyImages } from '../tooling/lint-images.ts';
import { toSourceFiles } from '../tooling/lint-sources.ts';
import { buildOneFilePage, type OneFileAssets, type OneFilePlayer } from '../tooling/one-file-page.ts';
import { compileInk } from './compile-ink.ts';
import { staticTitleFor } from './static-title.ts';
import { storyAudio } from './story-audio.ts';
import { storyCss } from './story-css.ts';
import { storyFiles } from './story-files.ts';
import { cspHash, escapeForElement } from './vite-plugin-export-player.ts';

const MIME: Record<string, string> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  webp: 'image/webp',
  gif: 'image/gif',
  svg: 'image/svg+xml',
  avif: 'image/avif',
  mp3: 'audio/mpeg',
  ogg: 'audio/ogg',
  oga: 'audio/ogg',
  webm: 'audio/webm',
  wav: 'audio/wav',
  m4a: 'audio/mp4',
};

export function dataUrl(file: string): string {
  const ext = path.extname(file).slice(1).toLowerCase();
  return `data:${MIME[ext] ?? 'application/octet-stream'};base64,${readFileSync(file).toString('base64')}`;
}

/** `Kee's First Raid` → `kees-first-raid`; never `index`, which is the site's page. */
export function pageSlug(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f']/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return !slug || slug === 'index' ? 'story' : slug;
}

/** One file per cue, MP3 first: the page should not carry each sound in two formats. */
function oneFilePerCue(files: readonly string[]): string[] {
  const byCue = new Map<string, string>();
  for (const file of files) {
    const cue = path.basename(file).replace(/\.[^.]+$/, '');
    const kept = byCue.get(cue);
    if (!kept || (file.endsWith('.mp3') && !kept.endsWith('.mp3'))) byCue.set(cue, file);
  }
  return [...byCue.values()];
}

/** The page's file name, from the title the static title screen reads, so the site's note names the same file. */
export function onePageFileName(entry: string): string {
  return `${pageSlug(staticTitleFor(entry).title)}.html`;
}

export interface OneFilePage {
  fileName: string;
  html: string;
}

/** The page for the story at `entry`, or null when it does not compile (the build reports that on its own). */
export function oneFilePage(entry: string, player: OneFilePlayer): OneFilePage | null {
  const result = compileInk(entry);
  if (!result.json) return null;
  const json = withDefaultTitle(result.json, entry);
  const title = readStoryMeta(new Story(json).globalTags).title;
  const found = storyImages(indexStory(json), toSourceFiles(result.sources), entry, storyFiles(entry));
  const audio = storyAudio(json, entry);
  const assets: OneFileAssets = {
    images: Object.fromEntries(found.images.map(({ path: key, file }) => [key, dataUrl(file)])),
    cues: Object.fromEntries(oneFilePerCue(audio.cueFiles).map((file) => [path.basename(file), dataUrl(file)])),
    sounds: Object.fromEntries(audio.pathFiles.map(({ path: key, file }) => [key, dataUrl(file)])),
  };
  const css = storyCss(entry);
  const style = css ? `${player.style}\n${escapeForElement(css.source, 'style')}` : player.style;
  const styled = css ? { ...player, style, styleHash: cspHash(style) } : player;
  return { fileName: onePageFileName(entry), html: buildOneFilePage(json, title, styled, assets) };
}
