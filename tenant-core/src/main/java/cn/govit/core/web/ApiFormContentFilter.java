package cn.govit.core.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.servlet.filter.OrderedFormContentFilter;
import org.springframework.stereotype.Component;

/**
 * Spring's filter that reads PUT, PATCH and DELETE bodies sent as forms, in place of Boot's, leaving the API out: the
 * API reads JSON and multipart only, and a form body it cannot decode failed in the filter, before any Problem could
 * be written (a bare 401 from the error page instead of the 415 of {@link ApiMediaTypes}).
 */
@Component
class ApiFormContentFilter extends OrderedFormContentFilter {

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }
}
