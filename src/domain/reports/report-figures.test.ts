import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { IndicatorLine } from '../content-types/report-fields.ts';
import { groupByComponent, lineTotals, weightedShare } from './report-figures.ts';

const line = (
  component: string,
  count: number,
  womenShare: number | null = null,
  youthShare: number | null = null,
): IndicatorLine => ({
  component,
  indicator: `${component} ${count}`,
  count,
  womenShare,
  youthShare,
});

describe('report figures', () => {
  it('weights shares by count, over the lines that know them', () => {
    const lines = [line('Health', 300, 50, null), line('Health', 100, 10, 20), line('Health', 600)];
    assert.equal(
      weightedShare(lines, (each) => each.womenShare),
      40,
    );
    assert.equal(
      weightedShare(lines, (each) => each.youthShare),
      20,
    );
    assert.deepEqual(lineTotals(lines), { count: 1000, womenShare: 40, youthShare: 20 });
  });

  it('leaves a share unknown when no line knows it, or when nobody is counted', () => {
    assert.deepEqual(lineTotals([line('Health', 5)]), {
      count: 5,
      womenShare: null,
      youthShare: null,
    });
    assert.deepEqual(lineTotals([line('Health', 0, 50, 50)]), {
      count: 0,
      womenShare: null,
      youthShare: null,
    });
    assert.deepEqual(lineTotals([]), { count: 0, womenShare: null, youthShare: null });
  });

  it('groups lines by component, the network’s components first, others as they come', () => {
    const groups = groupByComponent([
      line('Migration', 1),
      line('Health', 2),
      line('Labour standards', 3, 10),
      line('Housing', 4),
      line('Health', 5),
      line('Labour standards', 7, 40),
    ]);
    assert.deepEqual(
      groups.map((group) => [group.component, group.lines.map((each) => each.count)]),
      [
        ['Labour standards', [3, 7]],
        ['Health', [2, 5]],
        ['Migration', [1]],
        ['Housing', [4]],
      ],
    );
    assert.deepEqual(groups[0]?.totals, { count: 10, womenShare: 31, youthShare: null });
  });
});
