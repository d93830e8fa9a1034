/**
 * Label widths: measured once per text in the labels' font, and kept within a bound.
 */
import { expect } from '@open-wc/testing';
import { KEPT_WIDTHS, LabelWidths } from '../src/layout/label-widths.js';

function counting() {
  const measured: string[] = [];
  const widths = new LabelWidths(
    () => '13px sans-serif',
    (text) => {
      measured.push(text);
      return text.length * 7;
    },
  );
  return { widths, measured };
}

describe('label widths', () => {
  it('measures a text once in the font, padding included, and reuses the width', () => {
    const { widths, measured } = counting();
    expect(widths.measure('Vilnius summit')).to.equal(14 * 7 + 4);
    expect(widths.measure('Vilnius summit')).to.equal(14 * 7 + 4);
    expect(measured).to.deep.equal(['Vilnius summit']);
  });

  it('keeps no more than its bound of widths, however many texts a long reading cuts', () => {
    const { widths, measured } = counting();
    widths.measure('first');
    for (let i = 0; i < KEPT_WIDTHS + 10; i++) widths.measure(`start ${i}`);
    // The first width was let go with the rest when the bound was reached: measured anew.
    widths.measure('first');
    expect(measured.filter((text) => text === 'first')).to.have.length(2);
    // What came after the bound is kept.
    const count = measured.length;
    widths.measure(`start ${KEPT_WIDTHS + 9}`);
    expect(measured).to.have.length(count);
  });
});
