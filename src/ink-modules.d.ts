/** `.ink` imports are compiled by the ink Vite plugin into the story's JSON text. */
declare module '*.ink' {
  const storyJson: string;
  export default storyJson;
}

/** The build-time exploration report of the story (made by src/authoring/story-report.ts); null when the story did not compile. */
declare module 'virtual:story-report' {
  import type { StoryReport } from './engine/analysis/story-report';

  const report: StoryReport | null;
  export default report;
}
