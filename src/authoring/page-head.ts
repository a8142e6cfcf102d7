/**
 * What the built page says about itself in its <head>, for the browser's tab
 * and for link previews: the icon, the description (the story's `# blurb:`),
 * and the Open Graph and Twitter card tags (title, blurb, picture). Every
 * value is the story's own text, escaped; the pictures are files the build
 * ships beside the page (vite-plugin-static-title.ts), so nothing is fetched
 * from elsewhere. The description also says which story it is about, and
 * whether the key picture is that story's: the drawn title
 * (ui/title/title-screen.ts) reads it rather than carrying code for the tag.
 */
import { escapeHtml, type TitleInfo } from './static-title.ts';

export interface HeadPictures {
  /** The tab's icon, a PNG (assets/art/favicon-png.mjs says why not the SVG it is drawn from). */
  icon: string;
  /** The link preview's picture: the key picture, 1200×300. */
  preview: string | null;
}

export function headTags(info: TitleInfo, pictures: HeadPictures): string {
  const meta = (key: 'name' | 'property', name: string, content: string, extra = '') => `<meta ${key}="${name}" content="${escapeHtml(content)}"${extra} />`;
  const tags = [`<link rel="icon" type="image/png" href="${escapeHtml(pictures.icon)}" />`];
  // data-title says which story this is about, data-art that the key picture is its own: the drawn title reads them.
  const about = ` data-title="${escapeHtml(info.title)}"${pictures.preview ? ' data-art="key"' : ''}`;
  if (info.blurb) tags.push(meta('name', 'description', info.blurb, about));
  tags.push(meta('property', 'og:type', 'website'), meta('property', 'og:title', info.title));
  if (info.blurb) tags.push(meta('property', 'og:description', info.blurb));
  if (pictures.preview) {
    tags.push(meta('property', 'og:image', pictures.preview), meta('property', 'og:image:width', '1200'), meta('property', 'og:image:height', '300'));
  }
  tags.push(meta('name', 'twitter:card', pictures.preview ? 'summary_large_image' : 'summary'), meta('name', 'twitter:title', info.title));
  if (info.blurb) tags.push(meta('name', 'twitter:description', info.blurb));
  if (pictures.preview) tags.push(meta('name', 'twitter:image', pictures.preview));
  return tags.join('\n    ');
}
