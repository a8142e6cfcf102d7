import { describe, expect, it } from 'vitest';
import { main } from '../../src/authoring/cli';
import { memoryIO } from '../../src/authoring/cli-io';
import { fixturesDir } from '../support/fixtures';

async function run(argv: string[]) {
  const io = memoryIO(fixturesDir);
  const code = await main(argv, io);
  return { code, lines: io.out().trimEnd().split('\n'), out: io.out() };
}

const FILE = 'consequences/choices.ink';

describe('npm run check on the consequence report', () => {
  it('prints each finding as file:line: warning: [rule-id] sentence, at the expected lines', async () => {
    const { code, lines } = await run(['check', FILE]);
    expect(code).toBe(0);
    const found = lines.filter((l) => l.includes('] ')).map((l) => /^([^:]+:\d+): (\w+): \[([\w-]+)\]/.exec(l)?.slice(1).join(' '));
    expect(found).toEqual([
      `${FILE}:14 warning no-consequence`,
      `${FILE}:19 warning unanswered`,
      `${FILE}:27 warning no-consequence`,
      `${FILE}:28 warning dead-write`,
      `${FILE}:36 warning dead-write`,
      `${FILE}:43 warning unanswered`,
      `${FILE}:44 warning dropped-thread`,
      `${FILE}:51 info no-consequence`,
    ]);
    expect(lines).toContain(
      `${FILE}:44: warning: [dropped-thread] the thread 'spared' is set here, but the ending 'inn' is reached without reading it afterwards (npm run play: 2 2 2 2 1 2 2 2)`,
    );
    expect(lines).toContain(
      `${FILE}:51: info: [no-consequence] acknowledged: the pick between "Wade across" and "Swim across" changes nothing, as its # no_consequence tag says`,
    );
  });

  it('names the options that merge and how many of the states that offer them merge them', async () => {
    const { lines } = await run(['check', 'consequences/merges.ink']);
    expect(lines).toContain(
      'consequences/merges.ink:24: warning: [no-consequence] whichever of "Fire at his chest" and "Fire at his legs" the reader picks, the same text and the same state follow: the pick can never be seen (in 1 of the 2 judged states that offer them) (npm run play: 2)',
    );
    expect(lines).toContain(
      'consequences/merges.ink:63: warning: [unanswered] "Pat the dog" and "Step past it" show the same text: the pick between them matters later, but the story does not answer it now (in all 2 judged states that offer them) (npm run play: 2 1 1 1)',
    );
  });

  it('acknowledges a merge when any of its options carries # no_consequence, not only the first', async () => {
    const { lines } = await run(['check', 'consequences/merges.ink']);
    expect(lines).toContain(
      'consequences/merges.ink:45: info: [no-consequence] acknowledged: the pick between "Wait" and "Slip through the gap" changes nothing, as its # no_consequence tag says',
    );
    expect(lines.filter((l) => l.includes('warning: ['))).toHaveLength(2);
  });

  it('reports nothing of the kind with --no-consequences', async () => {
    const { lines } = await run(['check', FILE, '--no-consequences']);
    expect(lines.filter((l) => l.includes('] '))).toEqual([]);
  });

  it('makes a thread tag naming an undeclared variable an error at its line', async () => {
    const { code, lines } = await run(['check', 'consequences/bad-thread.ink']);
    expect(code).toBe(1);
    expect(lines[0]).toBe(
      "consequences/bad-thread.ink:1: error: '# thread: ghost' names 'ghost', which the story never declares: add VAR ghost = false, or fix the name",
    );
  });
});

describe('npm run explore on the consequence report', () => {
  it('counts the findings in --json and places each at its file and line', async () => {
    const { code, out } = await run(['explore', FILE, '--json']);
    expect(code).toBe(0);
    const report = JSON.parse(out) as {
      consequences: { counts: Record<string, number>; acknowledged: number; findings: { file: string; line: number; rule: string }[] };
    };
    expect(report.consequences.counts).toEqual({ 'no-consequence': 2, unanswered: 2, 'dead-write': 2, 'dropped-thread': 1 });
    expect(report.consequences.acknowledged).toBe(1);
    expect(report.consequences.findings.map((f) => `${f.file}:${f.line} ${f.rule}`)).toEqual([
      `${FILE}:14 no-consequence`,
      `${FILE}:19 unanswered`,
      `${FILE}:27 no-consequence`,
      `${FILE}:28 dead-write`,
      `${FILE}:36 dead-write`,
      `${FILE}:43 unanswered`,
      `${FILE}:44 dropped-thread`,
      `${FILE}:51 no-consequence`,
    ]);
  });

  it('prints the same finding lines as check after its report', async () => {
    const explored = (await run(['explore', FILE])).lines.filter((l) => l.includes(': ['));
    const checked = (await run(['check', FILE])).lines.filter((l) => l.includes(': ['));
    expect(explored).toEqual(checked);
    expect(explored).toHaveLength(8);
  });
});
