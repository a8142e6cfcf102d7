/**
 * What a new project starts with: a short story that shows the parts of ink
 * a new author needs first (a title, a stat, knots, choices, a divert, a
 * condition and two endings), small enough to read in a minute. The flagship's
 * own sources are offered too, loaded only when asked for.
 */

export const EXAMPLE_ENTRY = 'main.ink';

export const EXAMPLE_FILES: Record<string, string> = {
  'main.ink': `# title: The Lantern
# author: A new author
# stat: courage 0 10 Courage

// A stat is a VAR named by a # stat: tag above (variable, min, max, label).
// Change it only through shift(), at the bottom, which keeps it within 0–10.
VAR courage = 3

The storm has put out every light in the village but one.

-> lantern

== lantern ==
An old lantern hangs by the door, still warm.
* [Take the lantern]
    ~ shift(courage, 2)
    You lift it down. The flame steadies in your hand.
    -> road
* [Stay inside]
    You bolt the door and listen to the wind.
    -> home

== road ==
The road runs down to the river.{courage > 4: You are not afraid of the dark.}
* [Follow the river] -> river
* [Turn back] -> home

== river ==
Across the river, someone waves a lantern back. # ending: the_river # ending_title: Across the Water
-> END

== home ==
You sleep through the storm. In the morning the village is quiet. # ending: home # ending_title: Safe at Home
-> END

=== function shift(ref stat, by)
~ stat = MAX(0, MIN(10, stat + by))
`,
};

/** The flagship's sources, bundled with the studio (not the player) and loaded only when opened. */
export async function flagshipFiles(): Promise<Record<string, string>> {
  const found = import.meta.glob<string>('/story/**/*.ink', { query: '?raw', import: 'default' });
  const files: Record<string, string> = {};
  for (const [path, load] of Object.entries(found)) files[path.replace(/^\/story\//, '')] = await load();
  return files;
}
