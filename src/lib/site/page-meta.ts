/** What a page tells link previews and search engines about itself. */
export interface PageMeta {
  title: string;
  description: string;
  /** Root-relative path of the page (its canonical URL, made absolute with the site). */
  path: string;
  /** Root-relative path of its card image (1200×630 PNG). */
  image: string;
  imageAlt: string;
  type?: 'website' | 'article';
}

export const cardSize = { width: 1200, height: 630 } as const;
