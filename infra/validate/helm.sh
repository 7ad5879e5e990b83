#!/usr/bin/env bash
# Lints and renders infra/helm/relocation with Helm's own engine (helm-java from Maven Central: Helm's Go library
# behind JNI, no helm binary), with the default values and with helm/values-variant.yaml, then validates every
# rendered manifest (kubernetes.mjs). Helm leaves hooks (the migration Job, the ExternalSecret) out of a render, so a
# copy of the chart without the hook annotations is rendered too and its manifests are validated with them.
# Downloads are cached in ~/.m2; the classpath and renders go to .tmp/helm/.
set -euo pipefail
cd "$(dirname "$0")/../.."
work=.tmp/helm
mkdir -p "${work}"
if [ ! -s "${work}/classpath" ]; then
  mvn -q -f infra/validate/helm/pom.xml dependency:build-classpath -Dmdep.outputFile="$(pwd)/${work}/classpath"
fi
render() { java -cp "$(cat "${work}/classpath")" infra/validate/helm/RenderChart.java "$@"; }
rm -rf "${work}/with-hooks"
cp -r infra/helm/relocation "${work}/with-hooks"
sed -i '/helm\.sh\/hook/d' "${work}"/with-hooks/templates/*.yaml
render infra/helm/relocation rel "${work}/default.yaml"
render infra/helm/relocation rel "${work}/variant.yaml" infra/validate/helm/values-variant.yaml
render "${work}/with-hooks" rel "${work}/hooks-default.yaml"
render "${work}/with-hooks" rel "${work}/hooks-variant.yaml" infra/validate/helm/values-variant.yaml
node infra/validate/kubernetes.mjs "${work}/default.yaml" "${work}/variant.yaml"
node infra/validate/kubernetes.mjs --expect-hooks "${work}/hooks-default.yaml" "${work}/hooks-variant.yaml"
