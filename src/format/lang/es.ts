import type { DatePhrase, UiStrings } from '../words.js';
import { counting, rangeNotes } from './common.js';

const LOCALE = 'es';
const { number, pick, count } = counting(LOCALE);
// Spanish also has "many" (1 000 000 → "1 millón de eventos"); we only need one/other.

// A day takes the article ("el 3 de mayo", "del", "al"), a month or a year does not.
const isDay = (d: DatePhrase): boolean => d.precision === 'day';
const el = (d: DatePhrase): string => (isDay(d) ? `el ${d.text}` : d.text);
const del = (d: DatePhrase): string => (isDay(d) ? `del ${d.text}` : `de ${d.text}`);
const al = (d: DatePhrase): string => (isDay(d) ? `al ${d.text}` : `a ${d.text}`);

export const strings: UiStrings = {
  locale: LOCALE,
  dir: 'ltr',

  zoomIn: 'Acercar',
  zoomOut: 'Alejar',
  zoomControls: 'Controles de zoom',
  keyboardHelp: 'Las teclas más y menos hacen zoom, 0 muestra todo, las flechas se desplazan en el tiempo.',
  keyboardHelpGroups: 'Las flechas arriba y abajo pasan de un grupo a otro.',
  fit: 'Ver todo',
  close: 'Cerrar',
  details: 'Detalles',
  defaultLabel: 'Cronología',

  legendTitle: 'Leyenda',
  legendDate: 'Fecha',
  legendStatus: 'Estado',
  legendStatusOutline: 'Estado (contorno)',
  legendGroups: 'Grupos',
  otherGroup: 'Otros',
  legend: {
    exactDay: 'Día exacto',
    duration: 'Duración',
    window: 'En algún momento del periodo (fecha incierta)',
    fuzzyEdges: 'Límites aproximados o inciertos',
  },
  status: {
    confirmed: 'Confirmado',
    reported: 'Informado',
    planned: 'Previsto',
  },

  asOf: (date) => `A fecha de ${date}`,
  reportedOn: (date) => `según lo publicado el ${date}`,
  sourceLabel: 'Fuente:',
  withPhoto: 'con foto',
  withVideo: 'con vídeo',
  withLink: 'con enlace',
  playVideo: (title) => `Reproducir vídeo: ${title}`,
  periods: 'Periodos',
  inPeriods: (n, titles) => `${n > 1 ? 'Periodos' : 'Periodo'}: ${titles}`,

  wheelHint: 'Ctrl + desplazamiento para hacer zoom',
  wheelHintMac: '⌘ + desplazamiento para hacer zoom',
  touchHint: 'Usa dos dedos para hacer zoom',

  loading: 'Cargando…',
  loadError: 'No se pudo cargar la cronología',
  errors: {
    network: 'error de red',
    httpStatus: (status) => `estado HTTP ${status}`,
    invalidJson: 'JSON no válido',
    badShape: 'los datos no tienen el formato esperado',
    timeout: 'se agotó el tiempo de espera',
    badUrl: (src) => `la dirección «${src}» no es una URL http, https o relativa`,
    tooLarge: (limit) => `el documento supera los ${limit}`,
    tooManyEvents: (limit) => `el documento tiene más de ${number(limit)} eventos`,
    notATable: (separator, cells) =>
      `no es JSON ni una tabla con columnas «date» y «title» (su primera línea, leída con ${{ ',': 'la coma', ';': 'el punto y coma', '\t': 'el tabulador' }[separator]} como separador: ${cells.map((cell) => `«${cell}»`).join(', ')})`,
  },
  loadErrorBecause: (reason) => `No se pudo cargar la cronología: ${reason}`,
  retry: 'Reintentar',
  noEvents: 'No se pudo mostrar ningún evento.',
  moreProblems: (n) => `…y ${count(n, 'problema más', 'problemas más')}`,

  eventCount: (n) => count(n, 'evento', 'eventos'),
  hiddenEvents: (n) => `${count(n, 'evento', 'eventos')} ${pick(n, 'no se pudo mostrar', 'no se pudieron mostrar')}`,
  showingRange: (span) => `Mostrando ${span}`,
  selected: (title) => `Seleccionado: ${title}`,
  selectionCleared: 'Selección borrada',
  previous: 'Anterior',
  next: 'Siguiente',
  position: (n, total) => `${number(n)} de ${number(total)}`,
  earlier: (n) => count(n, 'suceso anterior', 'sucesos anteriores'),
  later: (n) => count(n, 'suceso posterior', 'sucesos posteriores'),
  gapLater: (gap) => `${gap} después`,
  eventName: (status, title, date) => `${status}: ${title}, ${date}`,
  cluster: (n, span) => `${count(n, 'evento', 'eventos')}, ${span}. Actívalo para acercar.`,

  dates: {
    calendar: {
      months: [
        'enero',
        'febrero',
        'marzo',
        'abril',
        'mayo',
        'junio',
        'julio',
        'agosto',
        'septiembre',
        'octubre',
        'noviembre',
        'diciembre',
      ],
      monthsShort: ['ene', 'feb', 'mar', 'abr', 'may', 'jun', 'jul', 'ago', 'sept', 'oct', 'nov', 'dic'],
      patterns: {
        y: '{y}',
        yMMMM: '{MMMM} de {y}',
        yMMMMd: '{d} de {MMMM} de {y}',
        MMMMd: '{d} de {MMMM}',
        MMM: '{MMM}',
        yMMM: '{MMM} {y}',
        yMMMd: '{d} {MMM} {y}',
        MMMd: '{d} {MMM}',
      },
    },
    between: (start, end) => `entre ${el(start)} y ${el(end)}`,
    before: (d) => `antes ${del(d)}`,
    after: (d) => `después ${del(d)}`,
    from: (d) => `desde ${el(d)}`,
    until: (d) => `hasta ${el(d)}`,
    span: (start, end) => `${del(start)} ${al(end)}`,
    about: (d) => `hacia ${el(d)}`,
    uncertain: (text) => `${text} (fecha incierta)`,
    qualifyRange: rangeNotes(' (fechas aproximadas e inciertas)', ' (fechas aproximadas)', ' (fechas inciertas)'),
  },
};
