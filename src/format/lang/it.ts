import type { DatePhrase, UiStrings } from '../words.js';
import { counting, rangeNotes } from './common.js';

const LOCALE = 'it';
const { plural, number, count } = counting(LOCALE);
const events = (n: number): string => count(n, 'evento', 'eventi');

// A day or a year takes the article ("il 3 maggio", "il 2024", "l’8 luglio"); a month
// with its year does not ("gennaio 2023"). The article merges with the preposition.
const article = (d: DatePhrase): '' | 'il ' | 'l’' =>
  d.precision === 'month' ? '' : /^(8|11)\b/.test(d.text) ? 'l’' : 'il ';
const the = (d: DatePhrase): string => article(d) + d.text;
/** "del", "dal", "al" (or "dell’", "dall’", "all’") before a day or a year, the bare preposition before a month. */
const merged = (preposition: 'di' | 'da' | 'a', d: DatePhrase): string => {
  const a = article(d);
  if (!a) return `${preposition} ${d.text}`;
  const stem = preposition === 'di' ? 'de' : preposition;
  return `${stem}${a === 'il ' ? 'l ' : 'll’'}${d.text}`;
};

export const strings: UiStrings = {
  locale: LOCALE,
  dir: 'ltr',

  zoomIn: 'Ingrandisci',
  zoomOut: 'Riduci',
  zoomControls: 'Comandi dello zoom',
  keyboardHelp: 'I tasti più e meno regolano lo zoom, 0 mostra tutto, le frecce spostano nel tempo.',
  keyboardHelpGroups: 'Le frecce su e giù passano da un gruppo all’altro.',
  fit: 'Mostra tutto',
  close: 'Chiudi',
  details: 'Dettagli',
  defaultLabel: 'Cronologia',

  legendTitle: 'Legenda',
  legendDate: 'Data',
  legendStatus: 'Stato',
  legendStatusOutline: 'Stato (contorno)',
  legendGroups: 'Gruppi',
  otherGroup: 'Altro',
  legend: {
    exactDay: 'Giorno preciso',
    duration: 'Durata',
    window: 'In un momento del periodo (data incerta)',
    fuzzyEdges: 'Limiti approssimativi o incerti',
  },
  status: {
    confirmed: 'Confermato',
    reported: 'Secondo fonti di stampa',
    planned: 'Previsto',
  },

  asOf: (date) => `Aggiornato al ${date}`,
  reportedOn: (date) => `come riportato il ${date}`,
  sourceLabel: 'Fonte:',

  withPhoto: 'con foto',
  withVideo: 'con video',
  withLink: 'con link',
  playVideo: (title) => `Riproduci il video: ${title}`,
  periods: 'Periodi',
  inPeriods: (n, titles) => `${n > 1 ? 'Periodi' : 'Periodo'}: ${titles}`,

  wheelHint: 'Ctrl + rotellina per lo zoom',
  wheelHintMac: '⌘ + scorrimento per lo zoom',
  touchHint: 'Usa due dita per lo zoom',

  loading: 'Caricamento…',
  loadError: 'Impossibile caricare la cronologia',
  errors: {
    network: 'errore di rete',
    httpStatus: (status) => `stato HTTP ${status}`,
    invalidJson: 'JSON non valido',
    badShape: 'i dati non sono nel formato previsto',
    timeout: 'la richiesta ha superato il tempo massimo',
    badUrl: (src) => `l’indirizzo «${src}» non è un URL http, https o relativo`,
    tooLarge: (limit) => `il documento supera ${limit}`,
    tooManyEvents: (limit) => `il documento contiene più di ${number(limit)} eventi`,
    notATable: (separator, cells) =>
      `non è né JSON né una tabella con le colonne «date» e «title» (la prima riga, letta con ${{ ',': 'la virgola', ';': 'il punto e virgola', '\t': 'la tabulazione' }[separator]} come separatore: ${cells.map((cell) => `«${cell}»`).join(', ')})`,
  },
  loadErrorBecause: (reason) => `Impossibile caricare la cronologia: ${reason}`,
  retry: 'Riprova',
  noEvents: 'Non è stato possibile mostrare alcun evento.',
  moreProblems: (n) => (plural(n) === 'one' ? '…e un altro problema' : `…e altri ${number(n)} problemi`),

  eventCount: events,
  hiddenEvents: (n) => `Non è stato possibile mostrare ${events(n)}`,
  showingRange: (span) => `Periodo mostrato: ${span}`,
  selected: (title) => `Selezionato: ${title}`,
  selectionCleared: 'Selezione annullata',
  previous: 'Precedente',
  next: 'Successivo',
  position: (n, total) => `${number(n)} di ${number(total)}`,
  earlier: (n) => `${events(n)} prima`,
  later: (n) => `${events(n)} dopo`,
  gapLater: (gap) => `${gap} dopo`,
  eventName: (status, title, date) => `${status}: ${title}, ${date}`,
  cluster: (n, span) => `${events(n)}, ${span}. Attiva per ingrandire.`,

  dates: {
    calendar: {
      months: [
        'gennaio',
        'febbraio',
        'marzo',
        'aprile',
        'maggio',
        'giugno',
        'luglio',
        'agosto',
        'settembre',
        'ottobre',
        'novembre',
        'dicembre',
      ],
      monthsShort: ['gen', 'feb', 'mar', 'apr', 'mag', 'giu', 'lug', 'ago', 'set', 'ott', 'nov', 'dic'],
    },
    firstOfMonth: '1º',
    between: (start, end) => `tra ${the(start)} e ${the(end)}`,
    before: (d) => `prima ${merged('di', d)}`,
    after: (d) => `dopo ${the(d)}`,
    from: (d) => `a partire ${merged('da', d)}`,
    until: (d) => `fino ${merged('a', d)}`,
    span: (start, end) => `${merged('da', start)} ${merged('a', end)}`,
    about: (d) => `intorno ${merged('a', d)}`,
    uncertain: (text) => `${text} (data incerta)`,
    qualifyRange: rangeNotes(' (date approssimative e incerte)', ' (date approssimative)', ' (date incerte)'),
  },
};
