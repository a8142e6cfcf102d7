/** The file names of the story's sound cues mapped to their URLs (made by src/authoring/vite-plugin-ink.ts). */
declare module 'virtual:story-audio' {
  const urls: Record<string, string>;
  export default urls;
}
