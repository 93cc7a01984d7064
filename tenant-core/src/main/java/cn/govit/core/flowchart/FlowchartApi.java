package cn.govit.core.flowchart;

import java.util.Locale;

import cn.govit.core.rules.RuleSetService;
import cn.govit.core.tenancy.Tenant;
import cn.govit.core.tenancy.TenantContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/rules/flowchart.svg} — the caller's tenant's approval flowchart, from its rules in force today. */
@Service
@RestController
public class FlowchartApi {

    private final RuleSetService rules;

    FlowchartApi(RuleSetService rules) {
        this.rules = rules;
    }

    /** The current tenant's chart as an SVG element. */
    public String currentTenantChart(Locale locale) {
        Tenant tenant = TenantContext.require();
        return ApprovalFlowchart.svg("en".equals(locale.getLanguage()) && tenant.nameEn() != null ? tenant.nameEn()
                : tenant.nameZh(), rules.current(), locale);
    }

    @GetMapping(value = "/api/v1/rules/flowchart.svg", produces = "image/svg+xml")
    ResponseEntity<String> chart() {
        return ResponseEntity.ok().contentType(MediaType.valueOf("image/svg+xml;charset=UTF-8"))
                .cacheControl(CacheControl.noCache())
                .body(currentTenantChart(LocaleContextHolder.getLocale()));
    }
}
