// Lints infra/docker/*.Dockerfile without building them (no container runtime here): dockerfile-utils' linter
// (syntax, instruction arguments, unknown flags) plus this project's rules for its images. Exits 1 on any problem.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validate } from 'dockerfile-utils';

const dockerDir = new URL('../docker/', import.meta.url).pathname;

/** This project's rules; each returns a message when the Dockerfile breaks it. */
export function policyProblems(text) {
  const lines = text.split('\n').map((l) => l.trim());
  const instructions = lines.filter((l) => l !== '' && !l.startsWith('#'));
  const froms = instructions.filter((l) => /^FROM\s/i.test(l));
  const lastFrom = instructions.map((l) => /^FROM\s/i.test(l)).lastIndexOf(true);
  const final = instructions.slice(lastFrom);
  const problems = [];
  if (froms.length < 2) problems.push('not multi-stage: build and runtime stages expected');
  if (!text.includes('-bookworm-slim')) problems.push('runtime base is not a slim node image');
  const users = final.filter((l) => /^USER\s/i.test(l));
  if (users.length === 0 || /^USER\s+(root|0)(:|\s|$)/i.test(users.at(-1))) {
    problems.push('the runtime stage does not switch to a non-root user');
  }
  if (!final.some((l) => /^HEALTHCHECK\s/i.test(l))) problems.push('no HEALTHCHECK in the runtime stage');
  const cmd = final.findLast((l) => /^CMD\s/i.test(l)) ?? '';
  if (!/"node"/.test(cmd) || !/dist\/main\.js/.test(cmd))
    problems.push('CMD does not run dist/main.js with node');
  if (/tsx/.test(final.join('\n'))) problems.push('the runtime stage mentions tsx');
  for (const l of instructions.filter((i) => /^(ENV|ARG)\s/i.test(i))) {
    if (/(PASSWORD|SECRET|TOKEN|KEKS?|PRIVATE|_KEY)\b[^=]*=\s*\S/i.test(l))
      problems.push(`secret baked in: ${l}`);
  }
  if (!final.some((l) => /pnpm.*deploy|dist/.test(l)) || final.some((l) => /pnpm install/.test(l))) {
    problems.push('the runtime stage should copy the deployed output, not install');
  }
  return problems;
}

export function lintDockerfile(text) {
  const diagnostics = validate(text).map((d) => `line ${d.range.start.line + 1}: ${d.message}`);
  return [...diagnostics, ...policyProblems(text)];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const files = readdirSync(dockerDir).filter((f) => f.endsWith('.Dockerfile'));
  let failed = 0;
  for (const file of files) {
    const problems = lintDockerfile(readFileSync(join(dockerDir, file), 'utf8'));
    for (const p of problems) process.stderr.write(`${file}: ${p}\n`);
    failed += problems.length > 0 ? 1 : 0;
  }
  // The linter must catch a broken file, or a silent pass proves nothing.
  const broken = lintDockerfile(
    'FROM node:20-bookworm-slim\nUSER root\nENV DB_PASSWORD=hunter2\nCMD tsx src/main.ts\n',
  );
  if (broken.length < 4) {
    process.stderr.write(`the lint missed problems in a broken Dockerfile: ${broken.join('; ')}\n`);
    failed += 1;
  }
  process.stdout.write(`Dockerfiles: ${files.length} checked, ${failed} with problems\n`);
  process.exitCode = failed === 0 && files.length === 4 ? 0 : 1;
}
