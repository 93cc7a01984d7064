package cn.govit.devstack;

import java.io.IOException;
import java.net.CookieHandler;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Just enough of a browser for the login dance: keeps cookies, does not follow redirects (the test
 * looks at each one), and fills in Keycloak's login forms.
 */
public final class LoginBrowser {

    private static final Pattern LOGIN_FORM = Pattern.compile("<form id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");
    private static final int MAX_LOGIN_STEPS = 3;

    private final CookieManager cookies = new CookieManager();
    private final HttpClient client = HttpClient.newBuilder()
            .cookieHandler(new LocalhostIsSecure(cookies))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    /** A hung server fails the test with the URL instead of stalling the build. */
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    public HttpResponse<String> get(URI uri) {
        return send(HttpRequest.newBuilder(uri).timeout(TIMEOUT).header("Accept", "text/html").GET().build());
    }

    public HttpResponse<String> post(URI uri, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(uri).timeout(TIMEOUT).header("Accept", "text/html")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /**
     * Fills in Keycloak's login forms from {@code loginPage} on — with organizations enabled the user name
     * comes first, the password on a second page — and returns Keycloak's redirect back to the client.
     */
    public HttpResponse<String> logIn(HttpResponse<String> loginPage, String username, String password) {
        HttpResponse<String> page = loginPage;
        for (int step = 0; step < MAX_LOGIN_STEPS && page.statusCode() == 200; step++) {
            Matcher action = LOGIN_FORM.matcher(page.body());
            if (!action.find()) {
                throw new IllegalStateException("No Keycloak login form in " + page.uri() + ": " + page.body());
            }
            Map<String, String> form = new LinkedHashMap<>();
            if (page.body().contains("name=\"username\"")) {
                form.put("username", username);
            }
            if (page.body().contains("name=\"password\"")) {
                form.put("password", password);
                form.put("credentialId", "");
            }
            page = post(URI.create(action.group(1).replace("&amp;", "&")), form);
        }
        if (page.statusCode() != 302) {
            throw new IllegalStateException("Keycloak did not log " + username + " in: " + page.statusCode() + " " + page.body());
        }
        return page;
    }

    /** The value of the cookie {@code name} the browser holds. */
    public String cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
                .map(java.net.HttpCookie::getValue).findFirst()
                .orElseThrow(() -> new IllegalStateException("No cookie " + name + " in " + cookies.getCookieStore().getCookies()));
    }

    /** Sends {@code request} with the browser's cookies, as a page's script would. */
    public HttpResponse<String> send(HttpRequest.Builder request) {
        return send(request.timeout(TIMEOUT).build());
    }

    /** Where a redirect points, resolved against the request it answers. */
    public static URI location(HttpResponse<?> redirect) {
        String location = redirect.headers().firstValue("Location")
                .orElseThrow(() -> new IllegalStateException("No redirect from " + redirect.uri() + " (status " + redirect.statusCode() + ")"));
        return redirect.uri().resolve(location);
    }

    public static Map<String, String> query(URI uri) {
        Map<String, String> params = new LinkedHashMap<>();
        for (String pair : uri.getRawQuery().split("&")) {
            int eq = pair.indexOf('=');
            params.put(URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8),
                    eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return params;
    }

    /**
     * Keycloak marks its cookies {@code Secure}; browsers still send them to http://localhost, which they
     * treat as a secure context, but {@link CookieManager} does not.
     */
    private static final class LocalhostIsSecure extends CookieHandler {

        private final CookieHandler cookies;

        LocalhostIsSecure(CookieHandler cookies) {
            this.cookies = cookies;
        }

        @Override
        public Map<String, List<String>> get(URI uri, Map<String, List<String>> requestHeaders) throws IOException {
            boolean localhost = "http".equals(uri.getScheme()) && "localhost".equals(uri.getHost());
            return cookies.get(localhost ? URI.create("https" + uri.toString().substring("http".length())) : uri, requestHeaders);
        }

        @Override
        public void put(URI uri, Map<String, List<String>> responseHeaders) throws IOException {
            cookies.put(uri, responseHeaders);
        }
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(request.method() + " " + request.uri() + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
