/**
 * `analyze --self-loops` and the network part of the `analyze` report:
 * coverage of each metric named in Chinese, the cluster × cluster matrix,
 * and no English camelCase key leaking into the Chinese words.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fourEnterpriseParkJson } from '../fixtures/fourEnterprisePark.ts';
import { run } from './cliRun.ts';

const dir = mkdtempSync(join(tmpdir(), 'symbiograph-cli-network-'));

/**
 * The four-enterprise park plus the fertilizer plant's flow to itself,
 * 1 000 t/a. Off: TST = 380 000 t/a, no cycle, FCI 0. On: T_fert = 81 000,
 * TST = 381 000; fert is a component alone with G_ff = 1 000/81 000, so
 * (n − 1)/n = 1 000/81 000 and FCI = (1 000/81 000 · 81 000)/381 000 = 1/381.
 */
const park = fourEnterpriseParkJson();
park.flows.push({
  id: 'f9',
  from: 'fert',
  to: 'fert',
  material: 'fertilizer',
  quantity: 1000,
  unit: 't/a',
  status: 'existing',
});
const file = join(dir, 'self-loop.json');
writeFileSync(file, JSON.stringify(park));

/** camelCase words (an English key such as `finnCyclingIndex`); enaR is a package's name, not a key. */
const camelCase = (text: string) => (text.match(/\b[a-z]+[A-Z][A-Za-z]*\b/g) ?? []).filter((w) => w !== 'enaR');

describe('symbiograph analyze --self-loops', () => {
  it('runs, counts the self-loop, and says so in Chinese', async () => {
    const result = await run('analyze', file, '--self-loops');
    expect(result.code).toBe(0);
    const out = result.stdout;
    expect(out).toContain('== 网络结构与生态指标 ==');
    expect(out).toContain('芬恩循环指数、系统总通量与平均路径长度只计可换算为 t/a 的物质流');
    expect(out).toContain('未计入');
    expect(out).toContain('水 1 条(单位不可换算为 t/a)'); // the wastewater flow, in m³/a without a density
    expect(out).toContain('自环(企业流向自身的物质流)按 enaR 与生态网络文献的惯例计入');
    expect(out).toContain('系统总通量');
    expect(out).toContain('381,000 t/a');
    expect(out).toContain('== 集群间物质交换矩阵 ==');
    expect(out).not.toContain('链主/枢纽');
    expect(camelCase(out)).toEqual([]);
  });

  it('leaves it out without the option, and says how to count it', async () => {
    const result = await run('analyze', file, '--only', 'network');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('产品 1 条(自环,即企业流向自身,默认不计)');
    expect(result.stdout).toContain('(加 --self-loops 可计入自环。)');
    expect(result.stdout).toContain('380,000 t/a');
    expect(camelCase(result.stdout)).toEqual([]);
  });

  it('puts the self-loop into the JSON result and the key figures', async () => {
    const on = JSON.parse((await run('analyze', file, '--only', 'network', '--self-loops', '--json')).stdout);
    expect(on.network.network.options.includeSelfLoops).toBe(true);
    expect(on.network.coverage.includeSelfLoops).toBe(true);
    expect(on.network.flows.totalSystemThroughflow).toBe(381000);
    expect(on.network.flows.finnCyclingIndex).toBeCloseTo(1 / 381, 12);
    expect(on.kpis.totalSystemThroughflow).toBe(381000);
    expect(on.kpis.finnCyclingIndex).toBeCloseTo(1 / 381, 12);
    expect(on.kpis.cyclicity).toBe(1); // fert's loop of length 1
    const off = JSON.parse((await run('analyze', file, '--only', 'network', '--json')).stdout);
    expect(off.network.flows.totalSystemThroughflow).toBe(380000);
    expect(off.kpis.finnCyclingIndex).toBe(0);
  });

  it('prints the English report with the same coverage', async () => {
    const result = await run('analyze', file, '--self-loops', '--lang', 'en', '--only', 'network,coupling');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('count only flows in t/a');
    expect(result.stdout).toContain('== Exchanges between clusters ==');
    expect(result.stdout).toContain('Self-loops (flows from an enterprise to itself) count');
  });

  it('lists --self-loops in the help', async () => {
    expect((await run('--help', '--lang', 'en')).stdout).toContain('--self-loops');
    expect((await run('--help')).stdout).toContain('--self-loops');
  });

  it('takes --self-loops in report too', async () => {
    const output = join(dir, 'report.html');
    const result = await run('report', file, '--self-loops', '--format', 'html', '-o', output);
    expect(result.code).toBe(0);
    const html = readFileSync(output, 'utf8');
    expect(html).toContain('<section id="clusters"');
    expect(html).toContain('自环(企业流向自身的物质流)按 enaR 与生态网络文献的惯例计入');
  });
});
