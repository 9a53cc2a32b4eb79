/**
 * Renders a park analysis as a readable terminal report: sections, aligned
 * tables, ranked projects, KPIs, in the chosen language. Presentation only:
 * every number comes from core.
 */
import type { ParkAnalysis } from '../core/analysis/analyzePark.ts';
import type { Kpis } from '../core/analysis/kpis.ts';
import { findingKindTitle, formatKpis, groupFindingsByKind } from '../core/analysis/presentation.ts';
import { localize } from '../core/model/labels.ts';
import type { Language, ParkModel } from '../core/model/types.ts';
import { formatTable } from './table.ts';

const SEVERITY_MARK = { high: '▲', medium: '■', low: '·', info: 'i' } as const;

export interface ReportOptions {
  /** Findings shown per kind before "… and N more". */
  readonly perKind: number;
  readonly topProjects: number;
}

export function renderAnalysis(
  model: ParkModel,
  analysis: ParkAnalysis,
  language: Language,
  options: ReportOptions,
): string {
  const zh = language === 'zh';
  const out: string[] = [];
  const heading = (zhText: string, enText: string) => out.push('', `== ${zh ? zhText : enText} ==`);
  const number = new Intl.NumberFormat(zh ? 'zh-CN' : 'en-US', { maximumFractionDigits: 0 });
  const fixed = (x: number | null | undefined, digits = 3) => (x === null || x === undefined ? '–' : x.toFixed(digits));

  out.push(`${localize(model.park.name, language)} · ${model.park.referenceYear}`);
  heading('关键指标', 'Key figures');
  out.push(renderKpis(analysis.kpis, language));

  heading(`发现(共 ${analysis.findings.length} 项)`, `Findings (${analysis.findings.length})`);
  for (const { kind, findings } of groupFindingsByKind(analysis.findings)) {
    out.push('', `${findingKindTitle(kind, language)} (${findings.length})`);
    for (const f of findings.slice(0, options.perKind))
      out.push(`  ${SEVERITY_MARK[f.severity]} ${f.reason[language]}`);
    if (findings.length > options.perKind)
      out.push(
        zh
          ? `  …… 另有 ${findings.length - options.perKind} 项(--all 显示全部)`
          : `  … and ${findings.length - options.perKind} more (--all shows all)`,
      );
  }

  if (analysis.chains) {
    heading('产业链完整性', 'Chain integrity');
    const materialName = (id: string) => localize(model.materials.find((m) => m.id === id)?.name, language) || id;
    const mark = { broken: zh ? '✗ 断链' : '✗ broken', single: zh ? '⚠ 单点' : '⚠ single', ok: '✓' };
    const rows = analysis.chains.flatMap((c) =>
      c.transitions.map((t, i) => [
        i === 0 ? localize(model.chains.find((x) => x.id === c.chain)?.name, language) : '',
        `${t.from.map(materialName).join('/')} → ${t.to.map(materialName).join('/')}`,
        mark[t.state],
        String(t.performers.length),
      ]),
    );
    out.push(
      formatTable(zh ? ['产业链', '环节', '状态', '企业数'] : ['chain', 'stage', 'state', 'performers'], rows, [
        'left',
        'left',
        'left',
        'right',
      ]),
    );
  }

  if (analysis.capacity && analysis.capacity.length > 0) {
    heading('能力平衡', 'Capacity balance');
    const rows = analysis.capacity.map((b) => [
      localize(model.materials.find((m) => m.id === b.material)?.name, language) + (b.hazardous ? ' ☣' : ''),
      b.service === 'supply' ? (zh ? '供应' : 'supply') : zh ? '处理' : 'treatment',
      number.format(b.load),
      number.format(b.capacity),
      b.utilisation === null ? '–' : `${Math.round(b.utilisation * 100)}%`,
      b.unit,
    ]);
    out.push(
      formatTable(
        zh
          ? ['物料', '类型', '负荷', '能力', '利用率', '单位']
          : ['material', 'service', 'load', 'capacity', 'use', 'unit'],
        rows,
        ['left', 'left', 'right', 'right', 'right', 'left'],
      ),
    );
  }

  if (analysis.network) {
    const n = analysis.network;
    heading('网络结构与生态指标', 'Network structure and ecological metrics');
    const s = n.structure;
    const rows: [string, string][] = [
      [zh ? '参与者 N / 链接 L' : 'actors N / links L', `${s.actors} / ${s.links}`],
      [zh ? '链接密度 L/N' : 'linkage density L/N', fixed(s.linkageDensity)],
      [zh ? '连接度 L/N²' : 'connectance L/N²', fixed(s.connectance)],
      [zh ? '猎物 / 捕食者' : 'prey / predators', `${s.prey} / ${s.predators}`],
      [
        zh ? '泛化度 / 脆弱度' : 'generalisation / vulnerability',
        `${fixed(s.generalisation)} / ${fixed(s.vulnerability)}`,
      ],
      [zh ? '循环度 λmax' : 'cyclicity λmax', fixed(s.cyclicity.value)],
      [zh ? 'Finn 循环指数' : 'Finn cycling index', fixed(n.flows.finnCyclingIndex)],
      [
        zh ? '总系统通量 TST' : 'total system throughflow',
        `${number.format(n.flows.totalSystemThroughflow)} ${n.unit}`,
      ],
      [zh ? '强/弱连通分量' : 'strong / weak components', `${n.strongComponents.count} / ${n.weakComponents.count}`],
      [zh ? '循环回路' : 'recycling loops', `${n.cycles.cycles.length}${n.cycles.truncated ? '+' : ''}`],
      [zh ? '社区(Louvain)' : 'communities (Louvain)', String(n.communities.communities.length)],
    ];
    out.push(formatTable([zh ? '指标' : 'metric', zh ? '值' : 'value'], rows, ['left', 'right']));
    const name = (id: string) => localize(model.enterprises.find((e) => e.id === id)?.name, language) || id;
    if (n.centrality.keystones.length > 0)
      out.push(
        '',
        `${zh ? '链主/枢纽企业(介数)' : 'Keystones (betweenness)'}: ${n.centrality.keystones.map(name).join(zh ? '、' : ', ')}`,
      );
  }

  if (analysis.resilience) {
    heading('韧性:关停影响排名', 'Resilience: closure impact ranking');
    const name = (id: string) => localize(model.enterprises.find((e) => e.id === id)?.name, language) || id;
    const rows = analysis.resilience
      .slice(0, 10)
      .map((r, i) => [
        String(i + 1),
        name(r.enterprise),
        String(r.impact.brokenTransitions.length),
        String([...r.impact.lostSupplies, ...r.impact.lostOutlets].filter((l) => l.onlyInternalLink).length),
        number.format(r.impact.massRerouted),
      ]);
    out.push(
      formatTable(
        zh
          ? ['#', '企业', '断链数', '唯一链接', '需改道 t/a']
          : ['#', 'enterprise', 'chains broken', 'sole links', 'rerouted t/a'],
        rows,
        ['right', 'left', 'right', 'right', 'right'],
      ),
    );
  }

  if (analysis.projects) {
    heading('补链项目排名', 'Gap-filling projects, ranked');
    out.push(renderProjects(analysis, language, options.topProjects));
  }
  return out.join('\n');
}

export function renderKpis(kpis: Kpis, language: Language): string {
  const rows = formatKpis(kpis, language).map((k) => [k.label, k.value]);
  return formatTable([language === 'zh' ? '指标' : 'figure', language === 'zh' ? '值' : 'value'], rows, [
    'left',
    'right',
  ]);
}

export function renderProjects(analysis: ParkAnalysis, language: Language, top: number): string {
  const zh = language === 'zh';
  const ranking = analysis.projects;
  if (!ranking || ranking.candidates.length === 0) return zh ? '(没有候选项目)' : '(no candidate projects)';
  const number = new Intl.NumberFormat(zh ? 'zh-CN' : 'en-US', { maximumFractionDigits: 0 });
  const rows = ranking.candidates
    .slice(0, top)
    .map((c) => [
      String(c.rank),
      localize(c.name, language),
      c.score.total.toFixed(3),
      number.format(c.score.raw.quantityClosed),
      String(c.score.raw.chainsRepaired),
      number.format(c.score.raw.co2eAvoided),
      String(c.score.raw.linksCreated),
      `${(c.score.raw.reuseRateChange * 100).toFixed(1)}`,
      c.score.raw.cyclicityChange.toFixed(3),
    ]);
  const header = zh
    ? ['#', '项目', '得分', '衔接 t/a', '补链', 'tCO2e/a', '新链接', 'Δ利用率%', 'Δ循环度']
    : ['#', 'project', 'score', 'closed t/a', 'chains', 'tCO2e/a', 'links', 'Δreuse %', 'Δcyclicity'];
  const table = formatTable(header, rows, [
    'right',
    'left',
    'right',
    'right',
    'right',
    'right',
    'right',
    'right',
    'right',
  ]);
  const reasons = ranking.candidates.slice(0, top).map((c) => `  ${c.rank}. ${c.explanation[language]}`);
  const weights = Object.entries(ranking.candidates[0]!.score.weights)
    .map(([k, w]) => `${k} ${w}`)
    .join(', ');
  return [
    table,
    '',
    ...reasons,
    '',
    zh
      ? `得分 = 各项按最优候选归一化后加权求和(权重:${weights})`
      : `score = weighted sum of each part scaled by the best candidate (weights: ${weights})`,
  ].join('\n');
}
