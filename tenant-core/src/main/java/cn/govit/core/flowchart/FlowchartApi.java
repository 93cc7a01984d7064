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

/**
 * {@code /api/v1/rules/flowchart.svg}, {@code .png} and {@code .pdf} — the caller's tenant's approval flowchart,
 * from its rules in force today; PNG and PDF because officials paste charts into documents and print them.
 */
@Service
@RestController
public class FlowchartApi {

    private final RuleSetService rules;

    FlowchartApi(RuleSetService rules) {
        this.rules = rules;
    }

    /** The current tenant's chart as an SVG element. */
    public String currentTenantChart(Locale locale) {
        return ApprovalFlowchart.svg(tenantName(locale), rules.current(), locale);
    }

    public byte[] currentTenantPng(Locale locale) {
        return ApprovalFlowchart.png(tenantName(locale), rules.current(), locale);
    }

    public byte[] currentTenantPdf(Locale locale) {
        return ApprovalFlowchart.pdf(tenantName(locale), rules.current(), locale);
    }

    private static String tenantName(Locale locale) {
        Tenant tenant = TenantContext.require();
        return "en".equals(locale.getLanguage()) && tenant.nameEn() != null ? tenant.nameEn() : tenant.nameZh();
    }

    @GetMapping(value = "/api/v1/rules/flowchart.svg", produces = "image/svg+xml")
    ResponseEntity<String> chart() {
        return ResponseEntity.ok().contentType(MediaType.valueOf("image/svg+xml;charset=UTF-8"))
                .cacheControl(CacheControl.noCache())
                .body(currentTenantChart(LocaleContextHolder.getLocale()));
    }

    @GetMapping(value = "/api/v1/rules/flowchart.png", produces = MediaType.IMAGE_PNG_VALUE)
    ResponseEntity<byte[]> png() {
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).cacheControl(CacheControl.noCache())
                .body(currentTenantPng(LocaleContextHolder.getLocale()));
    }

    @GetMapping(value = "/api/v1/rules/flowchart.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> pdf() {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF).cacheControl(CacheControl.noCache())
                .body(currentTenantPdf(LocaleContextHolder.getLocale()));
    }
}
