// Checks every content file against its schema and every cross-reference, without building.
import { checkContent } from '../src/lib/content-check';
import { readContentFiles } from '../src/integrations/read-content-files';

const problems = checkContent(readContentFiles(process.cwd()));
for (const line of problems) console.error(line);
console.log(problems.length === 0 ? 'Content check: no problems.' : `Content check: ${problems.length} problem(s).`);
process.exitCode = problems.length === 0 ? 0 : 1;
