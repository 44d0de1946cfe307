import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { fileFor, htmlFiles, idsIn, linksIn, urlPathOf } from './dist.ts';
import { hasJava, javaMissing } from '../browser.ts';
import { componentKeys, languagePaths, languages, sampleQuery, watchForeignRequests } from './helpers.ts';

const pageTypes = languages.flatMap((lang) => {
  const paths = languagePaths[lang];
  return [
    { name: `${lang} home`, path: paths.home, annotated: false },
    { name: `${lang} full text`, path: paths.text, annotated: true },
    { name: `${lang} component`, path: paths.component('multinational-force'), annotated: true },
    { name: `${lang} search with results`, path: `${paths.search}?q=${encodeURIComponent(sampleQuery[lang])}`, annotated: false },
    { name: `${lang} sources`, path: paths.sources, annotated: false },
    { name: `${lang} changes`, path: paths.changes, annotated: false },
    { name: `${lang} parallel`, path: paths.parallel, annotated: false },
  ];
});
pageTypes.push({ name: 'root', path: '/', annotated: false });
/* The context pages (comparison, participants, timeline): checked by axe like the others; their requests and widths in context.spec.ts. */
const contextPageTypes = languages.flatMap((lang) => {
  const paths = languagePaths[lang];
  return [
    { name: `${lang} comparison matrix`, path: paths.comparison, annotated: false },
    { name: `${lang} component comparison`, path: paths.componentComparison('future-attack-commitment'), annotated: false },
    { name: `${lang} participants`, path: paths.participants, annotated: false },
    { name: `${lang} timeline`, path: paths.timeline, annotated: false },
  ];
});

const viewports = { wide: { width: 1400, height: 1000 }, narrow: { width: 390, height: 844 } };
/** The only rules whose result depends on colours: the dark scheme is checked with these (the others read structure, not colour). */
const colourRules = ['color-contrast', 'link-in-text-block'];

/** One browser page per worker, reused by the accessibility checks (a fresh context per check costs more than the check). */
const withSharedPage = test.extend<object, { sharedPage: Page }>({
  sharedPage: [
    async ({ browser }, use) => {
      const context = await browser.newContext({ reducedMotion: 'reduce' });
      await use(await context.newPage());
      await context.close();
    },
    { scope: 'worker' },
  ],
});

/**
 * axe's rules: all of them, all but the colour ones, the colour ones only, or those whose result
 * can change with the language (the page's and passages' lang, every accessible name and title,
 * which are the language's words, and ids, which anchors made from the language's words could repeat).
 */
type Rules = 'all' | 'structure' | 'colour' | 'language';

const languageRules = [
  'html-has-lang', 'html-lang-valid', 'html-xml-lang-mismatch', 'valid-lang', 'document-title', 'duplicate-id-aria',
  'link-name', 'button-name', 'input-button-name', 'summary-name', 'label', 'select-name', 'aria-input-field-name',
  'aria-command-name', 'aria-toggle-field-name', 'aria-dialog-name', 'aria-tooltip-name', 'aria-meter-name',
  'aria-progressbar-name', 'aria-treeitem-name', 'aria-tab-name', 'image-alt', 'svg-img-alt', 'role-img-alt', 'area-alt',
  'input-image-alt', 'object-alt', 'image-redundant-alt', 'frame-title', 'empty-heading', 'empty-table-header',
  'landmark-unique', 'table-duplicate-name', 'skip-link',
];

async function violations(page: Page, rules: Rules, include?: string): Promise<string[]> {
  const builder = new AxeBuilder({ page })
    // No page has a frame: axe runs in the page itself. Its default (a partial run per frame, finished in a second,
    // blank page that every checked node is copied into) took most of its time on a long page.
    .setLegacyMode()
    // Only violations are read: of the rules passed, one node each (axe writes a selector for every node it
    // reports, thousands on a long page). Set first: the calls below add to these options.
    .options({ resultTypes: ['violations'] });
  if (rules === 'colour') builder.withRules(colourRules);
  if (rules === 'language') builder.withRules(languageRules);
  if (rules === 'structure') builder.disableRules(colourRules);
  if (include) builder.include(include);
  const { violations: found } = await builder.analyze();
  return found.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

/*
 * axe, once per page (and colour scheme, below). Width changes what pages with notes show (sidenotes in
 * the margin on wide screens, opened in place on narrow ones), so on those the note opened in
 * place on a narrow screen is checked too; the rest of the page, its structure and its colours,
 * is what the wide check has just read (axe on a whole full text takes 10–30 s; the note alone, well under one).
 */
/*
 * Colours come from one stylesheet and the same components in every language, so their rules
 * (half of axe's time on a long page) run on every Ukrainian page and the root, in both schemes:
 * those carry every component the French and English pages do, and axe runs every other rule on
 * them too. On French and English pages, built from the same components, axe runs the rules whose
 * result can change with the language (their lang attributes, names, titles and ids): the rest
 * reads markup the Ukrainian page has just been checked for.
 */
const checksOf = (name: string): ReadonlyArray<{ colorScheme: 'light' | 'dark'; rules: Rules }> =>
  name.startsWith('uk ') || name === 'root'
    ? [
        { colorScheme: 'light', rules: 'all' },
        { colorScheme: 'dark', rules: 'colour' },
      ]
    : [{ colorScheme: 'light', rules: 'language' }];
const describeChecks = (checks: ReturnType<typeof checksOf>) =>
  checks.map(({ colorScheme, rules }) => `${colorScheme}${rules === 'all' ? '' : ` (${rules} rules)`}`).join(', ');
for (const { name, path, annotated } of [...pageTypes, ...contextPageTypes]) {
  const checks = checksOf(name);
  // One test a page, its schemes one after the other: a failure in one still lets the other run (soft).
  withSharedPage(`axe finds no violation: ${name}, ${describeChecks(checks)}`, async ({ sharedPage: page }) => {
    test.setTimeout(120_000);
    for (const { colorScheme, rules } of checks) {
      await page.emulateMedia({ colorScheme });
      await page.setViewportSize(viewports.wide);
      await page.goto(path);
      if (path.includes('?q=')) await expect(page.locator('.search-result').first()).toBeVisible();
      expect.soft(await violations(page, rules), colorScheme).toEqual([]);
      if (!annotated) continue;
      await page.setViewportSize(viewports.narrow);
      const marker = page.locator('.note-marker').first();
      await page.goto(`${path}${await marker.getAttribute('href')}`);
      await expect(page.locator('.sidenote:has(:target)')).toBeVisible();
      expect.soft(await violations(page, rules, '.sidenote:has(:target)'), `${colorScheme}, the note opened in place`).toEqual([]);
    }
  });
}

/* The ladder on a component's own page (issue 20): the rest of that page is the component page checked above. */
withSharedPage('axe finds no violation in the ladder of component 4, in every language (colours on the Ukrainian page, light and dark)', async ({ sharedPage: page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize(viewports.narrow);
  for (const lang of languages) {
    for (const { colorScheme, rules } of checksOf(`${lang} `)) {
      await page.emulateMedia({ colorScheme });
      await page.goto(languagePaths[lang].component('future-attack-commitment'));
      expect(await violations(page, rules, '.ladder'), `${lang} ${colorScheme}`).toEqual([]);
    }
  }
});

test('every built page is valid HTML (Nu HTML Checker)', () => {
  if (!hasJava()) throw new Error(javaMissing('This test'));
  // The JIT's quick tier only (half the checker's CPU time for a run of seconds), and the stack it asks for then.
  const output = execFileSync('java', ['-Xss4m', '-XX:TieredStopAtLevel=1', '-jar', 'node_modules/vnu-jar/build/dist/vnu.jar', '--errors-only', '--format', 'json', ...htmlFiles()], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  }).trim();
  const messages = output ? (JSON.parse(output) as { messages: Array<{ url: string; message: string; lastLine?: number }> }).messages : [];
  expect(messages.map((message) => `${message.url}:${message.lastLine}: ${message.message}`)).toEqual([]);
});

test('no internal link or anchor in dist/ is broken, and external links neither leak nor open the page to them', () => {
  const problems: string[] = [];
  const idsByFile = new Map<string, Set<string>>();
  const ids = (file: string) => {
    if (!idsByFile.has(file)) idsByFile.set(file, idsIn(readFileSync(file, 'utf8')));
    return idsByFile.get(file)!;
  };
  for (const file of htmlFiles()) {
    for (const link of linksIn(file)) {
      if (/^https?:\/\//.test(link.href)) {
        const internal = link.href.startsWith('http://127.0.0.1:4321/');
        if (link.tag === 'a' && !internal && !(link.rel?.includes('noopener') && link.rel.includes('noreferrer'))) {
          problems.push(`${file}: external link without rel="noopener noreferrer": ${link.href}`);
        }
        continue;
      }
      if (/^(mailto:|data:)/.test(link.href)) continue;
      const url = new URL(link.href, `http://site${urlPathOf(file)}`);
      const target = fileFor(decodeURIComponent(url.pathname));
      if (!target) {
        problems.push(`${file}: ${link.href} leads nowhere`);
        continue;
      }
      const anchor = decodeURIComponent(url.hash.slice(1));
      if (anchor && !anchor.startsWith(':~:') && target.endsWith('.html') && !ids(target).has(anchor)) {
        problems.push(`${file}: ${link.href}: no #${anchor} in ${target}`);
      }
    }
  }
  expect(problems).toEqual([]);
});

// Every URL and anchor ever published (tests/published-urls.txt) is checked by the build itself
// (src/integrations/published-urls.ts): a build that loses one fails, naming the line and the cause.

test('every page carries a Content-Security-Policy without unsafe-inline scripts, and the headers file too', () => {
  for (const file of htmlFiles()) {
    const html = readFileSync(file, 'utf8');
    if (html.includes('http-equiv="refresh"')) continue;
    const csp = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1];
    expect(csp, file).toBeDefined();
    expect(csp, file).toMatch(/script-src 'self'/);
    expect(csp, file).not.toContain('unsafe-inline');
    expect(csp, file).toContain("object-src 'none'");
  }
  const headers = readFileSync('dist/_headers', 'utf8');
  for (const header of ['Content-Security-Policy:', 'X-Content-Type-Options: nosniff', 'Referrer-Policy:', 'Permissions-Policy:']) {
    expect(headers).toContain(header);
  }
  expect(headers).toContain("frame-ancestors 'none'");
  expect(headers).not.toContain('unsafe-inline');
});

const hostileQueries = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(document.domain)>',
  '"><svg onload=alert(1)>',
  'a'.repeat(10_000),
  'ضمانات أمنية لأوكرانيا',
  'שלום עולם',
  '🇺🇦🕊️🛡️',
  '!!! ??? ... ;;; ---',
  '${7*7}{{7*7}}<%= 7*7 %>',
];

// One test for all of them (each query a step, on a fresh load of the search page): nine tests were mostly setting up.
test('a hostile search shows a clean “no results” and breaks nothing', async ({ page }) => {
  test.setTimeout(120_000);
  const dialogs: string[] = [];
  const errors: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => errors.push(error.message));
  for (const query of hostileQueries) {
    await test.step(`${query.slice(0, 24)}${query.length > 24 ? '…' : ''}`, async () => {
      await page.goto(`/fr/recherche/?q=${encodeURIComponent(query)}`);
      await expect(page.locator('#search-status')).toContainText('Aucun résultat');
      await expect(page.locator('.search-result')).toHaveCount(0);
      expect(await page.locator('#search-results img, #search-results svg, #search-status *').count()).toBe(0);
      expect((await page.locator('#search-query').inputValue()).length).toBeLessThanOrEqual(200);
      // Still a working search box.
      await page.locator('#search-query').fill('sanctions');
      await expect(page.locator('.search-result').first()).toBeVisible();
      expect(dialogs).toEqual([]);
      expect(errors).toEqual([]);
    });
  }
});

test('the keyboard path: skip link, search, language switch, notes, copy and cite, all with a visible focus', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto('/fr/composantes/multinational-force/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Aller au contenu' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  const outline = async () => page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
  expect(await outline()).not.toBe('none');
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();

  // From the top of the page, every stop of the Tab key shows where the focus is. The page logs
  // each stop itself (one round trip per batch of presses, not two per press: steady under load).
  await page.goto('/fr/composantes/multinational-force/');
  await page.evaluate(() => {
    const log: Array<{ label: string; outline: string }> = [];
    (window as unknown as { focusLog: typeof log }).focusLog = log;
    document.addEventListener('focusin', (event) => {
      const element = event.target as HTMLElement;
      log.push({ label: element.getAttribute('aria-label') ?? element.textContent?.trim() ?? '', outline: getComputedStyle(element).outlineStyle });
    });
  });
  for (let batch = 0; batch < 15; batch += 1) {
    for (let press = 0; press < 10; press += 1) await page.keyboard.press('Tab');
    if (await page.evaluate(() => document.activeElement === document.body || document.activeElement === null)) break;
  }
  const stops = await page.evaluate(() => (window as unknown as { focusLog: Array<{ label: string; outline: string }> }).focusLog);
  for (const stop of stops) expect(stop.outline, stop.label).not.toBe('none');
  const visited = stops.map((stop) => stop.label);
  expect(visited).toContain('English');
  expect(visited.some((label) => /^Note \d+\s:/.test(label))).toBe(true);
  // A component's and a note's tools are folded under one disclosure.
  expect(visited).toContain('Partager, citer');

  await page.goto('/fr/');
  await page.getByRole('searchbox', { name: 'Rechercher dans le texte' }).focus();
  await page.keyboard.type('dissuasion');
  await page.keyboard.press('Enter');
  await expect(page.locator('.search-result__title').first()).toBeVisible();
  await page.locator('.search-result__title').first().focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/fr\/texte\/\?highlight=dissuasion#/);
});

test('jumps are instant unless short: a long one never glides, a short one glides only for readers who want motion', async ({ browser }) => {
  for (const reducedMotion of ['reduce', 'no-preference'] as const) {
    const context = await browser.newContext({ reducedMotion, viewport: { width: 1400, height: 900 } });
    const page = await context.newPage();
    await page.goto('/fr/texte/');
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe('auto');
    // Long: from the top to the last component (well over two screens), at once.
    await page.locator('.on-this-page--page a[href="#defence-cooperation"]').click();
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe('auto');
    await expect(page.locator('#defence-cooperation')).toBeInViewport();
    // Short: to the next component, less than a screen away.
    await page.goto('/fr/texte/#future-attack-commitment');
    await page.locator('.on-this-page--page a[href="#defence-cooperation"]').click();
    expect(await page.evaluate(() => document.documentElement.style.scrollBehavior)).toBe(reducedMotion === 'reduce' ? '' : 'smooth');
    await context.close();
  }
});

test('dark mode follows the system', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/fr/');
  const dark = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  await page.emulateMedia({ colorScheme: 'light' });
  const light = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  expect(dark).toBe('rgb(23, 23, 26)');
  expect(light).toBe('rgb(253, 252, 249)');
});

test('no page scrolls sideways on a small phone (320 px)', async ({ page }) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 320, height: 640 });
  for (const { path } of pageTypes) {
    await page.goto(path);
    expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(320);
  }
});

test('a long unbreakable word (a URL, a compound) never makes a reading page scroll sideways', async ({ page }) => {
  const word = 'Sicherheitsgarantievereinbarungsdurchführungsbestimmungen'.repeat(4);
  for (const width of [320, 1400]) {
    await page.setViewportSize({ width, height: 800 });
    for (const path of ['/fr/texte/', '/en/components/multinational-force/', '/fr/sources/', '/en/parallel/']) {
      await page.goto(path);
      await page.evaluate((long) => {
        for (const selector of ['main h1', 'main p', '.sidenote', '.note-entry__body p', '.bibliography__citation a', '.parallel td, .parallel p']) {
          const element = document.querySelector(selector);
          if (element) element.append(` ${long} `);
        }
      }, word);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), `${path} at ${width}px`).toBeLessThanOrEqual(width);
    }
  }
});

/*
 * Two checks made on one load of each page (each page type, every component, the context pages): the
 * requests it makes, and the names of its links. Each reads what it always read: loading any page
 * (and searching) asks no other origin and the policy blocks nothing; and, on every page type and on
 * the context pages of one language (the others are built from the same components), links that lead
 * to different places have different accessible names (a screen reader lists links by name).
 */
test('loading any page, or searching, makes no request to another origin, and the policy blocks nothing; links that lead to different places have different accessible names (a screen reader lists links by name)', async ({ page, baseURL }) => {
  test.setTimeout(180_000);
  const { foreign, violations } = watchForeignRequests(page, baseURL!);
  const problems: string[] = [];
  const namedPaths = [...pageTypes, ...contextPageTypes.filter(({ name }) => name.startsWith('fr '))].map(({ path }) => path);
  const componentPaths = componentKeys.map((key) => languagePaths.en.component(key)).filter((path) => !namedPaths.includes(path));
  for (const path of [...namedPaths, ...componentPaths]) {
    await page.goto(path);
    // Reading pages request nothing after load; the search page loads its engine when idle (after its links are read, as on load).
    const idle = () => (path.includes('?q=') || path.includes('/recherche/') || path.includes('/search/') || path.includes('/poshuk/') ? page.waitForLoadState('networkidle') : undefined);
    if (!namedPaths.includes(path)) {
      await idle();
      continue;
    }
    const links = await page.locator('a[href]').evaluateAll((elements) =>
      elements
        // What assistive technology meets: rendered links (closed panels and display: none are not).
        .filter((link) => link.checkVisibility())
        .map((link) => ({
          // Named by other elements (aria-labelledby, e.g. a drawing's mark by its event's date and title), by aria-label, or by its text.
          name: (
            link.getAttribute('aria-labelledby')?.split(' ').map((id) => document.getElementById(id)?.textContent ?? '').join(' ') ??
            link.getAttribute('aria-label') ??
            link.textContent ??
            ''
          ).replace(/\s+/g, ' ').trim(),
          href: new URL(link.getAttribute('href')!, location.href).href,
        })),
    );
    const hrefsByName = new Map<string, Set<string>>();
    for (const { name, href } of links) hrefsByName.set(name, (hrefsByName.get(name) ?? new Set()).add(href));
    for (const [name, hrefs] of hrefsByName) {
      if (hrefs.size > 1) problems.push(`${path}: “${name}” leads to ${hrefs.size} places`);
    }
    await idle();
  }
  expect.soft(foreign, 'requests to another origin').toEqual([]);
  expect.soft(violations, 'blocked by the policy').toEqual([]);
  expect.soft(problems, 'links with one name and different places').toEqual([]);
});

test('a page loads its optional script as one small file, and the part of it the page needs: the notes and sharing tools where it has them, search on the search page', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  const pages: Array<[string, string[]]> = [['/fr/composantes/multinational-force/', ['reading']], ['/en/text/', ['reading']], ['/uk/paralelno/', []], ['/fr/', []]];
  for (const [path, parts] of pages) {
    scripts.length = 0;
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    expect(scripts.filter((script) => script.includes('PageScript')), path).toHaveLength(1);
    expect(scripts, path).toHaveLength(1 + parts.length);
    for (const part of parts) expect(scripts.filter((script) => new RegExp(`^/_astro/${part}-[\\w-]{8}\\.js$`).test(script)), path).toHaveLength(1);
  }
  scripts.length = 0;
  await page.goto('/fr/recherche/?q=sanctions');
  await expect(page.locator('.search-result').first()).toBeVisible();
  // The page's script, then search's own part (a bundle of its own, nothing shared to fetch besides).
  const own = scripts.filter((script) => script.startsWith('/_astro/'));
  expect(own.filter((script) => /^\/_astro\/search-[\w-]{8}\.js$/.test(script))).toHaveLength(1);
  expect(own.length).toBeLessThanOrEqual(2);
});
