/**
 * The classic-script floor: the page an ink author gets from Inky's web
 * export, stripped to its core. inkjs's prebuilt `dist/ink.js` and the story
 * as a global (`var storyContent = …`) load as plain, non-module scripts, and
 * a third script prints the first passage. No bundler, no modules, no CSP.
 * The game is timed against it beside the module floor (floor-page.ts), since
 * readers compare us with what Inky's template does.
 */
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { compileStoryFile } from '../support/fixtures';
import { projectRoot } from './build-site';

const HTML = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Classic floor: ink.js, the story as a global, nothing else</title>
    <link rel="icon" href="data:," />
  </head>
  <body>
    <main id="app"></main>
    <script src="ink.js"></script>
    <script src="story.js"></script>
    <script src="main.js"></script>
  </body>
</html>
`;

// What Inky's template does at its start, without its tags, choices or saving.
const MAIN = `(function () {
  var story = new inkjs.Story(storyContent);
  var passage = document.createElement('section');
  passage.className = 'passage';
  while (story.canContinue) {
    var para = document.createElement('p');
    para.className = 'para';
    para.textContent = story.Continue();
    passage.appendChild(para);
  }
  document.getElementById('app').appendChild(passage);
})();
`;

export function buildClassicFloorPage(storyFile: string): string {
  const outDir = mkdtempSync(path.join(tmpdir(), 'kee-bench-classic-'));
  // The package's exports do not list dist/ink.js, so it is taken from where npm put it.
  const inkJs = path.join(projectRoot, 'node_modules/inkjs/dist/ink.js');
  copyFileSync(inkJs, path.join(outDir, 'ink.js'));
  writeFileSync(path.join(outDir, 'story.js'), `var storyContent = ${compileStoryFile(storyFile)};\n`);
  writeFileSync(path.join(outDir, 'main.js'), MAIN);
  writeFileSync(path.join(outDir, 'index.html'), HTML);
  return outDir;
}
