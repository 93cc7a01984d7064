package cn.govit.provisioning.onboarding;

import java.util.stream.Collectors;

import cn.govit.core.tenancy.InvalidTenantCodeException;
import cn.govit.core.tenancy.InvalidTenantException;
import cn.govit.core.tenancy.TenantLevel;
import cn.govit.provisioning.keycloak.OrganizationNameTakenException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** Onboarding errors as Problem Details an operator can act on, in Chinese. */
@RestControllerAdvice
class OnboardingProblems extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(OnboardingProblems.class);

    @ExceptionHandler(InvalidTenantCodeException.class)
    ProblemDetail invalidCode(InvalidTenantCodeException e) {
        ProblemDetail p = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
        p.setTitle("租户代码无效");
        p.setDetail(switch (e.reason()) {
            case PATTERN -> "租户代码“" + e.code() + "”无效：须以小写字母开头，只含小写字母、数字和连字符（-），长度 2–31 位";
            case RESERVED -> "租户代码“" + e.code() + "”为系统保留字，不能使用";
        });
        p.setProperty("field", "code");
        return p;
    }

    @ExceptionHandler(InvalidTenantException.class)
    ProblemDetail invalidTenant(InvalidTenantException e) {
        ProblemDetail p = ProblemDetail.forStatus(e.reason() == InvalidTenantException.Reason.DIVISION_TAKEN
                ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST);
        p.setTitle(switch (e.reason()) {
            case DIVISION_FORMAT -> "行政区划代码须为 6 位数字";
            case DIVISION_OUTSIDE_PARENT -> "行政区划代码不在上级租户的区划范围内";
            case DIVISION_TAKEN -> "行政区划代码已属于另一个租户";
            case PARENT_UNKNOWN -> "上级租户不存在";
        });
        p.setDetail(p.getTitle() + "：" + e.value());
        p.setProperty("field", e.field());
        return p;
    }

    @ExceptionHandler(OrganizationNameTakenException.class)
    ProblemDetail nameTaken(OrganizationNameTakenException e) {
        return problem(HttpStatus.CONFLICT, "租户名称已被使用", "名称“" + e.name() + "”已属于另一个租户，请核对租户代码或名称",
                "nameZh");
    }

    @ExceptionHandler(OnboardingConflictException.class)
    ProblemDetail differs(OnboardingConflictException e) {
        ProblemDetail p = problem(HttpStatus.CONFLICT, "租户已存在，开通参数与已登记的不一致", "租户“" + e.code()
                + "”已登记，本次申请的" + e.differences().stream()
                .map(d -> label(d.field()) + "（已登记“" + value(d.field(), d.registered()) + "”，本次“"
                        + value(d.field(), d.requested()) + "”）")
                .collect(Collectors.joining("、")) + "与之不同；未做任何更改。请核对租户代码，或按已登记的参数重试",
                e.differences().getFirst().field());
        p.setProperty("differences", e.differences());
        return p;
    }

    @ExceptionHandler(AdminAccountTakenException.class)
    ProblemDetail adminTaken(AdminAccountTakenException e) {
        return problem(HttpStatus.CONFLICT, "管理员账号已属于其他租户或角色", "账号“" + e.username() + "”已是“" + e.holds()
                + "”的账号，不能同时成为本租户的管理员；请另起管理员用户名", "adminUsername");
    }

    @ExceptionHandler(FirstAdminPassword.WeakException.class)
    ProblemDetail weakPassword(FirstAdminPassword.WeakException e) {
        return problem(HttpStatus.BAD_REQUEST, "管理员初始密码不符合密码策略", "初始密码须至少 " + FirstAdminPassword.MIN_LENGTH
                + " 位，含大写字母、小写字母、数字、符号中的至少 " + FirstAdminPassword.MIN_CLASSES + " 类，且不得包含用户名",
                "adminPassword");
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail, String field) {
        ProblemDetail p = ProblemDetail.forStatus(status);
        p.setTitle(title);
        p.setDetail(detail);
        p.setProperty("field", field);
        return p;
    }

    private static String label(String field) {
        return switch (field) {
            case "adminUsername" -> "管理员";
            case "level" -> "层级";
            default -> "名称";
        };
    }

    private static String value(String field, String value) {
        if (!"level".equals(field)) {
            return value;
        }
        return switch (TenantLevel.valueOf(value)) {
            case CITY -> "市级";
            case COUNTY -> "县";
            case DISTRICT -> "区";
            case DEVELOPMENT_ZONE -> "开发区";
            case ADMINISTRATIVE_BUREAU -> "管理局";
        };
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail p = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
        p.setTitle("开通申请填写有误");
        p.setDetail(ex.getBindingResult().getFieldErrors().stream()
                .map(f -> f.getField() + "：" + f.getDefaultMessage()).collect(Collectors.joining("；")));
        if (ex.getBindingResult().getFieldError() != null) {
            p.setProperty("field", ex.getBindingResult().getFieldError().getField());
        }
        return ResponseEntity.badRequest().body(p);
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail p = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
        p.setTitle("请求内容无法识别");
        p.setDetail("请检查 JSON 格式与字段取值（level 可选 CITY、COUNTY、DISTRICT、DEVELOPMENT_ZONE、ADMINISTRATIVE_BUREAU）");
        return ResponseEntity.badRequest().body(p);
    }

    @ExceptionHandler(RuntimeException.class)
    ProblemDetail failed(RuntimeException e) {
        log.error("Onboarding failed", e);
        ProblemDetail p = ProblemDetail.forStatus(HttpStatus.BAD_GATEWAY);
        p.setTitle("租户开通未完成");
        p.setDetail("身份认证服务或数据库暂时不可用；已完成的步骤会保留，请稍后用相同参数重试");
        return p;
    }
}
