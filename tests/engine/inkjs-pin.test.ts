/**
 * The engine reads inkjs's internals (src/engine/ink/ink-internals.ts), which
 * a minor release may move, so inkjs is pinned to one exact version and the
 * installed copy must be that version.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const readJson = (file: string) => JSON.parse(readFileSync(file, 'utf8'));

describe('the inkjs the engine is built on', () => {
  it('is pinned to one exact version in package.json and package-lock.json', () => {
    const pinned: string = readJson(path.join(root, 'package.json')).dependencies.inkjs;
    expect(pinned, 'package.json must name one exact inkjs version (no ^ or ~): the engine reads its internals').toMatch(/^\d+\.\d+\.\d+$/);
    const lock = readJson(path.join(root, 'package-lock.json'));
    expect(lock.packages[''].dependencies.inkjs, 'package-lock.json disagrees with package.json about inkjs: run npm install').toBe(pinned);
    expect(lock.packages['node_modules/inkjs'].version, 'package-lock.json locks another inkjs than package.json pins: run npm install').toBe(pinned);
  });

  it('is installed at the pinned version', () => {
    const pinned: string = readJson(path.join(root, 'package.json')).dependencies.inkjs;
    // inkjs's exports hide its package.json from require.resolve; the engine resolves inkjs from the root's node_modules.
    const installedFile = path.join(root, 'node_modules/inkjs/package.json');
    const installed: string = readJson(installedFile).version;
    if (installed !== pinned)
      throw new Error(
        `node_modules holds inkjs ${installed}, but package.json pins ${pinned}. The engine reads inkjs's internals, so run \`npm ci\` ` +
          `(or, to move to ${installed}, check src/engine/ink/ink-internals.ts against it and pin it with \`npm install inkjs@${installed} --save-exact\`).`,
      );
  });
});
