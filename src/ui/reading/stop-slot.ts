/**
 * Where the ending card (or the error card) goes under the choices. Its code
 * loads only when the story first stops, so the first passage does not pay
 * for it; a card drawn for a state the game has already left is dropped. An
 * error's card names the file and line where the story stopped
 * (stop-card.ts). At an ending the card's title takes the focus the
 * vanished choices held, so it never falls to <body>.
 */
import type { GameState } from '../../engine/play/game';
import { setChildren } from '../dom';
import type { StopActions } from './ending-card';

export function createStopSlot(status: HTMLElement, current: () => GameState, actions: StopActions): (s: GameState) => void {
  return (s) => {
    if (!s.error && !s.ended) return setChildren(status);
    void import('./stop-card')
      .then(({ stopCard }) => stopCard(s, actions))
      .then((card) => {
        if (current() !== s || !status.isConnected) return;
        setChildren(status, card);
        if (s.ended && (document.activeElement === document.body || !document.activeElement))
          status.querySelector<HTMLElement>('.ending-title')?.focus({ preventScroll: true });
      });
  };
}
