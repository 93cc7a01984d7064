{{/* Value of the app.kubernetes.io/name label. */}}
{{- define "govit.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" -}}
{{- end }}

{{/* Resource name prefix: the release name, so services are <release>-app etc. */}}
{{- define "govit.fullname" -}}
{{- default .Release.Name .Values.fullnameOverride | trunc 63 | trimSuffix "-" -}}
{{- end }}

{{- define "govit.chart" -}}
{{- printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" -}}
{{- end }}

{{/* Name of a component's resources. Takes (dict "root" $ "component" "app"). */}}
{{- define "govit.componentName" -}}
{{- printf "%s-%s" (include "govit.fullname" .root) .component | trunc 63 | trimSuffix "-" -}}
{{- end }}

{{/* Takes (dict "root" $ "component" name); component is optional for shared resources. */}}
{{- define "govit.selectorLabels" -}}
app.kubernetes.io/name: {{ include "govit.name" .root }}
app.kubernetes.io/instance: {{ .root.Release.Name }}
{{- with .component }}
app.kubernetes.io/component: {{ . }}
{{- end }}
{{- end }}

{{- define "govit.labels" -}}
helm.sh/chart: {{ include "govit.chart" .root }}
{{ include "govit.selectorLabels" . }}
app.kubernetes.io/version: {{ .root.Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .root.Release.Service }}
app.kubernetes.io/part-of: govit
{{- end }}

{{/* Takes (dict "root" $ "image" .Values.<component>.image). */}}
{{- define "govit.image" -}}
{{- $repository := .image.repository -}}
{{- with .root.Values.image.registry }}
{{- $repository = printf "%s/%s" . $repository -}}
{{- end }}
{{- printf "%s:%s" $repository (.image.tag | default .root.Chart.AppVersion) -}}
{{- end }}

{{- define "govit.keycloak.issuerUri" -}}
{{- required "keycloak.issuerUri is required, e.g. https://sso.example.gov.cn/realms/govit" .Values.keycloak.issuerUri -}}
{{- end }}

{{/* An issuer is <keycloak>/realms/<realm>, so the base URL rarely needs setting. */}}
{{- define "govit.keycloak.url" -}}
{{- .Values.keycloak.url | default (regexReplaceAll "/realms/[^/]+/?$" (include "govit.keycloak.issuerUri" .) "") -}}
{{- end }}

{{- define "govit.keycloak.secretName" -}}
{{- .Values.keycloak.existingSecret | default (printf "%s-keycloak-clients" (include "govit.fullname" .)) -}}
{{- end }}

{{- define "govit.postgresql.secretName" -}}
{{- .Values.postgresql.existingSecret | default (printf "%s-db-credentials" (include "govit.fullname" .)) -}}
{{- end }}

{{/* Datasource env. Takes (dict "root" $ "username" user "passwordKey" key). */}}
{{- define "govit.env.datasource" -}}
- name: SPRING_DATASOURCE_URL
  value: {{ required "postgresql.url is required, e.g. jdbc:postgresql://db.example.gov.cn:5432/govit" .root.Values.postgresql.url | quote }}
- name: SPRING_DATASOURCE_USERNAME
  value: {{ .username | quote }}
- name: SPRING_DATASOURCE_PASSWORD
  valueFrom:
    secretKeyRef:
      name: {{ include "govit.postgresql.secretName" .root }}
      key: {{ .passwordKey }}
{{- end }}

{{/* The bearer tokens every component accepts: the platform's audience, issued to the gateway's client or an extra one. */}}
{{- define "govit.env.tokens" -}}
- name: GOVIT_SECURITY_TOKENS_AUDIENCE
  value: {{ required "keycloak.tokens.audience is required" .Values.keycloak.tokens.audience | quote }}
- name: GOVIT_SECURITY_TOKENS_ALLOWED_CLIENTS
  value: {{ prepend .Values.keycloak.tokens.extraClients .Values.keycloak.gatewayClient.id | join "," | quote }}
{{- end }}

{{- define "govit.env.gateway" -}}
- name: GOVIT_APP_URL
  value: {{ printf "http://%s:%v" (include "govit.componentName" (dict "root" . "component" "app")) .Values.app.port | quote }}
- name: GOVIT_PROVISIONING_URL
  value: {{ printf "http://%s:%v" (include "govit.componentName" (dict "root" . "component" "provisioning")) .Values.provisioning.port | quote }}
- name: GOVIT_KEYCLOAK_ISSUER_URI
  value: {{ include "govit.keycloak.issuerUri" . | quote }}
- name: GOVIT_GATEWAY_CLIENT_ID
  value: {{ .Values.keycloak.gatewayClient.id | quote }}
- name: GOVIT_GATEWAY_CLIENT_SECRET
  valueFrom:
    secretKeyRef:
      name: {{ include "govit.keycloak.secretName" . }}
      key: {{ .Values.keycloak.secretKeys.gatewayClientSecret }}
{{- end }}

{{- define "govit.env.app" -}}
{{ include "govit.env.datasource" (dict "root" . "username" .Values.postgresql.username "passwordKey" .Values.postgresql.secretKeys.password) }}
- name: SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUER_URI
  value: {{ include "govit.keycloak.issuerUri" . | quote }}
# Schemas are provisioning's (it migrates them at its start and on onboarding); the app's role is DML only.
- name: GOVIT_TENANCY_MIGRATE_ON_STARTUP
  value: "false"
# The admin screens onboard through provisioning (the only holder of Keycloak admin and DDL credentials),
# reached through the gateway's service as the network policy admits only the gateway to provisioning.
- name: GOVIT_PROVISIONING_URL
  value: {{ printf "http://%s:%v" (include "govit.componentName" (dict "root" . "component" "gateway")) .Values.gateway.port | quote }}
{{- end }}

{{- define "govit.env.provisioning" -}}
{{ include "govit.env.datasource" (dict "root" . "username" .Values.postgresql.ddlUsername "passwordKey" .Values.postgresql.secretKeys.ddlPassword) }}
# Every schema it migrates grants the app's role data access only.
- name: GOVIT_TENANCY_APP_ROLE
  value: {{ .Values.postgresql.username | quote }}
- name: GOVIT_KEYCLOAK_ISSUER_URI
  value: {{ include "govit.keycloak.issuerUri" . | quote }}
- name: GOVIT_KEYCLOAK_URL
  value: {{ include "govit.keycloak.url" . | quote }}
- name: GOVIT_KEYCLOAK_REALM
  value: {{ .Values.keycloak.realm | quote }}
- name: GOVIT_KEYCLOAK_CLIENT_ID
  value: {{ .Values.keycloak.provisioningClient.id | quote }}
- name: GOVIT_KEYCLOAK_CLIENT_SECRET
  valueFrom:
    secretKeyRef:
      name: {{ include "govit.keycloak.secretName" . }}
      key: {{ .Values.keycloak.secretKeys.provisioningClientSecret }}
{{- end }}
