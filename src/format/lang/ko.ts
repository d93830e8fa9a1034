import type { UiStrings } from '../words.js';
import { counting, rangeNotes } from './common.js';

const LOCALE = 'ko';
const { number } = counting(LOCALE);
const events = (n: number): string => `사건 ${number(n)}건`;

export const strings: UiStrings = {
  locale: LOCALE,
  dir: 'ltr',

  zoomIn: '확대',
  zoomOut: '축소',
  zoomControls: '확대·축소',
  keyboardHelp: '더하기·빼기 키로 확대·축소하고, 0 키로 전체를 보고, 화살표 키로 시간을 이동합니다.',
  keyboardHelpGroups: '위아래 화살표 키로 그룹 사이를 이동합니다.',
  fit: '전체 보기',
  close: '닫기',
  details: '자세히',
  defaultLabel: '타임라인',

  legendTitle: '범례',
  legendDate: '날짜',
  legendStatus: '상태',
  legendStatusOutline: '상태(윤곽선)',
  legendGroups: '그룹',
  otherGroup: '기타',
  legend: {
    exactDay: '정확한 날짜',
    duration: '기간',
    window: '기간 중 어느 시점 (날짜 불확실)',
    fuzzyEdges: '시작·끝이 대략적이거나 불확실',
  },
  status: {
    confirmed: '확인됨',
    reported: '보도됨',
    planned: '예정',
  },

  asOf: (date) => `${date} 기준`,
  reportedOn: (date) => `${date} 보도 기준`,
  sourceLabel: '출처:',

  withPhoto: '사진 포함',
  withVideo: '동영상 포함',
  withLink: '링크 포함',
  playVideo: (title) => `동영상 재생: ${title}`,
  periods: '기간',
  inPeriods: (_n, titles) => `기간: ${titles}`,

  wheelHint: 'Ctrl + 스크롤로 확대·축소',
  wheelHintMac: '⌘ + 스크롤로 확대·축소',
  touchHint: '두 손가락으로 확대·축소하세요',

  loading: '불러오는 중…',
  loadError: '타임라인을 불러오지 못했습니다',
  errors: {
    network: '네트워크 오류',
    httpStatus: (status) => `HTTP 상태 ${status}`,
    invalidJson: '올바른 JSON이 아닙니다',
    badShape: '데이터가 예상한 형식이 아닙니다',
    timeout: '요청 시간이 초과되었습니다',
    badUrl: (src) => `주소 "${src}"은(는) http, https 또는 상대 URL이 아닙니다`,
    tooLarge: (limit) => `문서가 ${limit}보다 큽니다`,
    tooManyEvents: (limit) => `문서의 사건이 ${number(limit)}건을 넘습니다`,
    notATable: (separator, cells) =>
      `JSON도 아니고 "date"와 "title" 열이 있는 표도 아닙니다(${{ ',': '쉼표로', ';': '세미콜론으로', '\t': '탭으로' }[separator]} 구분해 읽은 첫 줄: ${cells.map((cell) => `"${cell}"`).join(', ')})`,
  },
  loadErrorBecause: (reason) => `타임라인을 불러오지 못했습니다: ${reason}`,
  retry: '다시 시도',
  noEvents: '표시할 수 있는 사건이 없습니다.',
  moreProblems: (n) => `…그 밖의 문제 ${number(n)}건`,

  eventCount: events,
  hiddenEvents: (n) => `${events(n)}을 표시하지 못했습니다`,
  showingRange: (span) => `표시 중: ${span}`,
  selected: (title) => `선택됨: ${title}`,
  selectionCleared: '선택이 해제되었습니다',
  previous: '이전',
  next: '다음',
  position: (n, total) => `${number(total)}건 중 ${number(n)}번째`,
  earlier: (n) => `이전 ${events(n)}`,
  later: (n) => `이후 ${events(n)}`,
  gapLater: (gap) => `${gap} 후`,
  eventName: (status, title, date) => `${status}: ${title}, ${date}`,
  cluster: (n, span) => `${events(n)}, ${span}. 선택하면 확대됩니다.`,

  // Intl writes "2023년 5월 3일"; a range shares its year and month at the front
  // ("2023년 1월 21일~31일"), and the particles follow the date.
  dates: {
    calendar: {
      months: ['1월', '2월', '3월', '4월', '5월', '6월', '7월', '8월', '9월', '10월', '11월', '12월'],
      monthsShort: ['1월', '2월', '3월', '4월', '5월', '6월', '7월', '8월', '9월', '10월', '11월', '12월'],
      patterns: {
        y: '{y}년',
        yMMMM: '{y}년 {MMMM}',
        yMMMMd: '{y}년 {MMMM} {d}일',
        MMMMd: '{MMMM} {d}일',
        MMM: '{MMM}',
        yMMM: '{y}년 {MMM}',
        yMMMd: '{y}년 {MMM} {d}일',
        MMMd: '{MMM} {d}일',
      },
    },
    rangeDash: '~',
    spacedRangeDash: '~',
    between: (start, end) => `${start.text}부터 ${end.text} 사이`,
    before: (d) => `${d.text} 이전`,
    after: (d) => `${d.text} 이후`,
    from: (d) => `${d.text}부터`,
    until: (d) => `${d.text}까지`,
    span: (start, end) => `${start.text}부터 ${end.text}까지`,
    about: (d) => `${d.text}경`,
    uncertain: (text) => `${text} (불확실)`,
    qualifyRange: rangeNotes(' (대략적이고 불확실한 날짜)', ' (대략적인 날짜)', ' (불확실한 날짜)'),
  },
};
