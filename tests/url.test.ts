import { expect } from '@open-wc/testing';
import { httpUrl } from '../src/model/url.js';
import { storyUrl } from '../src/data/fetch-story.js';
import { parseRichText } from '../src/model/rich-text.js';

describe('httpUrl: the one address check', () => {
  it('keeps absolute http and https addresses', () => {
    expect(httpUrl('https://example.org/a?b=1')?.href).to.equal('https://example.org/a?b=1');
    expect(httpUrl('HTTP://Example.org')?.href).to.equal('http://example.org/');
  });

  it('drops other schemes and text that is no address', () => {
    for (const text of [
      'javascript:alert(1)',
      'data:text/html,x',
      'file:///etc/passwd',
      'ftp://x.org',
      'not a url',
      '',
    ]) {
      expect(httpUrl(text), text).to.equal(undefined);
    }
  });

  it('drops relative addresses without a base and resolves them against one', () => {
    expect(httpUrl('story.json')).to.equal(undefined);
    expect(httpUrl('/data/story.json', 'https://news.example/page')?.href).to.equal(
      'https://news.example/data/story.json',
    );
    expect(httpUrl('javascript:alert(1)', 'https://news.example/')).to.equal(undefined);
  });

  it('keeps each caller as it was: relative src fetched, relative links in text not made links', () => {
    expect(storyUrl('story.json', 'https://news.example/a/')?.href).to.equal('https://news.example/a/story.json');
    const [paragraph] = parseRichText('[here](https://a.example/x) and [there](/x)');
    const links = JSON.stringify(paragraph);
    expect(links).to.contain('https://a.example/x');
    expect(links).not.to.contain('"/x"');
  });
});
