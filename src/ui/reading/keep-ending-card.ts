/**
 * At an ending, keeps what the endings gallery shows again when the reader
 * re-reads it: the epilogue, the last passage (the paragraphs after the last
 * choice's echo, as read) and the stats the run ended with. Loaded when the
 * story first ends; a browser that will not store it only loses the re-read.
 */
import type { GameState } from '../../engine/play/game';
import type { StoragePort } from '../../engine/ports';
import { keepEndingCard } from '../../engine/saves/save-endings';

/** The most paragraphs kept of the last passage: an ending's last page, not a run's whole text. */
const MOST = 12;

export function keepEndingFor(storage: StoragePort, s: GameState): void {
  if (!s.ended || !s.ending) return;
  const last = s.page.slice(-MOST);
  const after = lastPassage(s.page.map((p) => p.id));
  const paragraphs = (after === null ? last : s.page.filter((p) => after.has(p.id))).map((p) => p.text);
  keepEndingCard(storage, s.meta.title, s.ending.id, { epilogue: s.ending.epilogue ?? null, lastPassage: paragraphs.slice(-MOST), stats: { ...s.stats } });
}

/** The ids of the paragraphs drawn after the last echo on the page, from the DOM, or null when there is none. */
function lastPassage(ids: number[]): Set<number> | null {
  const marks = [...document.querySelectorAll<HTMLElement>('.reading .passage > *')];
  const echo = marks.map((el) => el.classList.contains('echo')).lastIndexOf(true);
  if (echo < 0) return null;
  const count = marks.slice(echo).filter((el) => el.classList.contains('para')).length;
  // The page's paragraphs are drawn in order: the last n of them are the n after the last echo.
  return count ? new Set(ids.slice(-count)) : null;
}
