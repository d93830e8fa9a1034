import { expect } from '@open-wc/testing';
import { html, render } from 'lit';
import { inlineStyle, ownedStyle } from '../src/directives/inline-style.js';

describe('style directives (CSSOM only, CSP-safe)', () => {
  it('inlineStyle sets, updates and removes its own properties and leaves others alone', () => {
    const host = document.createElement('div');
    const draw = (properties: Record<string, string | undefined>) =>
      render(html`<div ${inlineStyle(properties)}></div>`, host);
    draw({ left: '1px', width: '2px' });
    const element = host.firstElementChild as HTMLElement;
    expect(element.style.left).to.equal('1px');
    expect(element.style.width).to.equal('2px');
    element.style.setProperty('touch-action', 'pan-y');
    draw({ left: '3px', width: undefined });
    expect(element.style.left).to.equal('3px');
    expect(element.style.width).to.equal('');
    expect(element.style.touchAction, 'a property set by someone else').to.equal('pan-y');
    expect(element.hasAttribute('style') && element.getAttribute('style')!.includes('width')).to.equal(false);
  });

  it('ownedStyle replaces the whole declaration, custom properties included', () => {
    const host = document.createElement('div');
    const draw = (text: string) => render(html`<div ${ownedStyle(text)}></div>`, host);
    draw('left:1px;--_mark-left:4px');
    const element = host.firstElementChild as HTMLElement;
    expect(element.style.left).to.equal('1px');
    expect(element.style.getPropertyValue('--_mark-left')).to.equal('4px');
    draw('top:2px');
    expect(element.style.left).to.equal('');
    expect(element.style.top).to.equal('2px');
    expect(element.style.getPropertyValue('--_mark-left')).to.equal('');
  });

  it('both refuse attribute or text positions with a clear message', () => {
    const host = document.createElement('div');
    expect(() => render(html`<div style=${inlineStyle({ left: '1px' })}></div>`, host)).to.throw(/element position/);
    expect(() => render(html`<div>${ownedStyle('left:1px')}</div>`, host)).to.throw(/element position/);
  });
});
