package cn.govit.core.web;

import java.util.Collections;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.MethodParameter;
import org.springframework.http.HttpMethod;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The API's media types settled before a handler runs, so that a refusal never follows a change already saved: a
 * write whose caller does not accept JSON is a 406 before, not after, the save; a JSON body must say it is JSON (a
 * wildcard or a form content type is a 415, not a failure while Spring or Tomcat parses it).
 */
@Component
class ApiMediaTypes implements WebMvcConfigurer, HandlerInterceptor {

    private static final Set<HttpMethod> WRITES = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH);
    private static final List<MediaType> JSON = List.of(MediaType.APPLICATION_JSON, new MediaType("application", "*+json"));

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/api/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws HttpMediaTypeNotAcceptableException, HttpMediaTypeNotSupportedException {
        if (!(handler instanceof HandlerMethod method)) {
            return true;
        }
        HttpMethod httpMethod = HttpMethod.valueOf(request.getMethod());
        if (WRITES.contains(httpMethod) && !acceptsJson(Collections.list(request.getHeaders("Accept")))) {
            throw new HttpMediaTypeNotAcceptableException(JSON);
        }
        if (request.getContentType() != null && takesBody(method) && !json(request.getContentType())) {
            throw new HttpMediaTypeNotSupportedException("Content-Type " + request.getContentType() + " is not JSON");
        }
        return true;
    }

    private static boolean acceptsJson(List<String> accept) {
        if (accept.isEmpty()) {
            return true;
        }
        try {
            return MediaType.parseMediaTypes(accept).stream().anyMatch(a -> JSON.stream().anyMatch(a::isCompatibleWith));
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }

    private static boolean json(String contentType) {
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            return !type.isWildcardType() && !type.isWildcardSubtype() && JSON.stream().anyMatch(type::isCompatibleWith);
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }

    private static boolean takesBody(HandlerMethod method) {
        for (MethodParameter parameter : method.getMethodParameters()) {
            if (parameter.hasParameterAnnotation(RequestBody.class)) {
                return true;
            }
        }
        return false;
    }
}
