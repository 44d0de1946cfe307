import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { buildEdition } from '../../src/lib/content/edition.ts';
import { routes } from '../../src/lib/site/routes.ts';
import { fileFor, textRuns, textsOfClass } from './dist.ts';
import { componentKeys, languageOf, languagePaths, languages, readingText, translationSentences } from './helpers.ts';

const pages = [
  ...Object.values(languagePaths).flatMap((paths) => [paths.home, paths.text, paths.search, paths.sources, paths.parallel, ...componentKeys.map(paths.component)]),
];

// One test a language: its full text is loaded once (~570 KB) and each component's anchor followed in it.
// Landing on an anchor with a fresh load is reading.spec.ts's (French), through the component page's link.
for (const [lang, paths] of Object.entries(languagePaths)) {
  test(`${lang}: each component lands and is marked, in the full text and on its page`, async ({ page }) => {
    for (const key of componentKeys) {
      await page.goto(`${paths.text}#${key}`);
      await expect(page.locator(`#${key}`), key).toBeInViewport();
      expect(await page.locator(`#${key}`).evaluate((element) => element.matches(':target')), key).toBe(true);
    }
    for (const [index, key] of componentKeys.entries()) {
      await page.goto(paths.component(key));
      await expect(page.locator('h1'), key).toContainText(String(index + 1));
      await expect(page.locator('html'), key).toHaveAttribute('lang', lang);
    }
  });
}

test('the English full text holds every sentence of our translation, and says it is ours', async ({ page }) => {
  await page.goto('/en/text/');
  const text = await readingText(page);
  for (const sentence of translationSentences('en')) expect(text).toContain(sentence);
  await expect(page.locator('.translation-notice')).toContainText('our own unofficial translation');
  await expect(page.locator('.translation-notice a')).toHaveAttribute('href', /president\.gov\.ua\/en\//);
});

test('the Ukrainian full text holds every sentence of our translation, says it is ours, and links the official Ukrainian text', async ({ page }) => {
  await page.goto('/uk/tekst/');
  const text = await readingText(page);
  for (const sentence of translationSentences('uk')) expect(text).toContain(sentence);
  await expect(page.locator('.translation-notice')).toContainText('наш власний неофіційний переклад французької статті');
  const official = page.locator('.translation-notice a');
  await expect(official).toHaveAttribute('href', /^https:\/\/www\.eeas\.europa\.eu\/delegations\/ukraine\/.+_uk$/);
  await expect(official).toHaveAttribute('hreflang', 'uk');
  // The full text also links the official English text its notes compare with.
  await expect(page.locator('main a[href*="president.gov.ua/en/"]').first()).toBeVisible();
});

test('every English and Ukrainian page says the translation is ours and unofficial', () => {
  // Read from dist/ as built (the notice is static HTML): a browser would only take longer to say the same.
  const notice = { en: 'unofficial translation', uk: 'неофіційний переклад' } as const;
  for (const path of pages.filter((path) => languageOf(path) !== 'fr')) {
    expect(textsOfClass(path, 'translation-notice').join(' '), path).toContain(notice[languageOf(path) as 'en' | 'uk']);
  }
});

test('the language switch keeps the reader on the same component', async ({ page }) => {
  await page.goto('/fr/composantes/multinational-force/');
  await page.getByRole('link', { name: 'English', exact: true }).click();
  await expect(page).toHaveURL(/\/en\/components\/multinational-force\/$/);
  await page.getByRole('link', { name: 'Français', exact: true }).click();
  await expect(page).toHaveURL(/\/fr\/composantes\/multinational-force\/$/);
});

test('the language switch keeps the reader on the same place of the full text, component or note, across the three languages', async ({ page }) => {
  await page.goto('/fr/texte/#defence-cooperation');
  await page.getByRole('link', { name: 'English', exact: true }).click();
  await expect(page).toHaveURL(/\/en\/text\/#defence-cooperation$/);
  await expect(page.locator('#defence-cooperation')).toBeInViewport();
  await page.getByRole('link', { name: 'Українська', exact: true }).click();
  await expect(page).toHaveURL(/\/uk\/tekst\/#defence-cooperation$/);
  await expect(page.locator('#defence-cooperation')).toBeInViewport();
  await page.goto('/uk/tekst/#note-special-commission');
  await page.getByRole('link', { name: 'Français', exact: true }).click();
  await expect(page).toHaveURL(/\/fr\/texte\/#note-special-commission$/);
  await page.goto('/uk/skladovi/multinational-force/');
  await page.getByRole('link', { name: 'English', exact: true }).click();
  await expect(page).toHaveURL(/\/en\/components\/multinational-force\/$/);
  await page.getByRole('link', { name: 'Українська', exact: true }).click();
  await expect(page).toHaveURL(/\/uk\/skladovi\/multinational-force\/$/);
});

function alternatesIn(html: string): Record<string, string> {
  const links = [...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">/g)];
  return Object.fromEntries(links.map(([, lang, href]) => [lang!, new URL(href!).pathname]));
}

test('hreflang alternates are reciprocal and lang attributes right', () => {
  // Read from dist/ as built, each page once (the host serves these files as they are).
  const htmlOf = (path: string) => readFileSync(fileFor(path)!, 'utf8');
  const alternatesOf = new Map<string, Record<string, string>>();
  const alternates = (path: string) => {
    if (!alternatesOf.has(path)) alternatesOf.set(path, alternatesIn(htmlOf(path)));
    return alternatesOf.get(path)!;
  };
  for (const path of pages) {
    const lang = languageOf(path);
    expect(htmlOf(path), path).toContain(`<html lang="${lang}"`);
    const own = alternates(path);
    expect(own[lang], path).toBe(path);
    expect(own['x-default'], path).toBe('/');
    expect(Object.keys(own).sort(), path).toEqual([...languages, 'x-default'].sort());
    for (const other of languages) {
      const back = alternates(own[other]!);
      expect(back[lang], `${own[other]} → ${path}`).toBe(path);
    }
  }
});

test('the root is a neutral language chooser: three equal choices, each in its own language, offered statically', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/');
  // No edition's chrome: no header, navigation, search or footer in any one language.
  await expect(page.locator('html')).toHaveAttribute('lang', 'mul');
  await expect(page.locator('header, nav, form, footer')).toHaveCount(0);
  const choices = page.locator('.language-choice > li');
  await expect(choices).toHaveCount(3);
  expect(await choices.evaluateAll((items) => items.map((item) => item.getAttribute('lang')))).toEqual(['fr', 'en', 'uk']);
  await expect(choices.nth(0)).toContainText('Lire l’édition en français');
  await expect(choices.nth(2)).toContainText('Читати видання українською');
  const boxes = await choices.locator('a').evaluateAll((links) => links.map((link) => link.getBoundingClientRect()).map(({ width, height }) => ({ width: Math.round(width), height: Math.round(height) })));
  expect(new Set(boxes.map((box) => box.width)).size, 'equal widths').toBe(1);
  for (const [name, path] of [['English', /\/en\/$/], ['Français', /\/fr\/$/], ['Українська', /\/uk\/$/]] as const) {
    await page.goto('/');
    await page.locator('.language-choice').getByRole('link', { name, exact: true }).click();
    await expect(page).toHaveURL(path);
  }
  await context.close();
});

const englishSearches = [
  { key: 'ceasefire-monitoring', query: 'truce compliance' },
  { key: 'armed-forces-support', query: 'defence stockpiles' },
  { key: 'multinational-force', query: 'airspace' },
  { key: 'future-attack-commitment', query: 'additional sanctions' },
  { key: 'defence-cooperation', query: 'joint production' },
];

const componentNumber: Record<string, number> = { 'ceasefire-monitoring': 1, 'armed-forces-support': 2, 'multinational-force': 3, 'future-attack-commitment': 4, 'defence-cooperation': 5 };

// The component, or a note on it whose title names the words ("Access to defence stockpiles · Component 2").
test('English searches return the English component, or its note on the words, first', async ({ page }) => {
  for (const { key, query } of englishSearches) {
    // Opened with the first query, then typed into the box (Pagefind stays loaded).
    if (page.url().includes('/en/search/')) await page.getByRole('searchbox').fill(query);
    else await page.goto(`/en/search/?q=${encodeURIComponent(query)}`);
    await expect(page.locator('.search-page'), query).toHaveAttribute('data-query', query);
    await expect(page.locator('#search-status'), query).toContainText('result');
    const first = page.locator('.search-result__title').first();
    await expect(first, query).toHaveAttribute('href', new RegExp(`^/en/text/\\?highlight=[^#]+#(?:${key}|note-[a-z0-9-]+)$`));
    await expect(first, query).toContainText(new RegExp(`Component\\s${componentNumber[key]}\\b`));
  }
});

const ukrainianSearches = [
  { key: 'ceasefire-monitoring', query: 'дотриманням перемир’я' },
  { key: 'armed-forces-support', query: 'оборонних запасів' },
  { key: 'multinational-force', query: 'повітряному просторі' },
  { key: 'future-attack-commitment', query: 'додаткових санкцій' },
  { key: 'defence-cooperation', query: 'спільне виробництво' },
];

test('Ukrainian searches return the Ukrainian component first, and land on it with the words marked', async ({ page }) => {
  test.setTimeout(90_000);
  for (const { key, query } of ukrainianSearches) {
    await page.goto(`/uk/poshuk/?q=${encodeURIComponent(query)}`);
    await expect(page.locator('#search-status'), query).toContainText('результат');
    const first = page.locator('.search-result__title').first();
    await expect(first, query).toHaveAttribute('href', new RegExp(`^/uk/tekst/\\?highlight=[^#]+#${key}$`));
    await expect(first, query).toContainText('Складова');
  }
  await page.locator('.search-result__title').first().click();
  await expect(page.locator('#defence-cooperation')).toBeInViewport();
  const marked = await page.locator('#defence-cooperation .component__text > .paragraph > mark.search-hit').allTextContents();
  expect(marked).toEqual(['спільне виробництво']);
  await expect(page.getByRole('region', { name: 'Шукані слова' })).toContainText('Виділено 1 раз: «спільне виробництво».');
});

test('a Ukrainian search counts its results with the Ukrainian plural forms', async ({ page }) => {
  await page.goto(`/uk/poshuk/?q=${encodeURIComponent('Коаліції')}`);
  await expect(page.locator("#search-status")).toHaveText(/^\d+ результат(и|ів)? для «/);
  const count = Number((await page.locator('#search-status').textContent())!.split(' ')[0]);
  const form = new Intl.PluralRules('uk').select(count);
  const word = { one: 'результат', few: 'результати', many: 'результатів' }[form as 'one' | 'few' | 'many'];
  await expect(page.locator('#search-status')).toHaveText(new RegExp(`^${count} ${word} для «`));
});

test('the search page offers the same search in the other languages', async ({ page }) => {
  await page.goto('/en/search/?q=sanctions');
  await expect(page.locator('.search-result').first()).toBeVisible();
  await expect(page.getByRole('link', { name: 'Search the Ukrainian text' })).toHaveAttribute('href', '/uk/poshuk/?q=sanctions');
  await page.getByRole('link', { name: 'Search the French text' }).click();
  await expect(page).toHaveURL(/\/fr\/recherche\/\?q=sanctions$/);
  await expect(page.locator('.search-result__title').first()).toHaveAttribute('href', /^\/fr\/texte\//);
  await page.getByRole('link', { name: 'Chercher dans le texte ukrainien' }).click();
  await expect(page).toHaveURL(/\/uk\/poshuk\/\?q=sanctions$/);
  await expect(page.locator('#search-status')).toHaveText(/^Немає результатів\./);
});

const parallelViews = [
  { path: '/en/parallel/', pair: ['fr', 'en'] },
  { path: '/uk/paralelno/', pair: ['fr', 'uk'] },
  { path: '/fr/parallele/en-uk/', pair: ['en', 'uk'] },
] as const;

for (const { path, pair } of parallelViews) {
  test(`the parallel view ${path} aligns ${pair.join(' and ')} in all five components, paragraph by paragraph`, async ({ page }) => {
    test.setTimeout(90_000);
    await page.goto(`${path}#armed-forces-support`);
    await expect(page.locator('#armed-forces-support')).toBeInViewport();
    for (const key of componentKeys) {
      const rows = page.locator(`#${key} .parallel__row`);
      expect(await rows.count(), key).toBeGreaterThan(0);
      for (const row of await rows.all()) {
        await expect(row.locator('.parallel__cell')).toHaveCount(2);
        const [first, second] = await Promise.all(pair.map((lang) => row.locator(`.parallel__cell[lang="${lang}"]`).boundingBox()));
        expect(Math.abs(first!.y - second!.y), key).toBeLessThan(2);
      }
    }
  });
}

test('the parallel view offers every pair of languages by plain links, keeping the component in view', async ({ browser }) => {
  test.setTimeout(90_000);
  for (const javaScriptEnabled of [false, true]) {
    const context = await browser.newContext({ javaScriptEnabled });
    const page = await context.newPage();
    await page.goto('/fr/parallele/#multinational-force');
    const pairs = page.getByRole('navigation', { name: 'Langues lues côte à côte' }).getByRole('link');
    await expect(pairs).toHaveText(['Français et anglais', 'Français et ukrainien', 'Anglais et ukrainien']);
    await expect(pairs.first()).toHaveAttribute('aria-current', 'page');
    await pairs.nth(1).click();
    await expect(page).toHaveURL(javaScriptEnabled ? /\/fr\/parallele\/fr-uk\/#multinational-force$/ : /\/fr\/parallele\/fr-uk\/$/);
    await expect(page.locator('#multinational-force .parallel__cell[lang="uk"]').first()).toContainText('Багатонаціональні сили для України');
    await expect(page.locator('.parallel__cell[lang="en"]')).toHaveCount(0);
    await page.getByRole('link', { name: 'Українська', exact: true }).click();
    await expect(page).toHaveURL(javaScriptEnabled ? /\/uk\/paralelno\/#multinational-force$/ : /\/uk\/paralelno\/$/);
    await expect(page.getByRole('navigation', { name: 'Мови, що читаються поруч' }).locator('[aria-current="page"]')).toHaveText('Французька та українська');
    await context.close();
  }
});

test('on a phone the parallel view stacks the languages', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/fr/parallele/');
  const row = page.locator('#multinational-force .parallel__row').first();
  const [fr, en] = await Promise.all([row.locator('[lang="fr"]').boundingBox(), row.locator('[lang="en"]').boundingBox()]);
  expect(en!.y).toBeGreaterThan(fr!.y + fr!.height - 1);
});

test('each language’s pages carry no interface text of another', () => {
  const interfaceWords = {
    fr: ['Composante', 'L’article source', 'Accueil', 'Rechercher', 'Retour au texte', 'Citée par', 'Renvoie à', 'Partager, citer'],
    en: ['Component', 'Source article', 'Home', 'Back to the text', 'Referred to by', 'Refers to', 'Share, cite'],
    uk: ['Складова', 'Текст статті', 'Головна', 'Назад до тексту', 'Згадується в', 'Відсилає до', 'Примітка', 'Поширити, цитувати'],
  };
  for (const path of pages) {
    const own = languageOf(path);
    // Text outside the parts written in another language (quotes of the source, the other column, language names), from dist/ as built.
    const text = textRuns(path)
      .filter((run) => run.lang === own)
      .map((run) => run.text)
      .join(' ');
    for (const lang of languages.filter((other) => other !== own)) {
      for (const word of interfaceWords[lang]) expect(text, `${path}: ${word}`).not.toContain(word);
    }
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('every component and note of the full text links to its counterpart in the other languages, and the link lands there', async ({ page }) => {
    test.setTimeout(90_000);
    const edition = buildEdition();
    for (const lang of languages) {
      await page.goto(routes.fullText(lang));
      const others = languages.filter((other) => other !== lang);
      // One read of the page per language: a locator per link would take minutes with every note in three languages.
      const hrefs = await page.evaluate(() =>
        Object.fromEntries(
          [...document.querySelectorAll<HTMLAnchorElement>('.component__links a[hreflang], .counterpart-link[hreflang]')].map((link) => [
            `${link.closest('[id]')?.id} ${link.hreflang}`,
            link.getAttribute('href'),
          ]),
        ),
      );
      for (const component of edition.texts[lang].components) {
        for (const other of others) expect(hrefs[`${component.key} ${other}`], `${component.key} → ${other}`).toBe(routes.componentAnchor(other, component.key));
      }
      for (const note of edition.texts[lang].notes) {
        for (const other of others) expect(hrefs[`note-${note.id} ${other}`], `note ${note.id} → ${other}`).toBe(routes.note(other, note.id));
      }
    }
    await page.goto(routes.fullText('fr'));
    await page.locator('#multinational-force .component__links a[hreflang="en"]').click();
    await expect(page).toHaveURL(/\/en\/text\/#multinational-force$/);
    await expect(page.locator('#multinational-force')).toBeInViewport();
    // A note's own links are in the note: it opens where it stands when its anchor is followed.
    await page.goto('/en/text/#note-special-commission');
    await page.locator(`#note-special-commission .counterpart-link[hreflang="fr"]`).click();
    await expect(page).toHaveURL(/\/fr\/texte\/#note-special-commission$/);
    await expect(page.locator('#note-special-commission')).toBeInViewport();
  });
});
