package cn.govit.core.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import cn.govit.core.documents.DocumentType;
import cn.govit.core.lifecycle.LifecycleAction;
import cn.govit.core.shared.BusinessTime;
import cn.govit.devstack.ApiClient;
import org.junit.jupiter.api.BeforeEach;
import tools.jackson.databind.JsonNode;

/**
 * A rule or lifecycle test on the real services with the officers of 东湖区 and 西湖区 at hand, and
 * the assertions every article's test makes: refused with the article, or allowed.
 */
public abstract class LifecycleIntegrationTest extends CoreIntegrationTest {

    /** Today in the business zone: steps are dated relative to it, never in the future. */
    protected final LocalDate today = LocalDate.now(BusinessTime.ZONE);

    protected LifecycleDriver donghu;
    protected LifecycleDriver xihu;

    @BeforeEach
    void officersOfTheDemoDistricts() {
        donghu = new LifecycleDriver(this::as, "dh");
        xihu = new LifecycleDriver(this::as, "xh");
    }

    /** The problem of a refusal with {@code status}, naming {@code article}. */
    protected static JsonNode refused(ApiClient.Response response, int status, String article) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        JsonNode problem = response.json();
        assertThat(problem.get("article").asString()).as(response.body()).isEqualTo(article);
        assertThat(problem.get("title").asString()).matches(".*\\p{IsHan}.*");
        return problem;
    }

    /** The fields of the blocking findings of {@code article} in a findings list. */
    protected static List<String> blockingFields(JsonNode findings, String article) {
        return findings.valueStream()
                .filter(f -> f.get("article").asString().equals(article) && f.get("severity").asString().equals("BLOCKING"))
                .map(f -> f.get("field").asString()).toList();
    }

    /**
     * Saves {@code application} in the district and submits it: refused 422 with {@code article}
     * blocking {@code field}, the project left a draft. Its id.
     */
    protected static String assertSubmissionBlocked(LifecycleDriver district, JsonNode application, String article,
                                                    String field) {
        String id = district.create(application);
        JsonNode problem = refused(district.attempt(id, LifecycleAction.SUBMIT, null, DocumentType.APPLICATION_PLAN), 422,
                article);
        assertThat(blockingFields(problem.get("findings"), article)).contains(field);
        assertThat(blockingFields(district.detail(id).get("findings"), article)).contains(field);
        assertThat(district.status(id)).isEqualTo("DRAFT");
        assertThat(district.steps(id)).isEmpty();
        return id;
    }

    /** Saves {@code application} in the district and submits it successfully, without a blocking finding of {@code article}. */
    protected static String assertSubmissionAllowed(LifecycleDriver district, JsonNode application, String article) {
        String id = district.create(application);
        assertThat(blockingFields(district.detail(id).get("findings"), article)).isEmpty();
        district.attempt(id, LifecycleAction.SUBMIT, null, DocumentType.APPLICATION_PLAN).expect(201);
        assertThat(district.status(id)).isEqualTo("SUBMITTED");
        return id;
    }

    /** One parameter of a {@code GET /api/v1/rules} answer. */
    protected static JsonNode parameter(JsonNode rules, String name) {
        return rules.get("parameters").valueStream().filter(p -> p.get("parameter").asString().equals(name))
                .findFirst().orElseThrow(() -> new AssertionError("no parameter " + name + " in " + rules));
    }
}
