/**
 * The project's pictures and sounds in the preview, through blob URLs.
 *
 * The player's views look pictures up in the map `virtual:story-assets` exports
 * (empty in the studio's build; the dev story's pictures under `npm start`). The
 * studio owns that map in its page: each time the project's assets change it is
 * emptied and filled with blob URLs of this project's files, keyed by the path a
 * tag writes (from the entry's folder), so the preview shows this project's
 * pictures and never another story's. The studio's CSP allows `blob:` for
 * images and media for exactly this. Sounds play through a small audio port
 * over the same URLs. A file the project lacks is left out with one warning.
 */
import urls from 'virtual:story-assets';
import type { AudioPort, Volumes } from '../engine/ports';
import { assetType, tagPath } from './project-assets';

export interface PreviewAssets {
  /** Makes the preview's URLs this project's (revoking the old ones). */
  use(entry: string, assets: Readonly<Record<string, Uint8Array>>): void;
  /** The URL of the asset a tag names (a path, or a sound's cue name), or undefined. */
  url(path: string): string | undefined;
  audio: AudioPort;
}

/** The map the player's views read: shared by identity, so it is changed in place. */
const shown: Record<string, string> = urls;

export function createPreviewAssets(warn: (path: string) => void = () => {}): PreviewAssets {
  let made: string[] = [];
  let volumes: Volumes | null = null;
  let loop: HTMLAudioElement | null = null;

  const url = (path: string): string | undefined => {
    if (Object.hasOwn(shown, path)) return shown[path];
    // A cue name (`# AUDIO: rain`) finds the sound file of that base name.
    const byName = Object.keys(shown).find((p) => assetType(p)?.startsWith('audio/') && p.replace(/^.*\//, '').replace(/\.[^.]+$/, '') === path);
    return byName === undefined ? undefined : shown[byName];
  };
  const sound = (cue: string, looping: boolean): HTMLAudioElement | null => {
    const src = url(cue);
    if (!src) {
      warn(cue);
      return null;
    }
    const audio = new Audio(src);
    audio.loop = looping;
    audio.volume = !volumes ? 1 : volumes.muted ? 0 : Math.max(0, Math.min(1, (looping ? volumes.music : volumes.effects) * volumes.master));
    // Autoplay rules may refuse a sound before the author has clicked the page: it is skipped, as the player skips it.
    void audio.play().catch(() => {});
    return audio;
  };

  return {
    use(entry, assets) {
      for (const u of made) URL.revokeObjectURL(u);
      for (const key of Object.keys(shown)) delete shown[key];
      made = [];
      for (const [name, bytes] of Object.entries(assets)) {
        const type = assetType(name);
        if (!type) continue;
        const u = URL.createObjectURL(new Blob([new Uint8Array(bytes)], { type }));
        made.push(u);
        shown[tagPath(entry, name)] = u;
      }
    },
    url,
    audio: {
      play: (cue) => void sound(cue, false),
      loop(cue) {
        loop?.pause();
        loop = cue === null ? null : sound(cue, true);
      },
      setVolumes(v) {
        volumes = v;
      },
    },
  };
}
