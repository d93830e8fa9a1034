import type { UiStrings } from '../words.js';
import { counting, rangeNotes } from './common.js';

// Brazilian Portuguese, the larger readership; dates read the same in Portugal.
const LOCALE = 'pt';
const { number, pick, count } = counting(LOCALE);
const events = (n: number): string => count(n, 'evento', 'eventos');

export const strings: UiStrings = {
  locale: LOCALE,
  dir: 'ltr',

  zoomIn: 'Ampliar',
  zoomOut: 'Reduzir',
  zoomControls: 'Controles de zoom',
  keyboardHelp: 'As teclas mais e menos ajustam o zoom, 0 mostra tudo, as setas avançam ou recuam no tempo.',
  keyboardHelpGroups: 'As setas para cima e para baixo passam de um grupo a outro.',
  fit: 'Mostrar tudo',
  close: 'Fechar',
  details: 'Detalhes',
  defaultLabel: 'Linha do tempo',

  legendTitle: 'Legenda',
  legendDate: 'Data',
  legendStatus: 'Estado',
  legendStatusOutline: 'Estado (contorno)',
  legendGroups: 'Grupos',
  otherGroup: 'Outros',
  legend: {
    exactDay: 'Dia exato',
    duration: 'Duração',
    window: 'Em algum momento do período (data incerta)',
    fuzzyEdges: 'Limites aproximados ou incertos',
  },
  status: {
    confirmed: 'Confirmado',
    reported: 'Noticiado',
    planned: 'Previsto',
  },

  asOf: (date) => `Atualizado em ${date}`,
  reportedOn: (date) => `conforme noticiado em ${date}`,
  sourceLabel: 'Fonte:',

  withPhoto: 'com foto',
  withVideo: 'com vídeo',
  withLink: 'com link',
  playVideo: (title) => `Reproduzir vídeo: ${title}`,
  periods: 'Períodos',
  inPeriods: (n, titles) => `${n > 1 ? 'Períodos' : 'Período'}: ${titles}`,

  wheelHint: 'Ctrl + roda do mouse para ampliar',
  wheelHintMac: '⌘ + rolagem para ampliar',
  touchHint: 'Use dois dedos para ampliar',

  loading: 'Carregando…',
  loadError: 'Não foi possível carregar a linha do tempo',
  errors: {
    network: 'erro de rede',
    httpStatus: (status) => `status HTTP ${status}`,
    invalidJson: 'JSON inválido',
    badShape: 'os dados não estão no formato esperado',
    timeout: 'a solicitação demorou demais',
    badUrl: (src) => `o endereço "${src}" não é uma URL http, https ou relativa`,
    tooLarge: (limit) => `o documento tem mais de ${limit}`,
    tooManyEvents: (limit) => `o documento tem mais de ${number(limit)} eventos`,
    notATable: (separator, cells) =>
      `não é JSON nem uma tabela com as colunas “date” e “title” (a primeira linha, lida com ${{ ',': 'a vírgula', ';': 'o ponto e vírgula', '\t': 'a tabulação' }[separator]} como separador: ${cells.map((cell) => `“${cell}”`).join(', ')})`,
  },
  loadErrorBecause: (reason) => `Não foi possível carregar a linha do tempo: ${reason}`,
  retry: 'Tentar de novo',
  noEvents: 'Nenhum evento pôde ser exibido.',
  moreProblems: (n) => `…e mais ${count(n, 'problema', 'problemas')}`,

  eventCount: events,
  hiddenEvents: (n) => `${events(n)} não ${pick(n, 'pôde ser exibido', 'puderam ser exibidos')}`,
  showingRange: (span) => `Exibindo ${span}`,
  selected: (title) => `Selecionado: ${title}`,
  selectionCleared: 'Seleção desfeita',
  previous: 'Anterior',
  next: 'Seguinte',
  position: (n, total) => `${number(n)} de ${number(total)}`,
  earlier: (n) => `${events(n)} antes`,
  later: (n) => `${events(n)} depois`,
  gapLater: (gap) => `${gap} depois`,
  eventName: (status, title, date) => `${status}: ${title}, ${date}`,
  cluster: (n, span) => `${events(n)}, ${span}. Ative para ampliar.`,

  // Portuguese dates need no article: "antes de 10 de julho de 2023", "de 2019 a 2023".
  dates: {
    calendar: {
      months: [
        'janeiro',
        'fevereiro',
        'março',
        'abril',
        'maio',
        'junho',
        'julho',
        'agosto',
        'setembro',
        'outubro',
        'novembro',
        'dezembro',
      ],
      monthsShort: ['jan.', 'fev.', 'mar.', 'abr.', 'mai.', 'jun.', 'jul.', 'ago.', 'set.', 'out.', 'nov.', 'dez.'],
      patterns: {
        y: '{y}',
        yMMMM: '{MMMM} de {y}',
        yMMMMd: '{d} de {MMMM} de {y}',
        MMMMd: '{d} de {MMMM}',
        MMM: '{MMM}',
        yMMM: '{MMM} de {y}',
        yMMMd: '{d} de {MMM} de {y}',
        MMMd: '{d} de {MMM}',
      },
    },
    between: (start, end) => `entre ${start.text} e ${end.text}`,
    before: (d) => `antes de ${d.text}`,
    after: (d) => `depois de ${d.text}`,
    from: (d) => `a partir de ${d.text}`,
    until: (d) => `até ${d.text}`,
    span: (start, end) => `de ${start.text} a ${end.text}`,
    about: (d) => `por volta de ${d.text}`,
    uncertain: (text) => `${text} (data incerta)`,
    qualifyRange: rangeNotes(' (datas aproximadas e incertas)', ' (datas aproximadas)', ' (datas incertas)'),
  },
};
