/**
 * The save store's memory of stored texts it has already decoded: an
 * autosave after every choice re-reads the slot it writes over, and decoding
 * a long save is the slowest thing the store does, so an unchanged text is
 * decoded once. Keyed by storage key; a changed text is decoded afresh.
 */
import { decodeEnvelope, type Envelope } from './save-envelope';

export type DecodeCache = ReturnType<typeof createDecodeCache>;

export function createDecodeCache(storyId: string) {
  const known = new Map<string, { text: string; envelope: Envelope }>();
  return {
    /** The envelope `text` (stored under `key`) decodes to, or why it does not. */
    decode(key: string, text: string): { ok: true; envelope: Envelope } | { ok: false; problem: string } {
      const hit = known.get(key);
      if (hit?.text === text) return { ok: true, envelope: hit.envelope };
      const decoded = decodeEnvelope(text, storyId);
      if (decoded.ok) known.set(key, { text, envelope: decoded.envelope });
      return decoded;
    },
    /** Notes that `key` now holds `text`, which decodes to `envelope` (the store just wrote or copied it). */
    remember(key: string, text: string, envelope: Envelope): void {
      known.set(key, { text, envelope });
    },
    forget(key: string): void {
      known.delete(key);
    },
  };
}
