/**
 * The one question asked before a rewind, from History and from the story
 * map alike, in the same words: where the reader is going back to, and that
 * nothing is lost (the later choices stay in the tree as a branch).
 */
import { getNode, type HistoryTree } from '../../engine/history/history-tree';
import { plainText } from '../plain-text';

/** The question's words for going back to `id`; exported so the tests can hold both screens to them. */
export function rewindWords(history: HistoryTree, id: number): { title: string; body: string; confirm: string } {
  const node = history.nodes[id] ? getNode(history, id) : null;
  const where = !node || node.parent === null ? 'the very beginning' : `just after “${plainText(node.choiceText)}”`;
  return {
    title: 'Go back?',
    body: `Go back to ${where}? Your later choices stay in the history as a branch you can return to.`,
    confirm: 'Go back',
  };
}

/** Asks in the page; resolves true when the reader chose to go back. */
export async function askRewind(history: HistoryTree, id: number): Promise<boolean> {
  const { confirmInPage } = await import('./ask-dialog');
  const words = rewindWords(history, id);
  return confirmInPage(words.title, words.body, words.confirm);
}
