/**
 * The wrapper a save wears in storage: a revision counter and the id of the
 * tab (writer) that stored it, around the save itself. The revision is how two
 * tabs notice each other: see save-store.ts for the rule. Kept out of the save
 * format because it describes one copy in one store, not the playthrough.
 */
import * as v from 'valibot';
import { decodeSaveValue, SAVE_LIMITS, type Save, saveToJson } from './save-format';
import { attempt, fail, group, int, parseJsonText, readWith, text } from './save-schema';

export interface Envelope {
  rev: number;
  writer: string;
  save: Save;
}

export const MAX_REV = 2 ** 31 - 1;

export function encodeEnvelope(envelope: Envelope): string {
  return JSON.stringify({ v: 1, rev: envelope.rev, writer: envelope.writer, save: saveToJson(envelope.save) });
}

const envelopeSchema = group(
  {
    v: v.literal(1, 'This stored save is in a format this player does not know.'),
    rev: int('the save’s revision', 1, MAX_REV),
    writer: text('the save’s writer', 40),
    save: v.unknown(),
  },
  'the stored save',
);

export function decodeEnvelope(text: string, storyId: string): { ok: true; envelope: Envelope } | { ok: false; problem: string } {
  const result = attempt(() => {
    const json = readWith(envelopeSchema, parseJsonText(text, 'save', SAVE_LIMITS.text + 1000));
    const save = decodeSaveValue(json.save, { storyId });
    if (!save.ok) fail(save.problem);
    return { rev: json.rev, writer: json.writer, save: save.save };
  });
  return result.ok ? { ok: true, envelope: result.value } : result;
}
