/** Each IMAGE tag's path, as the story writes it, mapped to its file's URL (made by src/authoring/vite-plugin-ink.ts). */
declare module 'virtual:story-assets' {
  const urls: Record<string, string>;
  export default urls;
}
