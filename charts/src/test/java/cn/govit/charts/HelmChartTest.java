package cn.govit.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;
import com.marcnuri.helm.TemplateCommand;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** Lints and renders the govit chart with the Helm library bundled in helm-java. */
class HelmChartTest {

  // Surefire runs in the module directory, next to the chart.
  private static final Path CHART = Paths.get("govit");
  private static final String RELEASE = "prod";
  private static final String APP_DB_PASSWORD = "app-db-password";
  private static final String DDL_DB_PASSWORD = "ddl-db-password";

  @Test
  void chartLintsStrictlyWithoutFailures() {
    LintResult result = new Helm(CHART).lint().strict().call();

    assertThat(result.isFailed()).as("lint messages: %s", result.getMessages()).isFalse();
    assertThat(result.getMessages()).noneMatch(m -> m.contains("[ERROR]") || m.contains("[WARNING]"));
  }

  @Test
  void rendersThreeDeploymentsServicesAndAnIngressToTheGatewayOnly() {
    List<Map<String, Object>> docs = render(withRequiredValues()
        .set("ingress.enabled", "true")
        .set("ingress.host", "govit.example.gov.cn"));

    assertThat(namesOf(docs, "Deployment")).containsExactlyInAnyOrder("prod-gateway", "prod-app", "prod-provisioning");
    assertThat(servicePorts(docs)).containsExactlyInAnyOrderEntriesOf(
        Map.of("prod-gateway", 8080, "prod-app", 8081, "prod-provisioning", 8082));

    List<Map<String, Object>> backends = kind(docs, "Ingress").stream()
        .flatMap(ingress -> maps(at(ingress, "spec", "rules")).stream())
        .flatMap(rule -> maps(at(rule, "http", "paths")).stream())
        .map(path -> map(at(path, "backend", "service")))
        .toList();
    assertThat(backends).hasSize(1).allSatisfy(service -> {
      assertThat(service.get("name")).isEqualTo("prod-gateway");
      assertThat(at(service, "port", "number")).isEqualTo(8080);
    });
  }

  @Test
  void renderingWithoutIssuerUriFailsNamingIt() {
    TemplateCommand withoutIssuer = new Helm(CHART).template()
        .withName(RELEASE)
        .set("postgresql.url", "jdbc:postgresql://db.example.gov.cn:5432/govit")
        .set("postgresql.password", APP_DB_PASSWORD)
        .set("postgresql.ddlPassword", DDL_DB_PASSWORD)
        .set("keycloak.gatewayClient.secret", "gateway-client-secret")
        .set("keycloak.provisioningClient.secret", "provisioning-client-secret");

    assertThatThrownBy(withoutIssuer::call).hasMessageContaining("keycloak.issuerUri is required");
  }

  @Test
  void databasePasswordsComeFromSecretsNeverFromPlainEnv() {
    List<Map<String, Object>> docs = render(withRequiredValues());

    assertThat(passwordRef(docs, "prod-app")).containsEntry("name", "prod-db-credentials").containsEntry("key", "password");
    assertThat(passwordRef(docs, "prod-provisioning"))
        .containsEntry("name", "prod-db-credentials").containsEntry("key", "ddl-password");
    assertThat(env(docs, "prod-provisioning")).anySatisfy(e -> {
      assertThat(e.get("name")).isEqualTo("SPRING_DATASOURCE_USERNAME");
      assertThat(e.get("value")).isEqualTo("govit_owner");
    });
    // The literal passwords may only appear (encoded) in the Secret, never in any Deployment.
    assertThat(new Yaml().dump(kind(docs, "Deployment"))).doesNotContain(APP_DB_PASSWORD, DDL_DB_PASSWORD);
  }

  @Test
  void everyComponentAcceptsOnlyThePlatformsAudienceFromTheGatewaysClientAndTheExtraOnes() {
    for (String deployment : List.of("prod-gateway", "prod-app", "prod-provisioning")) {
      assertThat(env(render(withRequiredValues()), deployment)).as(deployment)
          .contains(Map.of("name", "GOVIT_SECURITY_TOKENS_AUDIENCE", "value", "govit-platform"),
              Map.of("name", "GOVIT_SECURITY_TOKENS_ALLOWED_CLIENTS", "value", "govit-gateway"));
    }
    assertThat(env(render(withRequiredValues().set("keycloak.tokens.extraClients[0]", "govit-scripts")), "prod-app"))
        .contains(Map.of("name", "GOVIT_SECURITY_TOKENS_ALLOWED_CLIENTS", "value", "govit-gateway,govit-scripts"));
  }

  @Test
  void existingSecretIsReferencedAndNoDatabaseSecretIsCreated() {
    List<Map<String, Object>> docs = render(withRequiredValues()
        .set("postgresql.existingSecret", "govit-db")
        .set("postgresql.password", "")
        .set("postgresql.ddlPassword", ""));

    assertThat(namesOf(docs, "Secret")).containsExactly("prod-keycloak-clients");
    assertThat(passwordRef(docs, "prod-app")).containsEntry("name", "govit-db");
    assertThat(passwordRef(docs, "prod-provisioning")).containsEntry("name", "govit-db");
  }

  @Test
  void networkPolicyAdmitsOnlyGatewayPodsToAppAndProvisioning() {
    List<Map<String, Object>> policies = kind(render(withRequiredValues()), "NetworkPolicy");

    assertThat(policies).extracting(p -> at(p, "spec", "podSelector", "matchLabels", "app.kubernetes.io/component"))
        .containsExactlyInAnyOrder("app", "provisioning");
    assertThat(policies).allSatisfy(policy -> {
      assertThat(list(at(policy, "spec", "policyTypes"))).containsExactly("Ingress");
      List<Map<String, Object>> rules = maps(at(policy, "spec", "ingress"));
      assertThat(rules).hasSize(1);
      List<Map<String, Object>> peers = maps(rules.getFirst().get("from"));
      assertThat(peers).hasSize(1);
      assertThat(peers.getFirst()).containsOnlyKeys("podSelector");
      assertThat(map(at(peers.getFirst(), "podSelector", "matchLabels"))).containsExactlyInAnyOrderEntriesOf(Map.of(
          "app.kubernetes.io/name", "govit",
          "app.kubernetes.io/instance", RELEASE,
          "app.kubernetes.io/component", "gateway"));
    });
  }

  @Test
  void rendersTheProductionRealmAsAConfigMapWithPlaceholdersInsteadOfSecrets() {
    List<Map<String, Object>> configMaps = kind(render(withRequiredValues()), "ConfigMap");

    assertThat(configMaps).extracting(c -> at(c, "metadata", "name")).containsExactly("prod-keycloak-realm");
    String realm = (String) at(configMaps.getFirst(), "data", "govit-realm.json");
    assertThat((Object) new Yaml().load(realm)).isEqualTo(ProductionRealmTemplateTest.read(ProductionRealmTemplateTest.TEMPLATE));
    assertThat(realm).contains("${GOVIT_GATEWAY_CLIENT_SECRET}", "${GOVIT_PROVISIONING_CLIENT_SECRET}")
        .doesNotContain("demo-");
    assertThat(kind(render(withRequiredValues().set("keycloak.realmConfigMap", "false")), "ConfigMap")).isEmpty();
  }

  @Test
  void schemaRejectsZeroReplicas() {
    TemplateCommand zeroReplicas = withRequiredValues().set("app.replicas", "0");

    assertThatThrownBy(zeroReplicas::call).hasMessageContaining("replicas");
  }

  private static TemplateCommand withRequiredValues() {
    return new Helm(CHART).template()
        .withName(RELEASE)
        .set("keycloak.issuerUri", "https://sso.example.gov.cn/realms/govit")
        .set("keycloak.gatewayClient.secret", "gateway-client-secret")
        .set("keycloak.provisioningClient.secret", "provisioning-client-secret")
        .set("postgresql.url", "jdbc:postgresql://db.example.gov.cn:5432/govit")
        .set("postgresql.password", APP_DB_PASSWORD)
        .set("postgresql.ddlPassword", DDL_DB_PASSWORD);
  }

  private static List<Map<String, Object>> render(TemplateCommand template) {
    return StreamSupport.stream(new Yaml().loadAll(template.call()).spliterator(), false)
        .filter(Objects::nonNull)
        .map(HelmChartTest::map)
        .toList();
  }

  private static List<Map<String, Object>> kind(List<Map<String, Object>> docs, String kind) {
    return docs.stream().filter(d -> kind.equals(d.get("kind"))).toList();
  }

  private static List<Object> namesOf(List<Map<String, Object>> docs, String kind) {
    return kind(docs, kind).stream().map(d -> at(d, "metadata", "name")).toList();
  }

  private static Map<Object, Object> servicePorts(List<Map<String, Object>> docs) {
    return kind(docs, "Service").stream().collect(Collectors.toMap(
        s -> at(s, "metadata", "name"),
        s -> maps(at(s, "spec", "ports")).getFirst().get("port")));
  }

  private static List<Map<String, Object>> env(List<Map<String, Object>> docs, String deployment) {
    Map<String, Object> found = kind(docs, "Deployment").stream()
        .filter(d -> deployment.equals(at(d, "metadata", "name")))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no Deployment " + deployment));
    return maps(maps(at(found, "spec", "template", "spec", "containers")).getFirst().get("env"));
  }

  private static Map<String, Object> passwordRef(List<Map<String, Object>> docs, String deployment) {
    Map<String, Object> password = env(docs, deployment).stream()
        .filter(e -> "SPRING_DATASOURCE_PASSWORD".equals(e.get("name")))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no SPRING_DATASOURCE_PASSWORD in " + deployment));
    assertThat(password).as("password env of %s", deployment).doesNotContainKey("value");
    return map(at(password, "valueFrom", "secretKeyRef"));
  }

  private static Object at(Object node, String... path) {
    Object current = node;
    for (String key : path) {
      current = current == null ? null : map(current).get(key);
    }
    return current;
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> map(Object node) {
    return (Map<String, Object>) node;
  }

  @SuppressWarnings("unchecked")
  static List<Object> list(Object node) {
    return (List<Object>) node;
  }

  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> maps(Object node) {
    return (List<Map<String, Object>>) node;
  }
}
