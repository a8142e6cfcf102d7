import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { caseFolders, inputLines, runCase } from './ink-proof';
import { lineDiff } from './line-diff';

/** A checkout in ink-proof's layout, with cases written here (not ink-proof's own). */
function checkout(cases: Record<string, { story: string; input?: string; transcript: string }>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'kee-ink-proof-'));
  for (const [name, c] of Object.entries(cases)) {
    const dir = path.join(root, 'ink', name);
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'story.ink'), c.story);
    writeFileSync(path.join(dir, 'transcript.txt'), c.transcript);
    if (c.input !== undefined) writeFileSync(path.join(dir, 'input.txt'), c.input);
  }
  return root;
}

describe('the ink-proof runner', () => {
  const root = checkout({
    A001: { story: 'The door.\n* [Open it] It creaks.\n-> END\n', input: '1\n', transcript: '\uFEFFThe door.\r\n\r\n1: Open it\r\n?> It creaks.\r\n' },
    A002: { story: '{7 / 2.0}\n-> END\n', transcript: '3\n' },
    A003: { story: '-> nowhere\n', transcript: '' },
  });

  it('lists the cases that have a story and a transcript, in order, or only those named', () => {
    expect(caseFolders(root).map((dir) => path.basename(dir))).toEqual(['A001', 'A002', 'A003']);
    expect(caseFolders(root, ['A002']).map((dir) => path.basename(dir))).toEqual(['A002']);
  });

  it('passes a case whose transcript play prints exactly, byte-order mark and CR line ends aside', async () => {
    expect(await runCase(path.join(root, 'ink', 'A001'))).toEqual({ name: 'A001', passed: true, detail: '' });
  });

  it('fails a case whose output differs, with the lines that differ', async () => {
    const result = await runCase(path.join(root, 'ink', 'A002'));
    expect(result.passed).toBe(false);
    expect(result.detail).toContain('- 3');
    expect(result.detail).toContain('+ 3.5');
  });

  it('fails a case that does not compile, with the compile errors', async () => {
    const result = await runCase(path.join(root, 'ink', 'A003'));
    expect(result.passed).toBe(false);
    expect(result.detail).toMatch(/^does not compile:\n.*story\.ink:1: error/);
  });

  it('feeds the choices of input.txt one a line, as Console.ReadLine reads them', () => {
    expect(inputLines('1\n2\n')).toEqual(['1', '2']);
    expect(inputLines('1\n\n2')).toEqual(['1', '', '2']);
  });

  it('shows a diff only where the transcripts differ', () => {
    expect(lineDiff('a\nb\n', 'a\nb\n')).toBe('');
    expect(lineDiff('a\nb\nc\n', 'a\nx\nc\n')).toBe('  a\n- b\n+ x\n  c\n  ');
  });
});
