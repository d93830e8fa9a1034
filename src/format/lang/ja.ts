import type { UiStrings } from '../words.js';
import { counting, rangeNotes } from './common.js';

const LOCALE = 'ja';
const { number } = counting(LOCALE);
const events = (n: number): string => `${number(n)}件の出来事`;

export const strings: UiStrings = {
  locale: LOCALE,
  dir: 'ltr',

  zoomIn: '拡大',
  zoomOut: '縮小',
  zoomControls: '拡大・縮小',
  keyboardHelp: 'プラスキーとマイナスキーで拡大・縮小、0キーで全体を表示、矢印キーで時間を移動します。',
  keyboardHelpGroups: '上下の矢印キーでグループ間を移動します。',
  fit: '全体を表示',
  close: '閉じる',
  details: '詳細',
  defaultLabel: 'タイムライン',

  legendTitle: '凡例',
  legendDate: '日付',
  legendStatus: '状況',
  legendStatusOutline: '状況（輪郭）',
  legendGroups: 'グループ',
  otherGroup: 'その他',
  legend: {
    exactDay: '日付が確定',
    duration: '期間',
    window: '期間内のいずれかの時点（日付は不確定）',
    fuzzyEdges: '始まりや終わりが概算・不確定',
  },
  status: {
    confirmed: '確認済み',
    reported: '報道',
    planned: '予定',
  },

  asOf: (date) => `${date}時点`,
  reportedOn: (date) => `${date}の報道による`,
  sourceLabel: '出典：',

  withPhoto: '写真あり',
  withVideo: '動画あり',
  withLink: 'リンクあり',
  playVideo: (title) => `動画を再生：${title}`,
  periods: '期間',
  inPeriods: (_n, titles) => `期間：${titles}`,

  wheelHint: 'Ctrl＋スクロールで拡大・縮小',
  wheelHintMac: '⌘＋スクロールで拡大・縮小',
  touchHint: '2本の指で拡大・縮小できます',

  loading: '読み込み中…',
  loadError: 'タイムラインを読み込めませんでした',
  errors: {
    network: 'ネットワークエラー',
    httpStatus: (status) => `HTTPステータス${status}`,
    invalidJson: 'JSONとして読み取れません',
    badShape: 'データの形式が想定と異なります',
    timeout: '応答がなく時間切れになりました',
    badUrl: (src) => `「${src}」はhttp、httpsまたは相対URLではありません`,
    tooLarge: (limit) => `ドキュメントが${limit}を超えています`,
    tooManyEvents: (limit) => `出来事が${number(limit)}件を超えています`,
    notATable: (separator, cells) =>
      `JSONでも、「date」と「title」の列がある表でもありません（${{ ',': 'カンマ', ';': 'セミコロン', '\t': 'タブ' }[separator]}区切りとして読んだ1行目：${cells.map((cell) => `「${cell}」`).join('、')}）`,
  },
  loadErrorBecause: (reason) => `タイムラインを読み込めませんでした（${reason}）`,
  retry: '再試行',
  noEvents: '表示できる出来事がありません。',
  moreProblems: (n) => `…ほかに${number(n)}件の問題`,

  eventCount: events,
  hiddenEvents: (n) => `${events(n)}を表示できませんでした`,
  showingRange: (span) => `表示中：${span}`,
  selected: (title) => `選択：${title}`,
  selectionCleared: '選択を解除しました',
  previous: '前へ',
  next: '次へ',
  position: (n, total) => `${number(total)}件中${number(n)}件目`,
  earlier: (n) => `これより前に${events(n)}`,
  later: (n) => `これより後に${events(n)}`,
  gapLater: (gap) => `${gap}後`,
  eventName: (status, title, date) => `${status}：${title}、${date}`,
  cluster: (n, span) => `${events(n)}、${span}。選択すると拡大します。`,

  // Intl writes 「2023年5月3日」; a range shares its year and month at the front
  // (「2023年1月21日～31日」), and the grammar words follow the date.
  dates: {
    calendar: {
      months: ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12'],
      monthsShort: ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12'],
      patterns: {
        y: '{y}年',
        yMMMM: '{y}年{MMMM}月',
        yMMMMd: '{y}年{MMMM}月{d}日',
        MMMMd: '{MMMM}月{d}日',
        MMM: '{MMM}月',
        yMMM: '{y}年{MMM}月',
        yMMMd: '{y}年{MMM}月{d}日',
        MMMd: '{MMM}月{d}日',
      },
    },
    rangeDash: '～',
    spacedRangeDash: '～',
    between: (start, end) => `${start.text}から${end.text}の間`,
    before: (d) => `${d.text}以前`,
    after: (d) => `${d.text}以降`,
    from: (d) => `${d.text}から`,
    until: (d) => `${d.text}まで`,
    span: (start, end) => `${start.text}から${end.text}まで`,
    about: (d) => `${d.text}頃`,
    uncertain: (text) => `${text}（不確か）`,
    qualifyRange: rangeNotes('（日付は概算で不確か）', '（日付は概算）', '（日付は不確か）'),
  },
};
