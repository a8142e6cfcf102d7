import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isLoopback, sameOrigin, storyPath } from '../../src/authoring/vite-plugin-studio-files';

const root = mkdtempSync(path.join(tmpdir(), 'kee-story-'));
mkdirSync(path.join(root, 'scenes'));
writeFileSync(path.join(root, 'main.ink'), '');
const outside = mkdtempSync(path.join(tmpdir(), 'kee-outside-'));
symlinkSync(outside, path.join(root, 'escape'));

describe('the dev server’s story files endpoint', () => {
  it('accepts .ink files under story/, in existing folders', () => {
    expect(storyPath(root, 'main.ink')).toBe(path.join(root, 'main.ink'));
    expect(storyPath(root, 'scenes/new.ink')).toBe(path.join(root, 'scenes/new.ink'));
  });

  it('refuses every other path: other extensions, climbing out, absolute paths, symlinks out, missing folders', () => {
    for (const bad of ['notes.txt', '../package.json', '../x.ink', 'scenes/../../x.ink', '/etc/x.ink', 'escape/x.ink', 'nofolder/x.ink', 'a\0.ink', '']) {
      expect(storyPath(root, bad), bad).toBeNull();
    }
  });

  it('answers the studio page itself, never another site open in the browser', () => {
    expect(sameOrigin(undefined, 'localhost:5173')).toBe(true);
    expect(sameOrigin('http://localhost:5173', 'localhost:5173')).toBe(true);
    expect(sameOrigin('https://evil.example', 'localhost:5173')).toBe(false);
    expect(sameOrigin('null', 'localhost:5173')).toBe(false);
  });

  it('serves loopback addresses only', () => {
    expect(isLoopback('127.0.0.1')).toBe(true);
    expect(isLoopback('::1')).toBe(true);
    expect(isLoopback('::ffff:127.0.0.1')).toBe(true);
    expect(isLoopback('192.168.1.20')).toBe(false);
    expect(isLoopback(undefined)).toBe(false);
  });
});
