/**
 * What a built page says when it is opened as a file. Browsers run no module
 * script from file:// (and the site's CSP allows no inline one), so
 * dist/index.html would show its title with dead buttons and
 * dist/studio/index.html "Loading the studio…" for ever. A few lines of
 * classic script, run only on file:, put one sentence on the page instead:
 * open the one-file page beside it (a link), or serve the folder with
 * `npm run preview`. The text goes in through textContent: it is text.
 */

export interface DiskNote {
  /** Text before the link, the link's own text and where it goes, and the text after it. */
  before: string;
  link: { text: string; href: string };
  after: string;
}

/** The player's title screen: the note goes above the (disabled) buttons, styled as the content note is. */
export function playerDiskNote(pageFile: string): DiskNote {
  return {
    before: 'This page only runs from a web server: to play from disk, open ',
    link: { text: pageFile, href: `./${pageFile}` },
    after: ' beside it, or serve this folder with npm run preview.',
  };
}

/** The studio: the note takes the place of "Loading the studio…". */
export function studioDiskNote(pageFile: string): DiskNote {
  return {
    before: 'The studio only runs from a web server: serve this folder with npm run preview and open /studio/, or play the story from disk with ',
    link: { text: pageFile, href: `../${pageFile}` },
    after: '.',
  };
}

/**
 * The script: `where` is a CSS selector for the element the note goes before (the player's menu) or replaces (the
 * studio's loading line). It waits for the document when it runs from <head>.
 */
export function diskNoteScript(note: DiskNote, where: string, mode: 'before' | 'replace'): string {
  const s = JSON.stringify;
  return `if(location.protocol==="file:"){(function(){var go=function(){var at=document.querySelector(${s(where)});if(!at)return;\
var box=document.createElement("div"),p=document.createElement("p"),a=document.createElement("a");\
box.className="content-note from-disk";box.setAttribute("role","alert");a.href=${s(note.link.href)};a.textContent=${s(note.link.text)};\
p.append(${s(note.before)},a,${s(note.after)});box.append(p);\
${mode === 'replace' ? 'at.replaceWith(box);' : 'at.before(box);'}};\
if(document.readyState==="loading")document.addEventListener("DOMContentLoaded",go);else go();})();}\n`;
}
