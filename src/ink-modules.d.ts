/** `.ink` imports are compiled by the ink Vite plugin into the story's JSON text. */
declare module '*.ink' {
  const storyJson: string;
  export default storyJson;
  /** The first turn of every new game, played by the build; null in development and when it may differ between runs (first-turn.ts). */
  export const firstTurn: import('./engine/play/first-turn').FirstTurn | null;
}

/** The build-time exploration report of the story (made by src/authoring/story-report.ts); null when the story did not compile. */
declare module 'virtual:story-report' {
  import type { StoryReport } from './engine/analysis/story-report';

  const report: StoryReport | null;
  export default report;
}
