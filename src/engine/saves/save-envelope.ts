/**
 * The wrapper a save wears in storage: a revision counter and the id of the
 * tab (writer) that stored it, around the save itself. The revision is how two
 * tabs notice each other: see save-store.ts for the rule. Kept out of the save
 * format because it describes one copy in one store, not the playthrough.
 */
import { decodeSaveValue, SAVE_LIMITS, type Save, saveToJson } from './save-format';
import { attempt, fail, parseJsonText, readInt, readRecord, readString } from './save-schema';

export interface Envelope {
  rev: number;
  writer: string;
  save: Save;
}

export const MAX_REV = 2 ** 31 - 1;

export function encodeEnvelope(envelope: Envelope): string {
  return JSON.stringify({ v: 1, rev: envelope.rev, writer: envelope.writer, save: saveToJson(envelope.save) });
}

export function decodeEnvelope(text: string, storyId: string): { ok: true; envelope: Envelope } | { ok: false; problem: string } {
  const result = attempt(() => {
    const json = readRecord(parseJsonText(text, 'save', SAVE_LIMITS.text + 1000), 'the stored save');
    if (json.v !== 1) fail('This stored save is in a format this player does not know.');
    const rev = readInt(json.rev, 'the save’s revision', 1, MAX_REV);
    const writer = readString(json.writer, 'the save’s writer', 40);
    const save = decodeSaveValue(json.save, { storyId });
    if (!save.ok) fail(save.problem);
    return { rev, writer, save: save.save };
  });
  return result.ok ? { ok: true, envelope: result.value } : result;
}
