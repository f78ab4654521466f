// Lists every article with its review due date; fails when one is long overdue, so a scheduled CI run nags.
import { loadContent } from '../src/lib/content-check/load';
import { formatProblem } from '../src/lib/content-check/problem';
import {
  buildReviewReport,
  formatReviewReport,
  shouldFail,
  summariseReviewReport,
} from '../src/lib/content/review-report';
import { buildDate } from '../src/lib/dates/build-date';
import { formatUkDate } from '../src/lib/dates/format';
import { readContentFiles } from '../src/integrations/read-content-files';

const { model, problems } = loadContent(readContentFiles(process.cwd()));
// A file that fails its schema cannot be dated; say so rather than leave it silently out of the report.
for (const problem of problems) console.error(`Not in the report: ${formatProblem(problem)}`);

const today = buildDate(process.env);
const rows = buildReviewReport(
  [...model.articles.values()].map(({ id, data }) => ({ id, ...data })),
  today,
);
console.log(`Content review on ${formatUkDate(today)}`);
for (const line of formatReviewReport(rows)) console.log(line);
console.log(`Content review: ${summariseReviewReport(rows)}.`);
process.exitCode = shouldFail(rows) ? 1 : 0;
