package cn.govit.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * Lints the production realm the chart ships (keycloak/govit-realm-production.json): the properties a
 * production realm must have, which the demo realm deliberately lacks.
 */
class ProductionRealmTemplateTest {

  static final Path TEMPLATE = Paths.get("govit", "keycloak", "govit-realm-production.json");
  private static final Path DEMO_REALM = Paths.get("..", "devstack", "src", "main", "resources", "keycloak", "govit-realm.json");
  /** Users, organizations and their role mappings, and nothing else (organizations need manage-realm in Keycloak 26). */
  private static final Set<String> PROVISIONING_ROLES = Set.of("manage-users", "view-users", "query-users", "manage-realm");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{[A-Z][A-Z0-9_]*}");

  private final Map<String, Object> realm = read(TEMPLATE);

  @Test
  void sslIsRequiredAndLoginsAreProtectedAgainstBruteForce() {
    assertThat(realm.get("sslRequired")).isIn("external", "all");
    assertThat(realm.get("bruteForceProtected")).isEqualTo(true);
    assertThat((Integer) realm.get("failureFactor")).isBetween(3, 10);
    assertThat((Integer) realm.get("waitIncrementSeconds")).isPositive();
    assertThat((Integer) realm.get("maxFailureWaitSeconds")).isGreaterThanOrEqualTo(300);
  }

  @Test
  void passwordsHaveTwelveCharactersAHistoryAndAreNotTheUsername() {
    Map<String, String> policy = policy((String) realm.get("passwordPolicy"));

    assertThat(Integer.parseInt(policy.get("length"))).isGreaterThanOrEqualTo(12);
    assertThat(Integer.parseInt(policy.get("passwordHistory"))).isPositive();
    assertThat(policy).containsKey("notUsername");
  }

  @Test
  void noClientTakesPasswordsAndNoSecretIsWrittenDown() {
    List<Map<String, Object>> clients = HelmChartTest.maps(realm.get("clients"));

    assertThat(clients).extracting(c -> c.get("clientId")).contains("govit-gateway", "govit-provisioning");
    assertThat(clients).allSatisfy(c -> {
      assertThat(c.get("directAccessGrantsEnabled")).as("%s directAccessGrantsEnabled", c.get("clientId")).isNotEqualTo(true);
      assertThat(c.get("implicitFlowEnabled")).as("%s implicitFlowEnabled", c.get("clientId")).isNotEqualTo(true);
      if (c.containsKey("secret")) {
        assertThat((String) c.get("secret")).as("%s secret", c.get("clientId")).matches(PLACEHOLDER);
      }
    });
    assertThat(HelmChartTest.maps(realm.get("users"))).allSatisfy(u -> assertThat(u).doesNotContainKey("credentials"));
  }

  @Test
  void keycloakEndsTheGatewaysSessionsThroughItsBackChannelWhenItsOwnSessionEnds() {
    Map<String, Object> gateway = HelmChartTest.maps(realm.get("clients")).stream()
        .filter(c -> "govit-gateway".equals(c.get("clientId"))).findFirst().orElseThrow();
    Map<String, Object> attributes = HelmChartTest.map(gateway.get("attributes"));

    assertThat(attributes.get("backchannel.logout.url"))
        .isEqualTo("${GOVIT_PUBLIC_URL}/logout/connect/back-channel/keycloak");
    assertThat(attributes.get("backchannel.logout.session.required")).isEqualTo("true");
    assertThat(gateway.get("frontchannelLogout")).isEqualTo(false);
  }

  @Test
  void theProvisioningServiceAccountManagesOnlyUsersOrganizationsAndRoleMappings() {
    List<Map<String, Object>> accounts = HelmChartTest.maps(realm.get("users")).stream()
        .filter(u -> "govit-provisioning".equals(u.get("serviceAccountClientId"))).toList();

    assertThat(accounts).singleElement().satisfies(account -> {
      assertThat(account.get("realmRoles")).isNull();
      Map<String, Object> clientRoles = HelmChartTest.map(account.get("clientRoles"));
      assertThat(clientRoles).containsOnlyKeys("realm-management");
      assertThat(HelmChartTest.list(clientRoles.get("realm-management"))).containsExactlyInAnyOrderElementsOf(PROVISIONING_ROLES);
    });
    assertThat(HelmChartTest.maps(realm.get("users"))).allSatisfy(u ->
        assertThat(u.get("clientRoles") == null ? List.of() : HelmChartTest.list(HelmChartTest.map(u.get("clientRoles")).get("realm-management")))
            .doesNotContain("realm-admin"));
  }

  @Test
  void itHasTheDemoRealmsRolesOrganizationsAndUserProfileSoTheAppWorksTheSame() {
    Map<String, Object> demo = read(DEMO_REALM);

    assertThat(realm.get("realm")).isEqualTo(demo.get("realm"));
    assertThat(realm.get("organizationsEnabled")).isEqualTo(true);
    assertThat(realm.get("roles")).isEqualTo(demo.get("roles"));
    assertThat(realm.get("components")).isEqualTo(demo.get("components"));
  }

  /** Keycloak's policy string, e.g. {@code length(12) and notUsername(undefined)}, as name → argument. */
  static Map<String, String> policy(String policy) {
    Map<String, String> parts = new LinkedHashMap<>();
    Matcher m = Pattern.compile("(\\w+)(?:\\(([^)]*)\\))?").matcher(policy);
    while (m.find()) {
      if (!m.group(1).equals("and")) {
        parts.put(m.group(1), m.group(2));
      }
    }
    return parts;
  }

  static Map<String, Object> read(Path file) {
    try {
      return new Yaml().load(Files.readString(file));
    } catch (IOException e) {
      throw new IllegalStateException(file + " is unreadable", e);
    }
  }
}
