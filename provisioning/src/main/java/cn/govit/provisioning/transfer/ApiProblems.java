package cn.govit.provisioning.transfer;

import cn.govit.core.web.ApiProblem;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Refusals of the platform's services ({@link ApiProblem}, e.g. a caller without the platform-admin role)
 * as Problem Details in the request's language; ahead of onboarding's catch-all, which would call them a
 * passing failure.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblems {

    @ExceptionHandler(ApiProblem.class)
    ProblemDetail refused(ApiProblem e) {
        return e.toProblemDetail(LocaleContextHolder.getLocale());
    }
}
