/** Where the story's ink containers begin in its source files, relative to the entry .ink (made by src/authoring/vite-plugin-ink.ts). */
declare module 'virtual:story-source-lines' {
  const lines: import('../engine/ink/source-lines').SourceLines;
  export default lines;
}
