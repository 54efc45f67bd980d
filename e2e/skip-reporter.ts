// Prints why a spec was skipped, so a run on the devcloud says plainly what it did not test.
import type { Reporter, TestCase, TestResult } from '@playwright/test/reporter';

export default class SkipReasonReporter implements Reporter {
  private readonly skipped: string[] = [];

  onTestEnd(test: TestCase, result: TestResult): void {
    if (result.status !== 'skipped') return;
    const reason =
      test.annotations.find((a) => a.type === 'skip')?.description ?? 'no reason given';
    this.skipped.push(`  - ${test.titlePath().slice(2).join(' › ')}: ${reason}`);
  }

  onEnd(): void {
    if (this.skipped.length === 0) return;
    console.log(`\nSkipped on this cloud (${this.skipped.length}):\n${this.skipped.join('\n')}`);
  }
}
