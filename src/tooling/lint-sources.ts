/**
 * The ink source files behind a compiled story, read once for the lint rules:
 * lines with comments blanked out (so a commented-out divert or tag never
 * counts), and where each knot, stitch and function header sits, because the
 * compiled JSON knows names but not line numbers. The texts come in as data
 * (from the disk in the CLI, from the editor in the studio).
 */
export interface SourceFile {
  file: string;
  /** The file's lines, comments replaced by spaces so columns and line numbers still match. */
  lines: string[];
}

export interface Place {
  file: string;
  line: number;
}

/** An ink file's name and text, as the compiler read it. */
export interface SourceText {
  file: string;
  text: string;
}

export function toSourceFiles(files: readonly SourceText[]): SourceFile[] {
  return files.map(({ file, text }) => ({ file, lines: stripComments(text).split(/\r?\n/) }));
}

/** Blanks `// …` and `/* … *\/` comments the way ink reads them, keeping line breaks. */
export function stripComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*/g, (comment) => comment.replace(/[^\n]/g, ' '));
}

const KNOT = /^\s*={2,}\s*(function\s+)?([A-Za-z_]\w*)/;
const STITCH = /^\s*=\s*([A-Za-z_]\w*)/;

/** Where each `=== knot`, `=== function name` and `= stitch` header is, by ink path (`knot`, `knot.stitch`). */
export function locateFlows(sources: readonly SourceFile[]): Map<string, Place> {
  const places = new Map<string, Place>();
  for (const { file, lines } of sources) {
    let knot = '';
    lines.forEach((text, i) => {
      const k = KNOT.exec(text);
      if (k?.[2]) {
        knot = k[2];
        if (!places.has(knot)) places.set(knot, { file, line: i + 1 });
        return;
      }
      const s = STITCH.exec(text);
      if (s?.[1] && knot) places.set(`${knot}.${s[1]}`, { file, line: i + 1 });
    });
  }
  return places;
}

/** Every line (1-based) on which `test` holds, across all files. */
export function findLines(sources: readonly SourceFile[], test: (line: string) => boolean): Place[] {
  const found: Place[] = [];
  for (const { file, lines } of sources) {
    lines.forEach((text, i) => {
      if (test(text)) found.push({ file, line: i + 1 });
    });
  }
  return found;
}

/** Which knot (or function) each line of a file belongs to: '' before the first header. */
export function knotOfEachLine(source: SourceFile): string[] {
  let knot = '';
  return source.lines.map((text) => {
    const k = KNOT.exec(text);
    if (k?.[2]) knot = k[1] ? `function ${k[2]}` : k[2];
    return knot;
  });
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
