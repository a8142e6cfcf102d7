/**
 * Puts the title screen on the page: the build's static copy of it
 * (data-static, see static-title.ts) becomes the working one in place, or a
 * fresh one is drawn. Once it is on screen, the checks of stored data run
 * (title-checks.ts), a moment later, so they never delay it.
 */
import type { Game } from '../../engine/play/game';
import { setChildren } from '../dom';
import type { ScreenId } from '../screen-registry';
import { adoptStaticTitle } from './adopt-title';

export interface TitleDoors {
  newGame(): void;
  continueGame(): void;
  open(id: ScreenId): void;
}

export function showTitle(root: HTMLElement, game: Game, doors: TitleDoors): void {
  if (root.querySelector('.title-screen:not([data-static])')) return;
  releaseKeyArt();
  const meta = game.store.getState().meta;
  const canContinue = game.hasAutosave();
  const actions = {
    newGame: doors.newGame,
    continue: canContinue ? doors.continueGame : null,
    load: () => doors.open('saves'),
    settings: () => doors.open('settings'),
    endings: () => doors.open('endings'),
  };
  const copy = root.querySelector<HTMLElement>(':scope > .title-screen[data-static]');
  const checks = (title: HTMLElement) =>
    setTimeout(() => void import('./title-checks').then(({ checkTitle }) => checkTitle(game, title, canContinue, () => doors.open('saves'))), 300);
  if (copy && adoptStaticTitle(copy, meta, actions)) return void checks(copy);
  // Renders before it arrives ask again; the first to arrive draws it, the rest find it drawn.
  void import('./title-screen').then(({ createTitleScreen }) => {
    if (game.store.getState().screen !== 'title' || root.querySelector('.title-screen:not([data-static])')) return;
    const title = createTitleScreen(meta, actions);
    setChildren(root, title);
    checks(title);
  });
}

/**
 * A page that waited for the engine before its title worked held the key picture back (data-title-art, styles.css):
 * it comes on the next frame. New game pressed at once has replaced the title by then, and the picture's SVG document
 * is not set up on the way to that first passage; the title met later has it.
 */
function releaseKeyArt(): void {
  const page = document.documentElement;
  if (page.dataset.titleArt === 'later') requestAnimationFrame(() => delete page.dataset.titleArt);
}
