// Commit messages (house rule, issue 16): a subject under 72 characters, the why in the body. Checks the commits
// made since the rule was adopted (the commit below); older history stays as it was written. In a shallow clone
// without that commit there is nothing to compare against, and the check says so and passes.
//   node scripts/checkCommitSubjects.mjs
import { execFileSync } from 'node:child_process';

const adopted = '3ff12e96d6a874f7d085c069088e62fa650f0991';
const git = (...args) => execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
let subjects;
try {
  git('cat-file', '-e', `${adopted}^{commit}`);
  subjects = git('log', '--format=%h %s', `${adopted}..HEAD`).split('\n').filter(Boolean);
} catch {
  process.stdout.write(
    `commit subjects: ${adopted.slice(0, 7)} is not in this clone's history, nothing to check\n`,
  );
  process.exit(0);
}
const tooLong = subjects.filter((line) => line.slice(line.indexOf(' ') + 1).length >= 72);
if (tooLong.length > 0) {
  process.stderr.write(`commit subjects must be under 72 characters:\n${tooLong.join('\n')}\n`);
  process.exit(1);
}
process.stdout.write(
  `commit subjects: ${subjects.length} since ${adopted.slice(0, 7)}, all under 72 characters\n`,
);
