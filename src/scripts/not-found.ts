import { closestPage } from '../lib/site/closest-page.ts';

/* The 404 page, with script: the section of the address's language comes first, and offers the page the
   address most resembles (the build lists the pages in data-pages). Loaded from shell.ts on that page only. */

const container = document.querySelector<HTMLElement>('.not-found[data-pages]');
if (container) {
  const page = closestPage(location.pathname, container.dataset.pages!.split(' '));
  const lang = (page ?? location.pathname.toLowerCase()).split('/')[1];
  const section = container.querySelector<HTMLElement>(`section[lang="${lang}"]`);
  if (section) container.querySelector('h1')?.after(section);
  const suggestion = section?.querySelector<HTMLElement>('.not-found__suggestion');
  const link = suggestion?.querySelector('a');
  if (page && suggestion && link) {
    link.href = page + location.hash;
    link.textContent = page;
    suggestion.hidden = false;
  }
}
