// Prints one line, "N passed, N failed", over the Vitest and Playwright JSON reports.
// A report that is missing counts as one failure: that suite did not run or crashed.
import { readFileSync } from 'node:fs';

function read(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
}

let passed = 0;
let failed = 0;

const unit = read('reports/unit.json');
if (unit) {
  passed += unit.numPassedTests;
  failed += unit.numFailedTests;
} else {
  failed += 1;
}

const e2e = read('reports/e2e.json');
if (e2e) {
  passed += e2e.stats.expected + e2e.stats.flaky;
  failed += e2e.stats.unexpected;
} else {
  failed += 1;
}

console.log(`${passed} passed, ${failed} failed`);
