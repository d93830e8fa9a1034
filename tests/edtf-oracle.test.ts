import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import edtf from 'edtf';

describe('probe', () => {
  it('loads', () => {
    const d = edtf('2023-04');
    console.log(d.type, d.min, d.max, fc.sample(fc.integer(), 2));
    expect(d.type).to.equal('Date');
  });
});
