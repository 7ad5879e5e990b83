{{/* The name prefix of every object: <release>-relocation, at most 63 characters. */}}
{{- define "relocation.fullname" -}}
{{- printf "%s-relocation" .Release.Name | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{/* Labels of every object; the component is passed as .component. */}}
{{- define "relocation.labels" -}}
app.kubernetes.io/name: relocation
app.kubernetes.io/instance: {{ .root.Release.Name }}
app.kubernetes.io/version: {{ .root.Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .root.Release.Service }}
helm.sh/chart: {{ printf "%s-%s" .root.Chart.Name .root.Chart.Version }}
app.kubernetes.io/component: {{ .component }}
{{- end -}}

{{/* The selector labels of one component. */}}
{{- define "relocation.selector" -}}
app.kubernetes.io/name: relocation
app.kubernetes.io/instance: {{ .root.Release.Name }}
app.kubernetes.io/component: {{ .component }}
{{- end -}}

{{/* The image of one service: registry/relocation-<service>:tag or @digest. */}}
{{- define "relocation.image" -}}
{{- $image := .root.Values.image -}}
{{- if $image.digest -}}
{{ printf "%s/relocation-%s@%s" $image.registry .component $image.digest }}
{{- else -}}
{{ printf "%s/relocation-%s:%s" $image.registry .component $image.tag }}
{{- end -}}
{{- end -}}

{{/* The name of the Secret the ExternalSecret writes. */}}
{{- define "relocation.secretName" -}}
{{ include "relocation.fullname" . }}-secrets
{{- end -}}

{{/* One environment variable from the engine's Secret. */}}
{{- define "relocation.secretEnv" -}}
- name: {{ .name }}
  valueFrom:
    secretKeyRef:
      name: {{ include "relocation.secretName" .root }}
      key: {{ .key }}
{{- end -}}

{{/* Environment shared by every service. */}}
{{- define "relocation.commonEnv" -}}
- name: NODE_ENV
  value: production
- name: LOG_LEVEL
  value: {{ .Values.common.logLevel | quote }}
- name: DATA_DIR
  value: /data
- name: EVENT_STORE
  value: postgres
{{ include "relocation.secretEnv" (dict "root" . "name" "DATABASE_URL" "key" "database-url") }}
{{- if .Values.tracing.otlpEndpoint }}
- name: OTEL_EXPORTER_OTLP_ENDPOINT
  value: {{ .Values.tracing.otlpEndpoint | quote }}
- name: OTEL_SERVICE_NAME
  value: relocation
{{- end }}
{{- end -}}

{{/* The writable mounts of a read-only container: /data and /tmp, both emptyDir. */}}
{{- define "relocation.scratchMounts" -}}
- name: data
  mountPath: /data
- name: tmp
  mountPath: /tmp
{{- end -}}
{{- define "relocation.scratchVolumes" -}}
- name: data
  emptyDir: { sizeLimit: 256Mi }
- name: tmp
  emptyDir: { sizeLimit: 64Mi }
{{- end -}}

{{/* extraEnv: a map of name to value. */}}
{{- define "relocation.extraEnv" -}}
{{- range $name, $value := . }}
- name: {{ $name }}
  value: {{ $value | quote }}
{{- end }}
{{- end -}}
