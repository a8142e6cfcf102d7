/**
 * Writes a generated story (generate-story.ts) to a file, for measuring the
 * CLI and the build on a story of a given size by hand:
 * `npx tsx tests/support/write-generated.ts out.ink [knots]`.
 */
import { writeFileSync } from 'node:fs';
import { generateStory } from './generate-story';

const [file = 'generated.ink', knots = '120'] = process.argv.slice(2);
const text = generateStory({ knots: Number(knots) });
writeFileSync(file, text);
process.stdout.write(`${file}: ${text.split('\n').length} lines\n`);
