// The reading measures (issue 18): what a reader sees, measured in Chromium whatever the markup.
// Each in-page function is self-contained (it runs in the page through page.evaluate).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkDirective from 'remark-directive';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { BenchLang } from './budgets.ts';
import { root } from './paths.ts';

export const desktopViewport = { width: 1440, height: 900 };
export const phoneViewport = { width: 375, height: 812 };

/** What the reading measures need to know of the edition, read once: each note's full text, each text's first sentence. */
export interface ReadingData {
  /** Per language: note id → its full text as published (dist/<lang>/annotations.jsonld). */
  notes: Record<string, Record<string, string>>;
  /** Per language: block (component key, or `introduction`) → the first sentence of its text (content/declaration/<lang>.md). */
  firstSentences: Record<string, Record<string, string>>;
}

function annotationTexts(distDir: string, lang: string): Record<string, string> {
  const collection = JSON.parse(readFileSync(join(distDir, lang, 'annotations.jsonld'), 'utf8')) as {
    first: { items: Array<{ id: string; body: Array<{ id?: string; format?: string; value?: string }> }> };
  };
  // The note's own text is the body that is the note (its id is the note's anchor), whatever its purpose.
  return Object.fromEntries(
    collection.first.items.map((item) => [item.id.replace(/^.*#/, ''), item.body.find((body) => body.id?.includes('#note-') && body.format === 'text/plain')?.value ?? '']),
  );
}

function firstSentence(text: string): string {
  return (/^.+?[.!?…](?=\s|$)/su.exec(text)?.[0] ?? text).trim();
}

/** The first sentence of the introduction and of each component, as a reader reads them (notes' anchors are plain words). */
function firstSentencesOf(lang: string): Record<string, string> {
  const tree = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkDirective).parse(readFileSync(join(root, 'content', 'declaration', `${lang}.md`), 'utf8')) as Root;
  const sentences: Record<string, string> = {};
  const paragraphText = (node: RootContent) => toString(node).replace(/\s+/g, ' ').trim();
  for (const node of tree.children) {
    if (node.type === 'containerDirective' && node.name === 'component') {
      const key = node.attributes?.id ?? '';
      const first = node.children.find((child) => child.type === 'paragraph');
      if (key && first) sentences[key] = firstSentence(paragraphText(first));
    } else if (node.type === 'paragraph' && !sentences.introduction) {
      sentences.introduction = firstSentence(paragraphText(node));
    }
  }
  return sentences;
}

export function readReadingData(distDir: string, languages: readonly BenchLang[]): ReadingData {
  return {
    notes: Object.fromEntries(languages.map((lang) => [lang, annotationTexts(distDir, lang)])),
    firstSentences: Object.fromEntries(languages.map((lang) => [lang, firstSentencesOf(lang)])),
  };
}

/* ---------------------------------------------------------------- in-page measures */

export interface MarginFigures {
  /** Markers whose note is shown in the margin, with the distance from marker to margin entry (px). */
  distances: Array<{ number: string; px: number }>;
  /** Markers with no margin entry in view (their note is elsewhere: a list, a popover). */
  notInMargin: number;
}

/**
 * Marker to margin entry, at the current (wide) viewport. A marker is a visible link, button or
 * summary in <main> whose words are a number (1–999); its margin entry is the element it points to
 * (href, popovertarget, aria-controls, aria-describedby) or, failing that, the nearest visible
 * element that starts with the same number, placed wholly right of the marker's paragraph. The
 * distance is between their tops.
 */
export function measureMargins(page: Page): Promise<MarginFigures> {
  return page.evaluate(() => {
    const visible = (element: Element) => element.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true }) && element.getClientRects().length > 0;
    const top = (element: Element) => element.getBoundingClientRect().top + window.scrollY;
    const main = document.querySelector('main');
    const markers = [...(main?.querySelectorAll('a, button, summary') ?? [])].filter((element) => /^\d{1,3}$/.test((element.textContent ?? '').trim()) && visible(element));
    const blockOf = (element: Element): Element => {
      let current: Element | null = element.parentElement;
      while (current && getComputedStyle(current).display.startsWith('inline')) current = current.parentElement;
      return current ?? element;
    };
    const referenced = (marker: Element): Element[] => {
      const ids = [
        marker.getAttribute('href')?.startsWith('#') ? decodeURIComponent(marker.getAttribute('href')!.slice(1)) : '',
        marker.getAttribute('popovertarget') ?? '',
        ...(marker.getAttribute('aria-controls') ?? '').split(/\s+/),
        ...(marker.getAttribute('aria-describedby') ?? '').split(/\s+/),
      ].filter(Boolean);
      return ids.map((id) => document.getElementById(id)).filter((element): element is HTMLElement => element !== null);
    };
    const candidates = [...document.body.querySelectorAll('*')].filter((element) => /^\s*\d{1,3}\b/.test(element.textContent ?? '') && element.children.length > 0);
    const distances: Array<{ number: string; px: number }> = [];
    let notInMargin = 0;
    for (const marker of markers) {
      const number = (marker.textContent ?? '').trim();
      const columnRight = blockOf(marker).getBoundingClientRect().right;
      const inMargin = (element: Element) => visible(element) && element.getBoundingClientRect().left >= columnRight - 1;
      let entries = referenced(marker).filter(inMargin);
      if (entries.length === 0) entries = candidates.filter((element) => (element.textContent ?? '').trim().startsWith(number) && !/^\d/.test((element.textContent ?? '').trim().slice(number.length)) && inMargin(element));
      if (entries.length === 0) {
        notInMargin += 1;
        continue;
      }
      const markerTop = top(marker);
      distances.push({ number, px: Math.min(...entries.map((entry) => Math.abs(top(entry) - markerTop))) });
    }
    return { distances, notInMargin };
  });
}

/** How many times each note's full text is in the page (script, style and templates aside), compared without spaces. */
export function countNotePrints(page: Page, notes: Record<string, string>): Promise<Record<string, number>> {
  return page.evaluate((notes) => {
    const clone = document.body.cloneNode(true) as HTMLElement;
    for (const element of clone.querySelectorAll('script, style, template, noscript')) element.remove();
    const squeeze = (text: string) => text.replace(/[\s\u00a0\u202f\u2009]+/g, '');
    const page = squeeze(clone.textContent ?? '');
    const counts: Record<string, number> = {};
    for (const [id, text] of Object.entries(notes)) {
      const needle = squeeze(text);
      if (needle.length < 20) continue;
      let count = 0;
      for (let at = page.indexOf(needle); at !== -1; at = page.indexOf(needle, at + needle.length)) count += 1;
      if (count > 0) counts[id] = count;
    }
    return counts;
  }, notes);
}

/** The height of the page's banner (the header landmark), at the current viewport. */
export function bannerHeight(page: Page): Promise<number | null> {
  return page.evaluate(() => {
    const banner = document.querySelector('body > header, [role="banner"]') ?? document.querySelector('header:not(main header, article header, section header, aside header, nav header)');
    return banner ? banner.getBoundingClientRect().height : null;
  });
}

/**
 * Where a sentence starts on the page (px from the top of the document), matched by its letters only
 * (note markers, spaces and punctuation between words do not matter), in text a reader sees, not in
 * headings or a definition list (key facts may quote it); null if it is not shown.
 */
export function sentenceOffset(page: Page, sentence: string): Promise<number | null> {
  return page.evaluate((sentence) => {
    const letters = (text: string) => text.replace(/[^\p{L}]/gu, '').toLowerCase();
    const wanted = letters(sentence).slice(0, 40);
    if (!wanted) return null;
    const walker = document.createTreeWalker(document.querySelector('main') ?? document.body, NodeFilter.SHOW_TEXT);
    let stream = '';
    const owners: Array<{ node: Text; offset: number }> = [];
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      const parent = node.parentElement;
      if (!parent || parent.closest('h1, h2, h3, h4, h5, h6, dl, script, style, noscript, template') || !parent.checkVisibility({ checkVisibilityCSS: true })) continue;
      const text = node.data;
      for (let i = 0; i < text.length; i++) {
        const character = text[i]!;
        if (/\p{L}/u.test(character)) {
          stream += character.toLowerCase();
          owners.push({ node, offset: i });
        }
      }
    }
    const at = stream.indexOf(wanted);
    if (at === -1) return null;
    const { node, offset } = owners[at]!;
    const range = document.createRange();
    range.setStart(node, offset);
    range.setEnd(node, offset + 1);
    const rect = range.getClientRects()[0] ?? range.getBoundingClientRect();
    return rect.top + window.scrollY;
  }, sentence);
}

export interface Separation {
  mark: string;
  context: string;
}

/**
 * French punctuation separated from its word by a line break: ; : ! ? » at the start of a line
 * after a space, « at the end of one before a space, in French text (lang fr) a reader sees: ours, and
 * the article's (held on its word by rehype-bind-punctuation); not the sources' quoted words or titles.
 * Compared by the characters' line boxes, so whatever wraps the text counts.
 */
export function separatedPunctuation(page: Page): Promise<Separation[]> {
  return page.evaluate(() => {
    const found: Array<{ mark: string; context: string }> = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    const boxOf = (node: Text, offset: number) => {
      range.setStart(node, offset);
      range.setEnd(node, offset + 1);
      return range.getClientRects()[0];
    };
    // The visible characters in order (spaces kept, to know a mark follows one).
    const characters: Array<{ node: Text; offset: number; character: string }> = [];
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      const parent = node.parentElement;
      // Sources' own words (quotations, titles: q, blockquote, cite) keep their spacing, as the straight-quote count leaves them.
      if (!parent || parent.closest('script, style, noscript, template, code, pre, kbd, samp, q, blockquote, cite') || !parent.checkVisibility({ checkVisibilityCSS: true })) continue;
      const french = (parent.closest('[lang]')?.getAttribute('lang') ?? '').toLowerCase().startsWith('fr');
      for (let i = 0; i < node.data.length; i++) characters.push({ node, offset: i, character: french ? node.data[i]! : '\u0000' });
    }
    const isSpace = (character: string) => /[\s\u00a0\u202f\u2009]/.test(character);
    const sameLine = (a: DOMRect | undefined, b: DOMRect | undefined) => !a || !b || Math.abs(a.top - b.top) < Math.min(a.height, b.height) / 2;
    const context = (index: number) => characters.slice(Math.max(0, index - 20), index + 10).map((c) => (c.character === '\u0000' ? c.node.data[c.offset] : c.character)).join('');
    for (let index = 0; index < characters.length; index++) {
      const { character, node, offset } = characters[index]!;
      if (/[;:!?»]/.test(character)) {
        let previous = index - 1;
        while (previous >= 0 && isSpace(characters[previous]!.character)) previous--;
        if (previous === index - 1 || previous < 0) continue; // no space between: no break there
        const word = characters[previous]!;
        if (!sameLine(boxOf(word.node, word.offset), boxOf(node, offset))) found.push({ mark: character, context: context(index) });
      } else if (character === '«') {
        let next = index + 1;
        while (next < characters.length && isSpace(characters[next]!.character)) next++;
        if (next === index + 1 || next >= characters.length) continue;
        const word = characters[next]!;
        if (!sameLine(boxOf(node, offset), boxOf(word.node, word.offset))) found.push({ mark: character, context: context(index) });
      }
    }
    return found;
  });
}

/**
 * Straight quotes (" and ') in English text a reader sees that is ours: the words of sources
 * (quotations, titles: q, blockquote, cite) and code are theirs and stay as written.
 */
export function straightQuotes(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      const parent = node.parentElement;
      if (!parent || !/["']/.test(node.data)) continue;
      if (parent.closest('script, style, noscript, template, code, pre, kbd, samp, q, blockquote, cite, [translate="no"]')) continue;
      if (!(parent.closest('[lang]')?.getAttribute('lang') ?? '').toLowerCase().startsWith('en')) continue;
      if (!parent.checkVisibility({ checkVisibilityCSS: true })) continue;
      for (const match of node.data.matchAll(/["']/g)) found.push(node.data.slice(Math.max(0, match.index - 25), match.index + 15).replace(/\s+/g, ' '));
    }
    return found;
  });
}

/** Layout shift as browsers count CLS (shifts within 500 ms of input aside), from the start of the page. */
export const layoutShiftObserver = () => {
  const bench = ((window as unknown as { __bench?: { shift: number } }).__bench = { shift: 0 });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as Array<PerformanceEntry & { value: number; hadRecentInput: boolean }>) {
      if (!entry.hadRecentInput) bench.shift += entry.value;
    }
  }).observe({ type: 'layout-shift', buffered: true });
};

export function layoutShift(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { __bench?: { shift: number } }).__bench?.shift ?? 0);
}

export interface MixedLine {
  text: string;
  fonts: string[];
}

/**
 * Lines that mix font faces, as Chromium draws them (DevTools' CSS.getPlatformFontsForNode, asked
 * for each run of text on its own): a run drawn in more than one face, or two runs on one line
 * that ask for the same fonts but are drawn in different faces (a face the system, or a web font
 * not yet loaded, lacked glyphs for). Faces the design chooses (a sans marker in serif text) are not
 * mixes; nor is a face that draws only spaces the first lacks (the narrow no-break space, invisible).
 * Generated content (::before, ::after) is not text of the page and is not counted.
 */
export async function mixedFaceLines(page: Page): Promise<MixedLine[]> {
  const runs = await page.evaluate(() => {
    const list: Array<{ block: number; family: string; lines: Array<[number, number]>; text: string; spaces: number }> = [];
    const blocks = new Map<Element, number>();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const texts: Text[] = [];
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      const parent = node.parentElement;
      if (!parent || !node.data.trim() || parent.closest('script, style, noscript, template, svg, title')) continue;
      if (!parent.checkVisibility({ checkVisibilityCSS: true })) continue;
      texts.push(node);
    }
    for (const node of texts) {
      const parent = node.parentElement!;
      let block: Element = parent;
      while (block.parentElement && getComputedStyle(block).display.startsWith('inline')) block = block.parentElement;
      if (!blocks.has(block)) blocks.set(block, blocks.size);
      const wrapper = document.createElement('bench-run');
      node.replaceWith(wrapper);
      wrapper.append(node);
      list.push({
        block: blocks.get(block)!,
        family: getComputedStyle(parent).fontFamily,
        lines: [...wrapper.getClientRects()].filter((rect) => rect.width > 0).map((rect) => [rect.top, rect.bottom] as [number, number]),
        text: node.data.replace(/\s+/g, ' ').trim().slice(0, 60),
        spaces: (node.data.match(/[\u202f\u2009\u200a\u2007\u2060]/g) ?? []).length,
      });
    }
    return list;
  });
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root: documentNode } = await cdp.send('DOM.getDocument', { depth: -1 });
    const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: documentNode.nodeId, selector: 'bench-run' });
    // Glyphs per family (a family's bold and italic faces are the same family).
    const faces: Array<Map<string, number>> = [];
    for (const nodeId of nodeIds) {
      const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
      const byFamily = new Map<string, number>();
      for (const font of fonts) byFamily.set(font.familyName, (byFamily.get(font.familyName) ?? 0) + font.glyphCount);
      faces.push(byFamily);
    }
    const primary = (index: number) => [...(faces[index] ?? new Map<string, number>())].sort((a, b) => b[1] - a[1])[0]?.[0];
    const mixed: MixedLine[] = [];
    const flagged = new Set<number>();
    runs.forEach((run, index) => {
      const families = [...(faces[index] ?? new Map<string, number>())].sort((a, b) => b[1] - a[1]);
      const others = families.slice(1).reduce((sum, [, glyphs]) => sum + glyphs, 0);
      if (families.length > 1 && others > run.spaces) {
        mixed.push({ text: run.text, fonts: families.map(([family, glyphs]) => `${family} (${glyphs})`) });
        flagged.add(index);
      }
    });
    // Runs of one block on one line (their boxes overlap by half the smaller), asking for the same fonts, drawn in different faces.
    const sameLine = (a: [number, number], b: [number, number]) => Math.min(a[1], b[1]) - Math.max(a[0], b[0]) > Math.min(a[1] - a[0], b[1] - b[0]) / 2;
    const byBlock = new Map<number, number[]>();
    runs.forEach((run, index) => byBlock.set(run.block, [...(byBlock.get(run.block) ?? []), index]));
    for (const members of byBlock.values()) {
      for (let i = 0; i < members.length; i++) {
        for (let j = i + 1; j < members.length; j++) {
          const a = members[i]!;
          const b = members[j]!;
          if (flagged.has(b) || runs[a]!.family !== runs[b]!.family || !primary(a) || !primary(b) || primary(a) === primary(b)) continue;
          if (!runs[a]!.lines.some((line) => runs[b]!.lines.some((other) => sameLine(line, other)))) continue;
          mixed.push({ text: `${runs[a]!.text} | ${runs[b]!.text}`, fonts: [primary(a)!, primary(b)!] });
          flagged.add(b);
        }
      }
    }
    return mixed;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}
