/**
 * The story's sounds (made by src/authoring/vite-plugin-ink.ts): the files of its named cues by file
 * name, and the sounds it names by path, by that path.
 */
declare module 'virtual:story-audio' {
  const urls: Record<string, string>;
  export default urls;
  export const paths: Record<string, string>;
}
