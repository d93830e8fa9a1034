import type { UiStrings } from '../words.js';
import { counting, rangeNotes } from './common.js';

// Simplified Chinese, as written in mainland China.
const LOCALE = 'zh-CN';
const { number } = counting(LOCALE);
const events = (n: number): string => `${number(n)}个事件`;

export const strings: UiStrings = {
  locale: LOCALE,
  dir: 'ltr',

  zoomIn: '放大',
  zoomOut: '缩小',
  zoomControls: '缩放',
  keyboardHelp: '按加号或减号键缩放，按0显示全部，按方向键沿时间移动。',
  keyboardHelpGroups: '按上下方向键在分组之间移动。',
  fit: '显示全部',
  close: '关闭',
  details: '详情',
  defaultLabel: '时间线',

  legendTitle: '图例',
  legendDate: '日期',
  legendStatus: '状态',
  legendStatusOutline: '状态（轮廓）',
  legendGroups: '分组',
  otherGroup: '其他',
  legend: {
    exactDay: '确切日期',
    duration: '持续时间',
    window: '期间内的某一时刻（日期不确定）',
    fuzzyEdges: '起止时间为大约或不确定',
  },
  status: {
    confirmed: '已证实',
    reported: '据报道',
    planned: '计划中',
  },

  asOf: (date) => `截至${date}`,
  reportedOn: (date) => `据${date}报道`,
  sourceLabel: '来源：',

  withPhoto: '附照片',
  withVideo: '附视频',
  withLink: '附链接',
  playVideo: (title) => `播放视频：${title}`,
  periods: '时期',
  inPeriods: (_n, titles) => `时期：${titles}`,

  wheelHint: '按住Ctrl并滚动滚轮即可缩放',
  wheelHintMac: '按住⌘并滚动即可缩放',
  touchHint: '请用双指缩放',

  loading: '正在加载…',
  loadError: '无法加载时间线',
  errors: {
    network: '网络错误',
    httpStatus: (status) => `HTTP状态码${status}`,
    invalidJson: '不是有效的JSON',
    badShape: '数据格式不符合要求',
    timeout: '请求超时',
    badUrl: (src) => `地址“${src}”不是http、https或相对网址`,
    tooLarge: (limit) => `文档超过${limit}`,
    tooManyEvents: (limit) => `文档中的事件超过${number(limit)}个`,
    notATable: (separator, cells) =>
      `既不是 JSON，也不是含“date”和“title”列的表格（按${{ ',': '逗号', ';': '分号', '\t': '制表符' }[separator]}分隔读取的第一行：${cells.map((cell) => `“${cell}”`).join('、')}）`,
  },
  loadErrorBecause: (reason) => `无法加载时间线：${reason}`,
  retry: '重试',
  noEvents: '没有可以显示的事件。',
  moreProblems: (n) => `……另有${number(n)}个问题`,

  eventCount: events,
  hiddenEvents: (n) => `有${events(n)}无法显示`,
  showingRange: (span) => `当前显示：${span}`,
  selected: (title) => `已选择：${title}`,
  selectionCleared: '已取消选择',
  previous: '上一个',
  next: '下一个',
  position: (n, total) => `第${number(n)}个，共${number(total)}个`,
  earlier: (n) => `之前还有${events(n)}`,
  later: (n) => `之后还有${events(n)}`,
  gapLater: (gap) => `${gap}后`,
  eventName: (status, title, date) => `${status}：${title}，${date}`,
  cluster: (n, span) => `${events(n)}，${span}。激活即可放大。`,

  // Intl writes "2023年5月3日"; a range shares its year and month at the front
  // ("2023年1月21日至31日"), and the grammar words wrap the date.
  dates: {
    calendar: {
      months: ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12'],
      monthsShort: ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12'],
      monthsIn: {
        MMM: ['1月', '2月', '3月', '4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月'],
      },
      patterns: {
        y: '{y}年',
        yMMMM: '{y}年{MMMM}月',
        yMMMMd: '{y}年{MMMM}月{d}日',
        MMMMd: '{MMMM}月{d}日',
        MMM: '{MMM}',
        yMMM: '{y}年{MMM}月',
        yMMMd: '{y}年{MMM}月{d}日',
        MMMd: '{MMM}月{d}日',
      },
    },
    rangeDash: '至',
    spacedRangeDash: '至',
    between: (start, end) => `${start.text}至${end.text}之间`,
    before: (d) => `${d.text}之前`,
    after: (d) => `${d.text}之后`,
    from: (d) => `自${d.text}起`,
    until: (d) => `至${d.text}`,
    span: (start, end) => `${start.text}至${end.text}`,
    about: (d) => `${d.text}前后`,
    uncertain: (text) => `${text}（不确定）`,
    qualifyRange: rangeNotes('（日期为约数且不确定）', '（日期为约数）', '（日期不确定）'),
  },
};
