/**
 * Story text without its inline markup, for places that show plain text (the
 * map's SVG labels, the history's and the questions' sentences): the tags
 * inline-markup.ts would build (`<b>`, `<i>`, `<span class>`, `<br>`…) are
 * dropped and everything else, a stray `<` included, stays as written. No
 * DOM, so the map's layout uses it in Node too.
 */
const TAG = /<(\/?)(b|strong|i|em|u|s|br|span)(?:\s+class\s*=\s*"[^"<>]*")?\s*\/?>/gi;

export function plainText(text: string): string {
  if (!text.includes('<')) return text;
  return text.replace(TAG, (_whole, _closing: string, name: string) => (name.toLowerCase() === 'br' ? ' ' : '')).replace(/\s{2,}/g, ' ');
}
