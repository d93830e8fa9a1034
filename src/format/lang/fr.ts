import type { DatePhrase, UiStrings } from '../words.js';
import { counting, rangeNotes } from './common.js';

const LOCALE = 'fr';
const { number, pick, count } = counting(LOCALE);
// French plural rules put 0 and 1 in "one": "0 événement", "1 événement".

/** French typography wants a non-breaking space before ':'. */
const NBSP = '\u00a0';

// A day takes the article ("le 3 mai"), a month or a year does not ("janvier 2023", "2024").
const isDay = (d: DatePhrase): boolean => d.precision === 'day';
const startsWithVowel = (text: string): boolean => /^[aeiouyàâéèêëîïôöûüh]/i.test(text);

/** "du 3 mai", "d’avril 2023", "de janvier 2023", "de 2023". */
const de = (d: DatePhrase): string =>
  isDay(d) ? `du ${d.text}` : startsWithVowel(d.text) ? `d’${d.text}` : `de ${d.text}`;
/** "au 12 juillet", "à juin 2023". */
const a = (d: DatePhrase): string => (isDay(d) ? `au ${d.text}` : `à ${d.text}`);
/** "le 3 mai", "janvier 2023". */
const le = (d: DatePhrase): string => (isDay(d) ? `le ${d.text}` : d.text);

export const strings: UiStrings = {
  locale: LOCALE,
  dir: 'ltr',

  zoomIn: 'Zoom avant',
  zoomOut: 'Zoom arrière',
  zoomControls: 'Commandes de zoom',
  keyboardHelp: 'Les touches plus et moins zooment, 0 montre tout, les flèches se déplacent dans le temps.',
  keyboardHelpGroups: 'Les flèches haut et bas passent d’un groupe à l’autre.',
  fit: 'Tout afficher',
  close: 'Fermer',
  details: 'Détails',
  defaultLabel: 'Chronologie',

  legendTitle: 'Légende',
  legendDate: 'Date',
  legendStatus: 'Statut',
  legendStatusOutline: 'Statut (contour)',
  legendGroups: 'Groupes',
  otherGroup: 'Autres',
  legend: {
    exactDay: 'Jour exact',
    duration: 'Durée',
    window: 'À un moment de la période (date incertaine)',
    fuzzyEdges: 'Bornes approximatives ou incertaines',
  },
  status: {
    confirmed: 'Confirmé',
    reported: 'Rapporté',
    planned: 'Prévu',
  },

  asOf: (date) => `Au ${date}`,
  reportedOn: (date) => `rapporté le ${date}`,
  sourceLabel: `Source${NBSP}:`,
  withPhoto: 'avec photo',
  withVideo: 'avec vidéo',
  withLink: 'avec lien',
  playVideo: (title) => `Lire la vidéo${NBSP}: ${title}`,
  periods: 'Périodes',
  inPeriods: (n, titles) => `${n > 1 ? 'Périodes' : 'Période'}${NBSP}: ${titles}`,

  wheelHint: 'Ctrl + molette pour zoomer',
  wheelHintMac: '⌘ + défilement pour zoomer',
  touchHint: 'Utilisez deux doigts pour zoomer',

  loading: 'Chargement…',
  loadError: 'Impossible de charger la chronologie',
  errors: {
    network: 'erreur réseau',
    httpStatus: (status) => `statut HTTP ${status}`,
    invalidJson: 'JSON non valide',
    badShape: 'les données n’ont pas le format attendu',
    timeout: 'délai d’attente dépassé',
    badUrl: (src) => `l’adresse « ${src} » n’est pas une URL http, https ou relative`,
    tooLarge: (limit) => `le document dépasse ${limit}`,
    tooManyEvents: (limit) => `le document compte plus de ${number(limit)} événements`,
    notATable: (separator, cells) =>
      `ce n’est ni du JSON ni un tableau avec des colonnes «${NBSP}date${NBSP}» et «${NBSP}titre${NBSP}» (sa première ligne, lue avec ${{ ',': 'la virgule', ';': 'le point-virgule', '\t': 'la tabulation' }[separator]} comme séparateur${NBSP}: ${cells.map((cell) => `«${NBSP}${cell}${NBSP}»`).join(', ')})`,
  },
  loadErrorBecause: (reason) => `Impossible de charger la chronologie${NBSP}: ${reason}`,
  retry: 'Réessayer',
  noEvents: 'Aucun événement n’a pu être affiché.',
  moreProblems: (n) => `…et ${count(n, 'autre problème', 'autres problèmes')}`,

  eventCount: (n) => count(n, 'événement', 'événements'),
  hiddenEvents: (n) =>
    `${count(n, 'événement', 'événements')} ${pick(n, 'n’a pas pu être affiché', 'n’ont pas pu être affichés')}`,
  showingRange: (span) => `Affichage${NBSP}: ${span}`,
  selected: (title) => `Sélection${NBSP}: ${title}`,
  selectionCleared: 'Sélection effacée',
  previous: 'Précédent',
  next: 'Suivant',
  position: (n, total) => `${number(n)} sur ${number(total)}`,
  earlier: (n) => count(n, 'événement avant', 'événements avant'),
  later: (n) => count(n, 'événement après', 'événements après'),
  gapLater: (gap) => `${gap} plus tard`,
  eventName: (status, title, date) => `${status}${NBSP}: ${title}, ${date}`,
  cluster: (n, span) => `${count(n, 'événement', 'événements')}, ${span}. Activez pour zoomer.`,

  dates: {
    calendar: {
      months: [
        'janvier',
        'février',
        'mars',
        'avril',
        'mai',
        'juin',
        'juillet',
        'août',
        'septembre',
        'octobre',
        'novembre',
        'décembre',
      ],
      monthsShort: ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.'],
    },
    // The newsroom's own style for ranges within a month: "11-12 juillet 2023".
    rangeDash: '-',
    firstOfMonth: '1er',
    between: (start, end) => `entre ${le(start)} et ${le(end)}`,
    before: (d) => `avant ${le(d)}`,
    after: (d) => `après ${le(d)}`,
    from: (d) => `à partir ${de(d)}`,
    until: (d) => (isDay(d) ? `jusqu’au ${d.text}` : `jusqu’en ${d.text}`),
    span: (start, end) => `${de(start)} ${a(end)}`,
    about: (d) => `vers ${le(d)}`,
    uncertain: (text) => `${text} (date incertaine)`,
    qualifyRange: rangeNotes(
      ' (dates approximatives et incertaines)',
      ' (dates approximatives)',
      ' (dates incertaines)',
    ),
  },
};
