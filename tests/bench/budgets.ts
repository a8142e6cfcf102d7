/**
 * The performance budgets, in one place, so the bundle test and `npm run bench`
 * judge against the same numbers. A budget is a promise to players on slow
 * phones; when a figure breaks one, fix the cause rather than move the line.
 * KB here means 1,000 bytes (the stricter reading).
 */
export const KB = 1000;

export const BUDGETS = {
  /**
   * gzip bytes of first-screen JavaScript other than the story data. Was 45 KB until the reader-safety, presentation
   * and any-ink work of 2026-12-07 put the reading screen's guard, header, echo, inline markup and images on it. Moving
   * the reading screen into a chunk of its own (fetched while the title shows) brought the first screen to 44 KB, but
   * the bench's New game, clicked the moment it works, then waited a frame for that chunk: the first passage went from
   * 1.17× to 1.37× the classic floor. The passage comes first, so the reading screen stays on the first screen and the
   * line stays at 47 KB; dropping Vite's preload helper (vite-plugin-plain-imports.ts) paid for the boot script.
   * Splitting createGame into the modules it composes (issue 25.1) cost 53 bytes more for a few days: the line is
   * 47.1 KB until inkjs leaves the first screen (issue 25.7), which brings it down to 20 KB.
   */
  firstScreenJsGzip: 47_100,
  /** gzip bytes of everything the first passage needs: JS, CSS and story data. */
  firstScreenTotalGzip: 120 * KB,
  /** Time to the first passage, as a multiple of a page that only loads inkjs and the story. */
  firstPassageVsFloor: 1.2,
  /** 95th percentile of click → next passage in the DOM, animations off. */
  choiceLatencyP95Ms: 16,
  /** Exhaustive exploration of the flagship story. */
  flagshipExploreMs: 10_000,
  /** A save after a long playthrough with rewinds and branches. */
  saveBytes: 50 * KB,
  /** Decoding and restoring that save. */
  saveLoadMs: 10,
  /** `npm run build` of a generated 1,000-line story, as an author runs it (issue 16). */
  authoringBuildMs: 60_000,
  /** `npm run check` of that story (issue 16). */
  authoringCheckMs: 30_000,
} as const;

/**
 * Strings only inkjs's compiler contains, as they survive minification: if any
 * is in the bundle, the compiler shipped. The studio's compile worker, which
 * does ship the compiler, must contain them all (tests/e2e/bundle-budget.test.ts),
 * so a marker that minification mangles is caught rather than silently passing.
 */
export const COMPILER_MARKERS = ['Compilation failed', 'within braces', 'knot or stitch'] as const;
