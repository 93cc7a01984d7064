package cn.govit.core.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import cn.govit.core.shared.Texts;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import tools.jackson.databind.json.JsonMapper;

/**
 * A failure a user can act on, rendered as RFC 9457 Problem Details with a message from the
 * bundles ({@code i18n/core-messages}) and, where a rule applies, its {@code article}.
 */
public class ApiProblem extends RuntimeException {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpStatus status;
    private final String messageKey;
    private final transient Object[] args;
    private final String article;
    private final String field;
    private final transient Map<String, Object> properties = new LinkedHashMap<>();

    public ApiProblem(HttpStatus status, String messageKey, String article, String field, Object... args) {
        super(messageKey);
        this.status = status;
        this.messageKey = messageKey;
        this.args = args;
        this.article = article;
        this.field = field;
    }

    public static ApiProblem notFound(String messageKey, Object... args) {
        return new ApiProblem(HttpStatus.NOT_FOUND, messageKey, null, null, args);
    }

    /** Adds a member to the problem document, e.g. the {@code findings} that refused a step. */
    public ApiProblem with(String name, Object value) {
        properties.put(name, value);
        return this;
    }

    /** As RFC 9457 Problem Details, the title from the bundles in {@code locale}. */
    public ProblemDetail toProblemDetail(Locale locale) {
        ProblemDetail p = ProblemDetail.forStatus(status);
        p.setTitle(Texts.get(locale, messageKey, args));
        if (article != null) {
            p.setProperty("article", article);
        }
        if (field != null) {
            p.setProperty("field", field);
        }
        properties.forEach(p::setProperty);
        return p;
    }

    /**
     * Writes this refusal as the Problem body for a request that never reaches a controller (security filters, the
     * firewall), in the language the request asks for — Chinese unless it asks for another.
     */
    public void writeTo(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale locale = request.getHeader("Accept-Language") == null ? Locale.SIMPLIFIED_CHINESE : request.getLocale();
        ProblemDetail problem = toProblemDetail(locale);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", problem.getStatus());
        body.put("title", problem.getTitle());
        body.put("instance", request.getRequestURI());
        if (problem.getProperties() != null) {
            body.putAll(problem.getProperties());
        }
        response.setStatus(problem.getStatus());
        response.setContentType("application/problem+json;charset=UTF-8");
        response.getWriter().write(JSON.writeValueAsString(body));
    }

    public Map<String, Object> properties() {
        return Map.copyOf(properties);
    }

    public HttpStatus status() {
        return status;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }

    public String article() {
        return article;
    }

    public String field() {
        return field;
    }
}
