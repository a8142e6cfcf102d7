/**
 * A reached ending read again from the gallery: its title, the epilogue, the
 * last passage as it was read (through the same inline markup as the page)
 * and the stats the run ended with, in the page's own dialog. What was never
 * stored (an ending reached before cards were kept) is left out, and said.
 */
import type { StatDef } from '../../engine/ink/story-meta';
import type { EndingCard } from '../../engine/saves/save-endings';
import { ask } from '../dialogs/ask-dialog';
import { h } from '../dom';
import { inlineMarkup } from '../reading/inline-markup';

export async function showEndingAgain(title: string, card: EndingCard | null, stats: readonly StatDef[]): Promise<void> {
  const content = h(
    'div',
    { class: 'ending-reread' },
    card?.lastPassage.length
      ? h(
          'div',
          { class: 'reread-passage', tabindex: 0, role: 'region', 'aria-label': 'The last page' },
          ...card.lastPassage.map((t) => h('p', { class: 'para' }, ...inlineMarkup(t))),
        )
      : null,
    card && stats.length ? h('ul', { class: 'reread-stats' }, ...stats.map((d) => h('li', {}, `${d.label}: ${card.stats[d.variable] ?? '–'}`))) : null,
  );
  const lines = card ? (card.epilogue ? [card.epilogue] : []) : ['This ending was reached before its last page was kept: reach it again to read it here.'];
  const asked = ask({ title, body: lines.length ? lines : ' ', content, actions: [], cancel: 'Close', role: 'dialog' });
  // Focus starts on Close, at the foot: the card is read from its title, so it opens scrolled to the top.
  document.querySelector('dialog.ask[open]')?.scrollTo({ top: 0 });
  await asked;
}
