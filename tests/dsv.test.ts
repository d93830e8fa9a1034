import { expect } from '@open-wc/testing';
import { csvParseRows, tsvParseRows } from 'd3-dsv';
import fc from 'fast-check';
import { parseDsv } from '../src/model/dsv.js';

describe('CSV and TSV parsing (held to d3-dsv)', () => {
  const cases: [string, string][] = [
    ['plain', 'date,title\n2023-05-03,Nikkei reveals the plan\n'],
    ['quoted delimiter', 'date,title\n2023-05-03,"Tokyo, Japan"'],
    ['embedded newline', 'date,description\n2023-05-03,"first line\nsecond line"\n2024,x'],
    ['embedded quotes', 'title\n"He said ""no"""\n'],
    ['CRLF', 'date,title\r\n2023-05-03,A\r\n2024,B\r\n'],
    ['lone CR', 'date,title\r2023,A\r2024,B'],
    ['empty cells', 'a,b,c\n,,\n1,,3\n,2,'],
    ['empty line inside', 'a,b\n\n1,2\n'],
    ['trailing delimiter', 'a,b,\n1,2,\n'],
    ['quoted empty', 'a,b\n"",""\n'],
    ['quote then text', 'a,b\n"x"y,z\n'],
    ['unclosed quote', 'a,b\n"never closed,1\n2,3'],
    ['two trailing newlines', 'a\n1\n\n'],
    ['only a newline', '\n'],
    ['empty', ''],
  ];
  for (const [name, text] of cases) {
    it(`reads ${name} as d3-dsv does`, () => {
      expect(parseDsv(text, ',').rows).to.deep.equal(csvParseRows(text));
      const tsv = text.replaceAll(',', '\t');
      expect(parseDsv(tsv, '\t').rows).to.deep.equal(tsvParseRows(tsv));
    });
  }

  it('drops a byte-order mark, which d3-dsv would keep in the first header', () => {
    const text = 'date,title\n2023,A';
    expect(parseDsv('\uFEFF' + text, ',').rows).to.deep.equal(csvParseRows(text));
    expect(parseDsv('\uFEFF' + text, ',').rows[0]![0]).to.equal('date');
  });

  it('agrees with d3-dsv on any text made of quotes, separators, line breaks and letters', () => {
    const pieces = fc.constantFrom('"', ',', '\t', '\n', '\r', '\r\n', 'a', 'b', ' ', '""', 'é');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        expect(parseDsv(text, ',').rows).to.deep.equal(csvParseRows(text));
        expect(parseDsv(text, '\t').rows).to.deep.equal(tsvParseRows(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('knows where each row starts, past quoted line breaks', () => {
    const text = 'a,b\n"1\n2",3\r\n4,5';
    const { starts } = parseDsv(text, ',');
    expect(starts).to.deep.equal([0, 4, 13]);
    expect(text.slice(starts[2])).to.equal('4,5');
  });
});
