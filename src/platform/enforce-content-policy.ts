/**
 * Puts the Content-Security-Policy (content-policy.ts) on a built page. main.ts
 * imports this first, so it is the first module to run: the policy is in
 * force before inkjs, the story or any view does anything. Not in
 * development, where Vite's dev server injects inline styles.
 */
import { applyContentPolicy } from './content-policy';

if (import.meta.env.PROD) applyContentPolicy(document);
