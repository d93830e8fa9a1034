import { expect } from '@open-wc/testing';
import { csvParseRows, dsvFormat, tsvParseRows } from 'd3-dsv';
import fc from 'fast-check';
import { parseDsv, sniffSeparator } from '../src/model/dsv.js';

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

  it('agrees with d3-dsv on any text made of quotes, the three separators, line breaks and letters', () => {
    const pieces = fc.constantFrom('"', ',', ';', '\t', '\n', '\r', '\r\n', 'a', 'b', ' ', '""', 'é');
    const semicolons = dsvFormat(';');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        expect(parseDsv(text, ',').rows).to.deep.equal(csvParseRows(text));
        expect(parseDsv(text, '\t').rows).to.deep.equal(tsvParseRows(text));
        expect(parseDsv(text, ';').rows).to.deep.equal(semicolons.parseRows(text));
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

describe('the separator, told from the header row', () => {
  it('is a comma, a semicolon or a tab, whichever separates the header', () => {
    expect(sniffSeparator('date,titre,statut\n2023,A,confirmé')).to.equal(',');
    expect(sniffSeparator('date;titre;statut\n2023;A;confirmé')).to.equal(';');
    expect(sniffSeparator('date\ttitre\tstatut\n2023\tA\tconfirmé')).to.equal('\t');
    expect(sniffSeparator('date;titre\r\n2023;A')).to.equal(';');
  });

  it('does not count separators inside quoted header cells, line breaks included', () => {
    expect(sniffSeparator('"date;heure",titre\n2023,A')).to.equal(',');
    expect(sniffSeparator('"date, heure";"titre, court";statut\n2023;A;B')).to.equal(';');
    expect(sniffSeparator('"a ""quoted"", one";b;c')).to.equal(';');
    expect(sniffSeparator('"two\nlines,";b;c\n1,2,3,4,5')).to.equal(';');
  });

  it('looks at the header only: semicolons in quoted cells and decimal commas in the rows do not count', () => {
    expect(sniffSeparator('date,title\n2023-05-03,"Tokyo; Japan; NATO; office"')).to.equal(',');
    const semicolons = 'date;titre;montant\n2023-05-03;Budget;1,5\n2024;Autre;2,75\n';
    expect(sniffSeparator(semicolons)).to.equal(';');
    expect(parseDsv(semicolons, ';').rows[1]).to.deep.equal(['2023-05-03', 'Budget', '1,5']);
  });

  it('skips a byte-order mark', () => {
    expect(sniffSeparator('\uFEFFdate;titre\n2023;A')).to.equal(';');
    expect(parseDsv('\uFEFFdate;titre\n2023;A', ';').rows[0]).to.deep.equal(['date', 'titre']);
  });

  it('keeps the preferred separator when the header has none, or ties', () => {
    expect(sniffSeparator('date')).to.equal(',');
    expect(sniffSeparator('date', '\t')).to.equal('\t');
    expect(sniffSeparator('')).to.equal(',');
    expect(sniffSeparator('date;titre,statut')).to.equal(',');
    expect(sniffSeparator('date;titre,statut', ';')).to.equal(';');
    expect(sniffSeparator('date\ttitre;x\ty', ',')).to.equal('\t');
  });
});
