/**
 * A stand-in for the page Inky's "Export for web" writes, for timing the
 * first passage against it: inkjs's prebuilt `dist/ink.js`, the story as a
 * global and a stylesheet, as classic scripts, and a start-up script that does
 * the kinds of work the template's does before its first passage (global tags
 * for the theme and byline, a look for a saved state, each line's tags read,
 * paragraphs and choices built, the view scrolled). Written for the bench from
 * the template's behaviour, not copied from it; the classic-script floor
 * (classic-floor-page.ts) is the same page with none of that work.
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
    <title>Inky-style web page</title>
    <link rel="icon" href="data:," />
    <link rel="stylesheet" href="style.css" />
  </head>
  <body>
    <div class="outerContainer">
      <div id="controls"><a id="rewind">restart</a> <a id="save">save</a> <a id="reload">load</a></div>
      <div id="story" class="container"><div class="header"><h1></h1><h2 class="byline"></h2></div><main id="app"></main></div>
    </div>
    <script src="ink.js"></script>
    <script src="story.js"></script>
    <script src="main.js"></script>
  </body>
</html>
`;

const CSS = `body { font-family: Georgia, serif; background: #fff; color: #333; margin: 0; }
.outerContainer { position: absolute; inset: 0; overflow-y: auto; }
.container { max-width: 600px; margin: 0 auto; padding: 20px; }
.header h1 { font-size: 2em; text-align: center; }
.byline { font-style: italic; text-align: center; font-size: 1em; }
p { line-height: 1.7em; }
.choice { text-align: center; }
.choice a { color: #b97; cursor: pointer; }
.dark { background: #222; color: #ddd; }
#controls { position: fixed; top: 0; right: 0; padding: 8px; font-size: 0.8em; }
`;

// Start-up work of the kinds the template does, then the first passage with its tags and choices.
const MAIN = `(function () {
  var story = new inkjs.Story(storyContent);
  var container = document.getElementById('app');
  var outer = document.querySelector('.outerContainer');
  var split = function (tag) {
    var at = tag.indexOf(':');
    return at < 0 ? null : { name: tag.slice(0, at).trim().toLowerCase(), value: tag.slice(at + 1).trim() };
  };
  (story.globalTags || []).forEach(function (tag) {
    var kv = split(tag);
    if (!kv) return;
    if (kv.name === 'theme' && kv.value === 'dark') document.body.classList.add('dark');
    if (kv.name === 'author') document.querySelector('.byline').textContent = 'by ' + kv.value;
    if (kv.name === 'title') document.querySelector('h1').textContent = kv.value;
  });
  try {
    var saved = window.localStorage.getItem('save-state');
    if (saved) story.state.LoadJson(saved);
  } catch (e) {}
  var passage = document.createElement('section');
  passage.className = 'passage';
  container.appendChild(passage);
  var customClasses = [];
  while (story.canContinue) {
    var text = story.Continue();
    (story.currentTags || []).forEach(function (tag) {
      var kv = split(tag);
      if (kv && kv.name === 'class') customClasses.push(kv.value);
      if (kv && kv.name === 'image') {
        var img = document.createElement('img');
        img.src = kv.value;
        passage.appendChild(img);
      }
    });
    var para = document.createElement('p');
    para.className = ['para'].concat(customClasses).join(' ');
    para.textContent = text;
    passage.appendChild(para);
    customClasses = [];
  }
  story.currentChoices.forEach(function (choice) {
    var p = document.createElement('p');
    p.className = 'choice';
    var a = document.createElement('a');
    a.href = '#';
    a.textContent = choice.text;
    p.appendChild(a);
    a.addEventListener('click', function (event) {
      event.preventDefault();
      story.ChooseChoiceIndex(choice.index);
    });
    passage.appendChild(p);
  });
  outer.scrollTo(0, 0);
})();
`;

export function buildInkyTemplatePage(storyFile: string): string {
  const outDir = mkdtempSync(path.join(tmpdir(), 'kee-bench-inky-'));
  // The package's exports do not list dist/ink.js, so it is taken from where npm put it.
  copyFileSync(path.join(projectRoot, 'node_modules/inkjs/dist/ink.js'), path.join(outDir, 'ink.js'));
  writeFileSync(path.join(outDir, 'story.js'), `var storyContent = ${compileStoryFile(storyFile)};\n`);
  writeFileSync(path.join(outDir, 'main.js'), MAIN);
  writeFileSync(path.join(outDir, 'style.css'), CSS);
  writeFileSync(path.join(outDir, 'index.html'), HTML);
  return outDir;
}
