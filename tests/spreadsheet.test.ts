import { expect } from '@open-wc/testing';
import { readAuthored } from '../src/model/authoring.js';
import { normalizeStory } from '../src/model/normalize.js';
import { zoneNamed } from '../src/model/time-zone.js';
import { textKind } from '../src/model/reading.js';

/** What the element does with a table: read it, then normalise and merge the problems. */
function story(text: string, kind: 'csv' | 'tsv' = 'csv') {
  const reading = readAuthored({ kind, text });
  return { reading, story: reading.finish(normalizeStory(reading.document, { zone: zoneNamed('UTC') })) };
}

describe('spreadsheets: our columns', () => {
  it('reads every column in English, into our JSON format', () => {
    const { reading, story: result } = story(
      [
        'Date,Title,Description,Status,Display date,Source,Source URL,ID,Tags,Group,Media,Media alt,Media caption,Media credit,Type',
        ',NATO in Tokyo,The plan for an office,,,,,,,,,,,,title',
        '2023-05-03,Nikkei reveals the plan,"A liaison office, NATO\'s first in Asia",reported,3 May,Nikkei,https://news.example.org/a,nikkei-leak,"nato, japan",Press,https://img.example.org/a.jpg,The office,Tokyo,Photo agency,event',
        '2023-01/2023-07,Negotiations,,,,,,,,,,,,,era',
      ].join('\n'),
    );
    expect(reading.document).to.deep.equal({
      title: 'NATO in Tokyo',
      summary: 'The plan for an office',
      events: [
        {
          date: '2023-05-03',
          title: 'Nikkei reveals the plan',
          id: 'nikkei-leak',
          displayDate: '3 May',
          description: "A liaison office, NATO's first in Asia",
          group: 'press',
          status: 'reported',
          source: { name: 'Nikkei', url: 'https://news.example.org/a' },
          tags: ['nato', 'japan'],
          media: { url: 'https://img.example.org/a.jpg', alt: 'The office', caption: 'Tokyo', credit: 'Photo agency' },
        },
      ],
      eras: [{ date: '2023-01/2023-07', title: 'Negotiations' }],
      groups: [{ id: 'press', title: 'Press' }],
    });
    expect(result.title).to.equal('NATO in Tokyo');
    expect(result.events.map((event) => event.id)).to.deep.equal(['nikkei-leak']);
    expect(result.events[0]!.status).to.equal('reported');
    expect(result.problems).to.deep.equal([]);
  });

  it('reads French headers and values, whatever their case and accents', () => {
    const { reading, story: result } = story(
      [
        'date,titre,statut,date affichée,source,url de la source,étiquettes,groupe,média,texte alternatif du média,légende du média,crédit du média,type',
        '2023-04,Un projet circule,signalé,avril 2023,Nikkei,https://news.example.org/b,"otan, japon",Diplomatie,https://img.example.org/b.jpg,Le siège,Bruxelles,AFP,Événement',
        '2024,Ouverture du bureau,PRÉVU,,,,,,,,,,événement',
        '2023-01/2023-12,Négociations,,,,,,,,,,,période',
        ',Le bureau de l’OTAN à Tokyo,,,,,,,,,,,Titre',
      ].join('\n'),
    );
    expect(result.title).to.equal('Le bureau de l’OTAN à Tokyo');
    const [draft, opening] = result.events;
    expect(draft!.title).to.equal('Un projet circule');
    expect(draft!.status).to.equal('reported');
    expect(draft!.displayDate).to.equal('avril 2023');
    expect(draft!.source).to.deep.equal({ name: 'Nikkei', url: 'https://news.example.org/b' });
    expect(draft!.tags).to.deep.equal(['otan', 'japon']);
    expect(opening!.status).to.equal('planned');
    expect(reading.document.events[0]!.media).to.deep.equal({
      url: 'https://img.example.org/b.jpg',
      alt: 'Le siège',
      caption: 'Bruxelles',
      credit: 'AFP',
    });
    expect(reading.document.eras).to.deep.equal([{ date: '2023-01/2023-12', title: 'Négociations' }]);
    expect(result.problems).to.deep.equal([]);
  });

  it('accepts "lien de la source" and upper-case, accent-free headers', () => {
    const { story: result } = story(
      'DATE,TITRE,SOURCE,LIEN DE LA SOURCE,ETIQUETTES\n2023-05-03,A,Nikkei,https://x.example/,"a,b"',
    );
    expect(result.events[0]!.source).to.deep.equal({ name: 'Nikkei', url: 'https://x.example/' });
    expect(result.events[0]!.tags).to.deep.equal(['a', 'b']);
  });

  it('names unknown columns once, and problems by the row a spreadsheet shows and the column', () => {
    const { story: result } = story(
      [
        'date,title,colour,notes,type',
        '2023-05-03,Fine,red,x,',
        ',,,,',
        '2023-13-01,Bad month,blue,,',
        '2023-05-04,,,,',
        '2023-05-05,Odd type,,,meeting',
        '2023-05-06,Odd status,,,',
      ].join('\r\n') + '\r\n',
    );
    const messages = result.problems.map((problem) => problem.message);
    expect(messages[0]).to.equal(
      'Row 1: these columns are "colour" (column C), "notes" (column D) are not read and were ignored',
    );
    expect(messages.filter((message) => message.includes('colour'))).to.have.length(1);
    expect(
      messages.some((message) => /^Row 4 \("Bad month"\): Unreadable date "2023-13-01"/.test(message)),
      messages.join('\n'),
    ).to.equal(true);
    expect(messages).to.include('Row 5 has no title');
    expect(messages).to.include(
      'Row 6, column type (E): unknown type "meeting"; read as an event (use event, era or title)',
    );
    expect(result.problems.map((problem) => problem.row)).to.deep.equal([1, 4, 5, 6]);
    expect(result.events.map((event) => event.title)).to.deep.equal(['Fine', 'Odd type', 'Odd status']);
  });

  it('reads no row of a table whose header lacks date or title, and says how the header was split', () => {
    const { reading, story: result } = story('when,title\n2023,A');
    expect(reading.notATable).to.deep.equal({ separator: ',', cells: ['when', 'title'] });
    expect(reading.document.events).to.deep.equal([]);
    expect(result.problems.map((problem) => [problem.row, problem.message])).to.deep.equal([
      [
        1,
        'Row 1: read as comma-separated, the header has no date column (nor TimelineJS\'s Year and Headline); its cells: "when", "title"',
      ],
    ]);
  });

  it('says so of text that is no table at all, showing its first line cut short', () => {
    const { reading, story: result } = story('This is { not json');
    expect(reading.notATable).to.deep.equal({ separator: ',', cells: ['This is { not json'] });
    expect(result.problems[0]!.message).to.equal(
      'Row 1: read as comma-separated, the header has no date and no title column (nor TimelineJS\'s Year and Headline); its cells: "This is { not json"',
    );
    const long = story(`${'x'.repeat(60)}|b|c,2,3,4,5,6,7,8\nmore`).reading.notATable!;
    expect(long.cells).to.have.length(6);
    expect(long.cells[0]).to.equal(`${'x'.repeat(39)}…`);
    expect(story('date|titre|statut').story.problems[0]!.message).to.contain(
      'read as comma-separated, the header has no date and no title column',
    );
  });

  it('reads what Excel writes as CSV in French: semicolons, a BOM, CRLF and decimal commas', () => {
    const { reading, story: result } = story(
      '\uFEFFDate;Titre;Statut;Description\r\n' +
        '2023-04;Un projet circule;signalé;"Budget : 1,5 million; selon le Nikkei"\r\n' +
        '2023-05-03;Le Nikkei révèle le projet;confirmé;Un bureau, le premier en Asie\r\n' +
        '2024;Ouverture du bureau;prévu;12,5 %\r\n',
    );
    expect(reading.notATable).to.equal(undefined);
    expect(result.problems).to.deep.equal([]);
    expect(result.events.map((event) => [event.title, event.status, event.description])).to.deep.equal([
      ['Un projet circule', 'reported', 'Budget : 1,5 million; selon le Nikkei'],
      ['Le Nikkei révèle le projet', 'confirmed', 'Un bureau, le premier en Asie'],
      ['Ouverture du bureau', 'planned', '12,5 %'],
    ]);
    expect(reading.starts).to.have.length(4);
  });

  it('reads a tab-separated text as TSV even when told it is CSV, and a comma one given as TSV as CSV', () => {
    expect(story('date\ttitle\n2023\tA, B').story.events.map((event) => event.title)).to.deep.equal(['A, B']);
    expect(story('date,title\n2023,A', 'tsv').story.events.map((event) => event.title)).to.deep.equal(['A']);
  });

  it('reads TSV, as pasted from a spreadsheet, with a BOM and embedded newlines', () => {
    const { story: result } = story('\uFEFFDate\tTitle\tDescription\n2023-05-03\tA\t"two\nlines"\n2024\tB\t', 'tsv');
    expect(result.events.map((event) => [event.title, event.description])).to.deep.equal([
      ['A', 'two\nlines'],
      ['B', undefined],
    ]);
  });

  it('tells the kind by content type, else extension, else the first characters', () => {
    expect(textKind('text/csv; charset=utf-8', '/data', '{')).to.equal('csv');
    expect(textKind('text/tab-separated-values', '/data.json', '{')).to.equal('tsv');
    expect(textKind('application/json', '/data.csv', 'a,b')).to.equal('json');
    expect(textKind('text/plain', '/sheet.CSV', '{')).to.equal('csv');
    expect(textKind(null, '/sheet.tsv', 'a,b')).to.equal('tsv');
    expect(textKind('text/plain', '/pub', '\uFEFF  {"events": []}')).to.equal('json');
    expect(textKind('text/plain', '/pub', '[]')).to.equal('json');
    expect(textKind('text/plain', '/pub', 'date\ttitle\n2023\tA')).to.equal('tsv');
    expect(textKind('text/plain', '/pub', 'date,title\n2023,"A\tB"')).to.equal('csv');
  });
});

describe('spreadsheets: the TimelineJS template', () => {
  async function template(name: string) {
    const text = await (await fetch(`/tests/data/timelinejs/${name}`)).text();
    return story(text);
  }

  it("reads TimelineJS's sample sheet: every event, at its precision, with what was not carried over", async () => {
    const { reading, story: result } = await template('women_in_computing.csv');
    expect(result.title).to.equal('Women in Computing');
    expect(reading.document.summary).to.match(/^In this sample timeline, we’ll walk you through/);
    // 10 event rows after the title row, none lost.
    expect(reading.document.events).to.have.length(10);
    expect(result.events).to.have.length(10);
    const byTitle = new Map(result.events.map((event) => [event.title, event]));
    expect(byTitle.get('Ada Lovelace')!.dateText).to.equal('1815-12-10/1852-11-27');
    expect(byTitle.get('...And the women who made it work')!.dateText).to.equal('1943-07/1946');
    expect(byTitle.get('Rózsa Péter writes recursion')!.dateText).to.equal('1951');
    expect(byTitle.get('Rózsa Péter writes recursion')!.date.precision).to.equal('year');
    const ada = reading.document.events.find((event) => event.title === 'Ada Lovelace')!;
    expect(ada.description).to.equal(
      'Women have been programming since before it was a thing. Take [Ada Lovelace](https://en.wikipedia.org/wiki/Ada_Lovelace): Daughter of Lord Byron, she\'s often credited as the first computer programmer. Her work on [Charles Babbage\'s Analytical Engine](https://en.wikipedia.org/wiki/Analytical_Engine) contains notes of the first machine-implemented algorithm.\n\nThis slide demonstrates a simple "image" media type.',
    );
    expect(ada.media).to.deep.equal({
      url: 'https://upload.wikimedia.org/wikipedia/commons/thumb/a/a4/Ada_Lovelace_portrait.jpg/713px-Ada_Lovelace_portrait.jpg',
      caption: 'Portrait by Alfred Edward Chalon',
      credit: 'Wikimedia Commons',
    });
    const messages = result.problems.map((problem) => problem.message);
    expect(messages).to.include(
      'Row 2, column Background (R): the background cannot be shown here and was not carried over',
    );
    expect(messages).to.include(
      'Row 5, column Background (R): the background cannot be shown here and was not carried over',
    );
    expect(messages).to.include(
      'Row 4, column Media (L): the media is HTML (a quote or an embed code), not an address, and was not carried over',
    );
    expect(result.problems.every((problem) => problem.row !== undefined && /^Row \d+/.test(problem.message))).to.equal(
      true,
    );
  });

  it('reads the "make your own" template CSV, every event within range', async () => {
    const { reading, story: result } = await template('my-own-timeline.csv');
    expect(result.title).to.equal('MY OWN CSV');
    expect(result.events.length).to.equal(reading.document.events.length);
    expect(result.events.length).to.be.greaterThan(8);
  });

  it("reads a Time column as a time of day (in the element's zone), and Type era and Group", () => {
    const { reading, story: result } = story(
      [
        'Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background',
        '2023,5,3,14:05,,,,,,The leak,<p>One</p><p>Two <em>three</em> <b>four</b></p>,,,,https://t.example/x.jpg,,Press,',
        '2023,1,,,2023,7,,,Spring talks,Talks,,,,,,era,,',
      ].join('\n'),
    );
    expect(result.events[0]!.dateText).to.equal('2023-05-03T14:05');
    expect(result.events[0]!.date.precision).to.equal('minute');
    expect(reading.document.events[0]!.description).to.equal('One\n\nTwo *three* **four**');
    expect(reading.document.events[0]!.group).to.equal('press');
    expect(reading.document.groups).to.deep.equal([{ id: 'press', title: 'Press' }]);
    expect(reading.document.eras).to.deep.equal([{ date: '2023-01/2023-07', title: 'Talks' }]);
    expect(result.problems.map((problem) => problem.message)).to.deep.equal([
      'Row 2, column Media Thumbnail (O): the media thumbnail is not used (the media itself is)',
    ]);
  });
});
