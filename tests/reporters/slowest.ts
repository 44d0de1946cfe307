import type { FullResult, Reporter, TestCase, TestResult } from '@playwright/test/reporter';

/** Prints the slowest browser tests and the suite's wall time at the end of a run, so slow drift shows. */
export default class SlowestTests implements Reporter {
  private readonly durations: Array<{ title: string; ms: number }> = [];

  onTestEnd(test: TestCase, result: TestResult): void {
    this.durations.push({ title: `${test.location.file.split('/').pop()}:${test.location.line} › ${test.title}`, ms: result.duration });
  }

  onEnd(result: FullResult): void {
    const slowest = this.durations.sort((a, b) => b.ms - a.ms).slice(0, 10);
    if (slowest.length === 0) return;
    console.log(`\nSlowest browser tests (of ${this.durations.length}; whole run ${(result.duration / 1000).toFixed(1)} s):`);
    for (const { title, ms } of slowest) console.log(`  ${(ms / 1000).toFixed(1).padStart(6)} s  ${title}`);
  }
}
