// Validates rendered Kubernetes manifests (infra/validate/helm.sh renders the chart) against the Kubernetes API's
// JSON schemas (kubernetes-models, and @kubernetes-models/external-secrets for ExternalSecret), plus what the chart
// promises: non-root read-only containers with resource requests and probes, no Secret with data in the chart, no
// secret-looking environment value written in clear, and every kind the deployment needs.
//   node infra/validate/kubernetes.mjs <rendered.yaml>... [--expect-hooks]
import { readFileSync } from 'node:fs';
import { parseAllDocuments } from 'yaml';

const groupPath = (apiVersion) => apiVersion; // "apps/v1" and "v1" are the packages' own paths

async function modelFor(apiVersion, kind) {
  if (apiVersion.startsWith('external-secrets.io/')) {
    return (await import(`@kubernetes-models/external-secrets/${apiVersion}/${kind}`))[kind];
  }
  return (await import(`kubernetes-models/${groupPath(apiVersion)}/${kind}`))[kind];
}

const secretName = /(PASSWORD|SECRET|TOKEN|KEKS?|PRIVATE|DATABASE_URL)/;

function podProblems(name, spec, { needsProbes }) {
  const problems = [];
  if (spec.securityContext?.runAsNonRoot !== true) problems.push(`${name}: pod may run as root`);
  if (spec.automountServiceAccountToken !== false) problems.push(`${name}: mounts a service account token`);
  for (const c of spec.containers ?? []) {
    const where = `${name}/${c.name}`;
    const sc = c.securityContext ?? {};
    if (sc.readOnlyRootFilesystem !== true) problems.push(`${where}: root filesystem is writable`);
    if (sc.allowPrivilegeEscalation !== false) problems.push(`${where}: privilege escalation allowed`);
    if (!(sc.capabilities?.drop ?? []).includes('ALL')) problems.push(`${where}: capabilities not dropped`);
    if (c.resources?.requests?.cpu === undefined || c.resources?.requests?.memory === undefined) {
      problems.push(`${where}: no cpu and memory requests`);
    }
    if (/:latest$/.test(c.image) || !/[:@]/.test(c.image))
      problems.push(`${where}: image ${c.image} is not pinned`);
    if (needsProbes && (c.livenessProbe === undefined || c.readinessProbe === undefined)) {
      problems.push(`${where}: no liveness and readiness probes`);
    }
    for (const e of c.env ?? []) {
      if (secretName.test(e.name) && e.value !== undefined)
        problems.push(`${where}: ${e.name} is written in clear`);
    }
  }
  return problems;
}

export async function manifestProblems(text, { expectHooks }) {
  const problems = [];
  const kinds = new Map();
  for (const doc of parseAllDocuments(text)) {
    if (doc.errors.length > 0) {
      problems.push(...doc.errors.map((e) => `YAML: ${e.message}`));
      continue;
    }
    const object = doc.toJS();
    if (object === null || object === undefined) continue;
    const { apiVersion, kind } = object;
    const name = `${kind}/${object.metadata?.name}`;
    kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
    let Model;
    try {
      Model = await modelFor(apiVersion, kind);
    } catch {
      problems.push(`${name}: no schema for ${apiVersion} ${kind}`);
      continue;
    }
    try {
      new Model(object).validate();
    } catch (error) {
      problems.push(`${name}: ${error instanceof Error ? error.message : String(error)}`);
    }
    if (kind === 'Secret' && (object.data !== undefined || object.stringData !== undefined)) {
      problems.push(`${name}: the chart carries secret data; secrets come from the external store`);
    }
    if (kind === 'Deployment') {
      const component = object.metadata?.labels?.['app.kubernetes.io/component'];
      const probesOff =
        component === 'deadlines' && object.spec.template.spec.containers[0]?.livenessProbe === undefined;
      problems.push(...podProblems(name, object.spec.template.spec, { needsProbes: !probesOff }));
    }
    if (kind === 'Job')
      problems.push(...podProblems(name, object.spec.template.spec, { needsProbes: false }));
  }
  const expected = { Deployment: 4, Service: 1, PodDisruptionBudget: 1, NetworkPolicy: 6 };
  if (expectHooks) Object.assign(expected, { Job: 1, ExternalSecret: 1 });
  for (const [kind, count] of Object.entries(expected)) {
    if ((kinds.get(kind) ?? 0) < count)
      problems.push(`expected ${count} ${kind}, rendered ${kinds.get(kind) ?? 0}`);
  }
  return { problems, kinds };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const expectHooks = process.argv.includes('--expect-hooks');
  const files = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  let failed = false;
  for (const file of files) {
    const { problems, kinds } = await manifestProblems(readFileSync(file, 'utf8'), { expectHooks });
    for (const p of problems) process.stderr.write(`${file}: ${p}\n`);
    const total = [...kinds.values()].reduce((a, b) => a + b, 0);
    process.stdout.write(`${file}: ${total} manifests, ${problems.length} problems\n`);
    failed ||= problems.length > 0;
  }
  // A broken manifest must fail, or a silent pass proves nothing.
  const broken = await manifestProblems(
    'apiVersion: apps/v1\nkind: Deployment\nmetadata: { name: x }\nspec:\n  replicas: two\n  selector: {}\n' +
      '  template: { spec: { containers: [{ name: a, image: "i:latest", env: [{ name: DB_PASSWORD, value: p }] }] } }\n',
    { expectHooks: false },
  );
  if (broken.problems.length < 5) {
    process.stderr.write(`the check missed problems in a broken manifest: ${broken.problems.join('; ')}\n`);
    failed = true;
  }
  process.exitCode = failed || files.length === 0 ? 1 : 0;
}
