package cn.govit.core.project;

import cn.govit.core.application.Application;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The stored form of an application: JSON in the project row and its audit rows. */
final class ApplicationJson {

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private ApplicationJson() {
    }

    static String write(Application application) {
        return JSON.writeValueAsString(application);
    }

    /** The application as it is stored, as a tree to compare revisions field by field. */
    static JsonNode tree(Application application) {
        return JSON.valueToTree(application);
    }

    static Application read(String json) {
        return JSON.readValue(json, Application.class);
    }
}
