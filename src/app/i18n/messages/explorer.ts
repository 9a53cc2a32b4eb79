/** The app's texts for the explorer: title, network, search, legend, views, tabs, severities, flow statuses: i18next sections, each key's Chinese and English. */
import type { BilingualMessage } from '../../../core/text/language.ts';

export const EXPLORER_TEXTS = {
  app: {
    title: { zh: '产业共生图谱', en: 'Industrial symbiosis explorer' },
    loadError: { zh: '无法加载园区模型', en: 'The park model cannot be loaded' },
    catalogueError: { zh: '无法加载技术目录', en: 'The technology catalogue cannot be loaded' },
    otherLanguage: { zh: 'English', en: '中文' },
    switchLanguage: { zh: '切换语言', en: 'Switch language' },
    loadingModel: { zh: '正在加载园区模型…', en: 'Loading the park model…' },
  },
  network: {
    label: { zh: '物质交换网络', en: 'Material exchange network' },
    fit: { zh: '缩放至全图', en: 'Zoom to fit' },
    runLayout: { zh: '力导向布局', en: 'Force layout' },
    stopLayout: { zh: '停止布局', en: 'Stop layout' },
    resetLayout: { zh: '恢复集群布局', en: 'Cluster layout' },
    layoutRunning: { zh: '布局计算中…', en: 'Layout running…' },
  },
  search: {
    label: { zh: '查找企业', en: 'Find an enterprise' },
    placeholder: { zh: '输入中文或英文名称…', en: 'Type a Chinese or English name…' },
    noMatch: { zh: '没有匹配的企业', en: 'No matching enterprise' },
  },
  legend: {
    title: { zh: '图例', en: 'Legend' },
    clusters: { zh: '产业集群', en: 'Clusters' },
    categories: { zh: '物料类别(点击显示/隐藏)', en: 'Material categories (click to show/hide)' },
    actors: { zh: '节点', en: 'Actors' },
    boundary: { zh: '园区边界(外部供应/市场/处置)', en: 'Park boundary (outside supply, market, disposal)' },
    showBoundary: { zh: '显示园区边界', en: 'Show the park boundary' },
    planned: { zh: '规划/候选企业(空心)', en: 'Planned or candidate enterprise (hollow)' },
    closed: { zh: '关停企业(灰色)', en: 'Closed enterprise (grey)' },
    size: { zh: '节点大小:年物质通量(t/a)', en: 'Node size: yearly throughflow (t/a)' },
    width: { zh: '线宽:流量(对数)', en: 'Line width: quantity (log)' },
    statuses: { zh: '流动状态', en: 'Flow status' },
    minTonnes: { zh: '最小流量(吨/年)', en: 'Minimum quantity (t/a)' },
    proposal: { zh: '补链项目(黑色空心,虚线为拟建物质流)', en: 'Proposed project (black ring, dashed planned flows)' },
    sizeByLinks: {
      zh: '节点大小:交换伙伴数(部分交换未给出数量)',
      en: 'Node size: number of partners (not every exchange gives a quantity)',
    },
    structural: {
      zh: '等宽线:未给出数量的交换(结构性交换)',
      en: 'Even-width line: an exchange with no quantity given (structural)',
    },
  },
  /** The hover tooltip's lines (network/tooltip.ts). */
  tooltip: {
    throughflow: { zh: '通量 {{value}} t/a', en: 'throughflow {{value}} t/a' },
    degrees: { zh: '流入 {{in}} · 流出 {{out}}', en: 'flows in {{in}} · flows out {{out}}' },
    noQuantity: { zh: '数量未给出', en: 'no quantity given' },
    estimated: { zh: '{{quantity}} (估算值)', en: '{{quantity}} (estimated)' },
  },
  view: {
    label: { zh: '视图', en: 'View' },
    exchange: { zh: '交换网络', en: 'Exchange network' },
    material: { zh: '物质图', en: 'Material graph' },
    process: { zh: '工艺图', en: 'Process graph' },
    layingOut: { zh: '正在分层布局…', en: 'Laying out in layers…' },
    layoutFailed: { zh: '无法完成布局', en: 'The layout could not be computed' },
    performedBy: { zh: '由 {{names}} 完成', en: 'by {{names}}' },
  },
  tab: {
    overview: { zh: '概览', en: 'Overview' },
    broken: { zh: '断链', en: 'Broken links' },
    coupling: { zh: '耦合缺口', en: 'Coupling gaps' },
    capacity: { zh: '处理能力', en: 'Capacity' },
    projects: { zh: '项目', en: 'Projects' },
    resilience: { zh: '韧性', en: 'Resilience' },
  },
  severity: {
    high: { zh: '高', en: 'high' },
    medium: { zh: '中', en: 'medium' },
    low: { zh: '低', en: 'low' },
    info: { zh: '提示', en: 'info' },
  },
  flowStatus: {
    existing: { zh: '现有', en: 'existing' },
    planned: { zh: '规划', en: 'planned' },
    potential: { zh: '潜在', en: 'potential' },
  },
} as const satisfies Record<string, Readonly<Record<string, BilingualMessage>>>;
