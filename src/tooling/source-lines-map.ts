/**
 * Builds the map from ink container paths to source lines (engine/ink/source-lines.ts
 * reads it) out of the compiler's runtime story, whose objects still carry the
 * parser's debug metadata before it is written to JSON. Only the points where
 * the source line changes are kept, so the map stays a fraction of the story's size.
 */
import type { SourceLines } from '../engine/ink/source-lines.ts';

interface RuntimeObject {
  ownDebugMetadata?: { fileName: string | null; startLineNumber: number } | null;
  content?: RuntimeObject[];
  namedContent?: Map<string, RuntimeObject>;
  path?: { toString(): string };
}

export function sourceLinesOf(story: { mainContentContainer: unknown }, resolve: (fileName: string) => string): SourceLines {
  const files: string[] = [];
  const fileIndex = new Map<string, number>();
  const at: SourceLines['at'] = {};
  const seen = new Set<RuntimeObject>();
  const walk = (container: RuntimeObject) => {
    if (seen.has(container)) return;
    seen.add(container);
    const entries: [number, number, number][] = [];
    let last = '';
    const note = (i: number, object: RuntimeObject) => {
      const dm = object.ownDebugMetadata;
      if (!dm?.fileName || !dm.startLineNumber) return;
      const file = resolve(dm.fileName);
      let n = fileIndex.get(file);
      if (n === undefined) {
        n = files.push(file) - 1;
        fileIndex.set(file, n);
      }
      const key = `${n}:${dm.startLineNumber}`;
      if (key === last) return;
      last = key;
      entries.push([i, n, dm.startLineNumber]);
    };
    note(0, container);
    (container.content ?? []).forEach((child, i) => {
      note(i, child);
      if (child.content) walk(child);
    });
    for (const child of container.namedContent?.values() ?? []) if (child.content) walk(child);
    if (entries.length > 0 && container.path) at[container.path.toString()] = entries;
  };
  walk(story.mainContentContainer as RuntimeObject);
  return { files, at };
}
