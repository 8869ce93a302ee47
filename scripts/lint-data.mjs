// Data lint (BCD-style): every rule of src/lint/ over content/. Prints one line per problem and
// exits 1, or prints a summary. Node 24 strips the types of the imported .ts modules.
import { fileURLToPath } from 'node:url';
import { formatProblem, lint } from '../src/lint/index.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const { problems, files, claims } = lint(root);

for (const problem of problems) console.log(formatProblem(problem));
const summary = `data lint: ${files} files, ${claims} claims, ${problems.length} problem${problems.length === 1 ? '' : 's'}`;
if (problems.length > 0) {
  console.error(summary);
  process.exitCode = 1;
} else {
  console.log(summary);
}
