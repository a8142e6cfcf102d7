import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkImportRules, partOf } from '../support/import-rules';
import { IMPORT_TABLE, INK_RUNNERS } from './import-table';

const src = path.resolve(import.meta.dirname, '../../src');
const input = { table: IMPORT_TABLE, inkRunners: INK_RUNNERS };
const parts = Object.keys(IMPORT_TABLE);

function filesOf(root: string, part: string): string[] {
  const at = path.join(root, part);
  if (statSync(at).isFile()) return [part];
  const walk = (dir: string): string[] =>
    readdirSync(dir)
      .sort()
      .flatMap((name) => {
        const full = path.join(dir, name);
        if (statSync(full).isDirectory()) return walk(full);
        return name.endsWith('.ts') && !name.endsWith('.d.ts') ? [path.relative(root, full).split(path.sep).join('/')] : [];
      });
  return walk(at).filter((f) => partOf(f, IMPORT_TABLE) === part);
}

/** A value import from `from` to `to` (both under src/), as its source line. */
function importLine(from: string, to: string): string {
  let spec = path.posix.relative(path.posix.dirname(from), to).replace(/\.ts$/, '');
  if (!spec.startsWith('.')) spec = `./${spec}`;
  return `\nimport '${spec}';\n`;
}

// The folders a wrong arrow most often points at, most telling first.
const TEMPTING = ['tooling', 'ui', 'studio', 'engine/analysis', 'authoring', 'main.ts'];

function forbiddenFor(part: string): string {
  const rule = IMPORT_TABLE[part]!;
  const allowed = new Set([part, ...rule.imports]);
  return TEMPTING.find((t) => !allowed.has(t) && partOf(t, IMPORT_TABLE) === t)!;
}

describe('the import table', () => {
  it('is kept by src/: every import crosses parts the way the table allows', () => {
    expect(checkImportRules(src, input)).toEqual([]);
  });

  it('names only folders and files that exist, and allows only parts it names', () => {
    for (const [part, rule] of Object.entries(IMPORT_TABLE)) {
      expect(statSync(path.join(src, part)).isFile() || statSync(path.join(src, part)).isDirectory(), part).toBe(true);
      for (const to of [...rule.imports, ...(rule.types ?? [])]) expect(parts, `${part} → ${to}`).toContain(to);
    }
    for (const runner of INK_RUNNERS) expect(statSync(path.join(src, runner)).isFile(), runner).toBe(true);
  });

  it('covers every folder under src/ (engine/ink, play, saves, history, analysis, ui and its rooms, audio, platform, tooling, authoring, studio, main.ts)', () => {
    const folders = ['main.ts', 'engine', 'audio', 'platform', 'tooling', 'authoring', 'studio', 'studio/export', 'ui'];
    for (const dir of ['engine', 'ui']) {
      for (const name of readdirSync(path.join(src, dir))) if (statSync(path.join(src, dir, name)).isDirectory()) folders.push(`${dir}/${name}`);
    }
    expect(parts).toEqual(expect.arrayContaining(folders));
  });
});

describe('a planted import, in a temporary copy of src/', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'kee-imports-'));
  const copy = path.join(root, 'src');
  cpSync(src, copy, { recursive: true });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  /** Adds `line` to `file` in the copy, checks the copy, and puts the file back. */
  const planted = (file: string, line: string): string[] => {
    const at = path.join(copy, file);
    const before = readFileSync(at, 'utf8');
    writeFileSync(at, before + line);
    try {
      return checkImportRules(copy, input).filter((p) => p.startsWith(`src/${file}:`));
    } finally {
      writeFileSync(at, before);
    }
  };

  it.each(parts)('fails when %s imports a part it may not', (part) => {
    const file = filesOf(copy, part)[0]!;
    const target = forbiddenFor(part);
    const problems = planted(file, importLine(file, filesOf(copy, target)[0]!));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(`may not import ${target}`);
  });

  it.each(parts.filter((p) => IMPORT_TABLE[p]!.imports.length > 0))('passes when %s imports a part it may', (part) => {
    const file = filesOf(copy, part)[0]!;
    const target = IMPORT_TABLE[part]!.imports[0]!;
    expect(planted(file, importLine(file, filesOf(copy, target)[0]!))).toEqual([]);
  });

  it('fails when engine/analysis imports tooling, which the old per-folder lint lists let through', () => {
    const problems = planted('engine/analysis/explorer.ts', "\nimport { lintStory } from '../../tooling/lint';\n");
    expect(problems.join('\n')).toContain('may not import tooling');
  });

  it('fails when the studio page imports tooling for its values, and passes for its types', () => {
    expect(planted('studio/editor.ts', "\nimport { lintStory } from '../tooling/lint';\n").join('\n')).toContain('except as types');
    expect(planted('studio/editor.ts', "\nimport type { Diagnostic as D } from '../tooling/diagnostic';\n")).toEqual([]);
  });

  it('fails when a view reaches a module that steps a Story, and passes through engine/play', () => {
    expect(planted('ui/reading/passage-view.ts', "\nimport '../../engine/saves/save-replay';\n").join('\n')).toContain('runs no ink');
    expect(planted('ui/reading/passage-view.ts', "\nimport '../../engine/play/history-replays';\n")).toEqual([]);
  });

  it('fails on a package a part may not use: howler in the engine, node: in tooling', () => {
    expect(planted('engine/play/page.ts', "\nimport { Howl } from 'howler';\n").join('\n')).toContain('may not import that package');
    expect(planted('tooling/lint.ts', "\nimport { readFileSync } from 'node:fs';\n").join('\n')).toContain('may not import that package');
  });

  it.each(['stray', 'engine/stray'])('fails on a file in a folder the table does not know: %s/', (folder) => {
    mkdirSync(path.join(copy, folder));
    writeFileSync(path.join(copy, folder, 'thing.ts'), 'export const x = 1;\n');
    try {
      expect(checkImportRules(copy, input).join('\n')).toContain(`src/${folder}/thing.ts belongs to no part`);
    } finally {
      rmSync(path.join(copy, folder), { recursive: true });
    }
  });
});
