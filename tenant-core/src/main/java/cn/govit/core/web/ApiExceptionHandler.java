package cn.govit.core.web;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolationException;

import cn.govit.core.shared.Texts;
import cn.govit.core.tenancy.NoTenantException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.InvalidFormatException;

/**
 * Every API failure as RFC 9457 Problem Details: a {@code title} in the request's language (zh-CN
 * unless English is asked for), and {@code field} / {@code article} where they apply. Never a stack
 * trace, never a 500 for bad input.
 */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(ApiProblem.class)
    ProblemDetail apiProblem(ApiProblem e) {
        return e.toProblemDetail(LocaleContextHolder.getLocale());
    }

    @ExceptionHandler(NoTenantException.class)
    ProblemDetail noTenant() {
        return problem(HttpStatus.FORBIDDEN, "problem.noTenant");
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail forbidden() {
        return problem(HttpStatus.FORBIDDEN, "problem.forbidden");
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ProblemDetail conflict() {
        return problem(HttpStatus.CONFLICT, "problem.conflict");
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ProblemDetail constraintViolation(ConstraintViolationException e) {
        List<Map<String, String>> errors = e.getConstraintViolations().stream()
                .map(v -> Map.of("field", lastNode(v.getPropertyPath().toString()), "message", v.getMessage()))
                .toList();
        return validationProblem(errors);
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Map<String, String>> errors = ex.getBindingResult().getFieldErrors().stream()
                .map(f -> Map.of("field", f.getField(), "message", String.valueOf(f.getDefaultMessage())))
                .toList();
        return ResponseEntity.badRequest().body(validationProblem(errors));
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (ex.getCause() instanceof InvalidFormatException invalid && invalid.getTargetType() != null
                && invalid.getTargetType().isEnum()) {
            String field = fieldOf(invalid);
            String allowed = Arrays.stream(invalid.getTargetType().getEnumConstants())
                    .map(String::valueOf).collect(Collectors.joining(", "));
            ProblemDetail p = problem(HttpStatus.BAD_REQUEST, "problem.unreadable");
            p.setDetail(text("problem.unknownValue", field, invalid.getValue(), allowed));
            p.setProperty("field", field);
            return ResponseEntity.badRequest().body(p);
        }
        if (ex.getCause() instanceof InvalidFormatException invalid && invalid.getTargetType() == String.class) {
            ProblemDetail p = problem(HttpStatus.BAD_REQUEST, "problem.unreadable");
            p.setDetail(text("problem.unstorableText", fieldOf(invalid)));
            p.setProperty("field", fieldOf(invalid));
            return ResponseEntity.badRequest().body(p);
        }
        ProblemDetail p = problem(HttpStatus.BAD_REQUEST, "problem.unreadable");
        if (ex.getCause() instanceof DatabindException databind) {
            p.setProperty("field", fieldOf(databind));
        }
        return ResponseEntity.badRequest().body(p);
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleHttpMediaTypeNotSupported(HttpMediaTypeNotSupportedException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE).headers(headers)
                .body(problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "problem.unsupportedMediaType"));
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleHttpMediaTypeNotAcceptable(HttpMediaTypeNotAcceptableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.status(HttpStatus.NOT_ACCEPTABLE).headers(headers)
                .body(problem(HttpStatus.NOT_ACCEPTABLE, "problem.notAcceptable"));
    }

    /** Beyond the servlet's multipart limit, set above the documents' own so that their 413 usually speaks first. */
    @Override
    protected @Nullable ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
                .body(problem(HttpStatus.CONTENT_TOO_LARGE, "problem.uploadTooLarge"));
    }

    /** A multipart body that cannot be parsed is the client's mistake. */
    @ExceptionHandler(MultipartException.class)
    ProblemDetail badUpload() {
        return problem(HttpStatus.BAD_REQUEST, "problem.badUpload");
    }

    @ExceptionHandler(RuntimeException.class)
    ProblemDetail unexpected(RuntimeException e) {
        log.error("Unexpected failure", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "problem.internal");
    }

    private ProblemDetail validationProblem(List<Map<String, String>> errors) {
        ProblemDetail p = problem(HttpStatus.BAD_REQUEST, "problem.validation");
        if (!errors.isEmpty()) {
            p.setProperty("field", errors.getFirst().get("field"));
            p.setDetail(errors.stream().map(e -> label(e.get("field")) + "：" + e.get("message"))
                    .collect(Collectors.joining("；")));
        }
        p.setProperty("errors", errors);
        return p;
    }

    private ProblemDetail problem(HttpStatus status, String key, Object... args) {
        ProblemDetail p = ProblemDetail.forStatus(status);
        p.setTitle(text(key, args));
        return p;
    }

    private String label(String field) {
        return Texts.has("field." + field) ? text("field." + field) : field;
    }

    /** zh-CN unless the request asked for English. */
    private String text(String key, Object... args) {
        return Texts.get(LocaleContextHolder.getLocale(), key, args);
    }


    /** As Bean Validation names it: {@code indicators[0].unit}. */
    private static String fieldOf(DatabindException e) {
        StringBuilder field = new StringBuilder();
        e.getPath().forEach(r -> field.append(r.getPropertyName() == null ? "[" + r.getIndex() + "]"
                : (field.isEmpty() ? "" : ".") + r.getPropertyName()));
        return field.toString();
    }

    private static String lastNode(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }
}
