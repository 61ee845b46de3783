// Prints Vitest's JSON results as the line CI reads: "N passed, N failed, N skipped".
// Exits non-zero when no test ran, so an empty run can never look green.
import { existsSync, readFileSync } from 'node:fs';

const [file, status = '0'] = process.argv.slice(2);
if (!file || !existsSync(file)) {
  // The type check (or something before Vitest) failed, so no test report exists.
  console.log(`0 passed, ${status === '0' ? 0 : 1} failed, 0 skipped`);
  process.exit(1);
}
const results = JSON.parse(readFileSync(file, 'utf8'));
const passed = results.numPassedTests ?? 0;
// A file that fails to load has no failed tests of its own: count it once.
const failed = Math.max(results.numFailedTests ?? 0, results.numFailedTestSuites ?? 0);
const skipped = (results.numPendingTests ?? 0) + (results.numTodoTests ?? 0);
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(passed + failed === 0 ? 1 : 0);
