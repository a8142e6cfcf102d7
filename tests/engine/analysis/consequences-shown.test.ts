// The dropped-thread rule counts a thread as paid only where the reader is shown it.
import { describe, expect, it } from 'vitest';
import { exploreConsequences } from '../../../src/engine/analysis/consequences';
import { compileFixture } from '../../support/fixtures';

describe('a thread the reader is never shown', () => {
  const findings = exploreConsequences(compileFixture('consequences/shown-reads.ink')).consequences?.findings ?? [];
  const dropped = findings.flatMap((f) => (f.rule === 'dropped-thread' ? [f.variable] : []));

  it('is dropped when only a silent logic line reads it', () => {
    expect(dropped).toContain('warned');
  });

  it('is paid when a printed conditional reads it', () => {
    expect(dropped).not.toContain('marked');
  });

  it('is paid when the conditional prints only in its other branch', () => {
    expect(dropped).not.toContain('hinted');
  });
});
