// Languages loaded on demand: what is ready at once, what loading gives, and that a
// language file depends on nothing at run time. This file runs in a page of its own, so
// no language was loaded before it starts.
import { expect } from '@open-wc/testing';
import { cachedStrings, directionOf, languages, loadStrings, resolveLang, uiStrings } from '../src/format/strings.js';

const BUNDLED = ['en'];
const onDemand = languages.filter((lang) => !BUNDLED.includes(lang));

/** The module as the browser gets it: TypeScript compiled, so type-only imports are gone. */
async function served(path: string): Promise<string> {
  const response = await fetch(path);
  expect(response.ok, path).to.equal(true);
  return response.text();
}

const importsIn = (code: string): string[] =>
  [
    ...code.matchAll(
      /(?:^|[;\n])\s*(?:import|export)\s*(?:[\w$*{},\s]+from\s*)?["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g,
    ),
  ].map((match) => match[1] ?? match[2]!);

describe('languages loaded on demand', () => {
  it('has English ready at once, the others not yet', () => {
    for (const lang of BUNDLED) expect(cachedStrings(lang), lang).not.to.equal(undefined);
    expect(onDemand).to.have.members(['fr', 'de', 'es', 'it', 'pt', 'nl', 'pl', 'uk', 'ja', 'ko', 'zh', 'ar', 'he']);
    for (const lang of onDemand) {
      expect(cachedStrings(lang), lang).to.equal(undefined);
      // Meanwhile the interface is English, in English's direction.
      expect(uiStrings(lang), lang).to.equal(uiStrings('en'));
      expect(directionOf(lang), lang).to.equal('ltr');
    }
  });

  it('loads a language once, by any of its tags, and keeps it', async () => {
    const [first, second] = await Promise.all([loadStrings('ja-JP'), loadStrings('ja')]);
    expect(first).to.equal(second);
    expect(first.locale).to.equal('ja');
    expect(first.zoomIn).to.equal('拡大');
    expect(cachedStrings('ja')).to.equal(first);
    expect(uiStrings('ja-JP')).to.equal(first);
    expect(await loadStrings('ja')).to.equal(first);
  });

  it('gives the direction of a loaded language', async () => {
    await loadStrings('ar');
    expect(directionOf('ar')).to.equal('rtl');
    expect(uiStrings('ar').dir).to.equal('rtl');
  });

  it('gives English for a language it does not have, and bundled ones at once', async () => {
    expect(await loadStrings('xx')).to.equal(uiStrings('en'));
    expect(await loadStrings('fr-CA')).to.equal(cachedStrings('fr'));
  });

  it('loads every language, each as itself', async () => {
    const all = await Promise.all(languages.map((lang) => loadStrings(lang)));
    all.forEach((strings, i) => expect(resolveLang(strings.locale), languages[i]).to.equal(languages[i]));
  });
});

describe('module structure of the languages', () => {
  it('language files import nothing at run time but their common helpers, which import nothing', async () => {
    // The builds copy the helpers into each language's file (tests/build.test.ts checks the
    // built files), so each loads alone.
    for (const lang of languages) {
      const imported = importsIn(await served(`/src/format/lang/${lang}.ts`));
      expect(
        imported.filter((path) => !/^\.\/common\.(js|ts)$/.test(path)),
        lang,
      ).to.deep.equal([]);
    }
    expect(importsIn(await served('/src/format/lang/common.ts'))).to.deep.equal([]);
  });

  it('the shared types import nothing at run time; only strings.ts imports the languages', async () => {
    expect(importsIn(await served('/src/format/words.ts'))).to.deep.equal([]);
    const imported = importsIn(await served('/src/format/strings.ts'));
    expect(
      imported.every((path) => /^\.\/lang\/[a-z]{2}\.(js|ts)/.test(path)),
      imported.join(', '),
    ).to.equal(true);
    expect(imported).to.have.length(languages.length);
  });
});
