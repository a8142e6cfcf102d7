/** `.ink` imports are compiled by the ink Vite plugin into the story's JSON text. */
declare module '*.ink' {
  const storyJson: string;
  export default storyJson;
}
