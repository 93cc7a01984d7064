package cn.govit.core.rules;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import cn.govit.core.tenancy.TenantContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/rules} — the caller's tenant's rule set, its versions, and (for the city) every district's differences. */
@RestController
@RequestMapping("/api/v1/rules")
class RuleSetApi {

    private final RuleSetService rules;

    RuleSetApi(RuleSetService rules) {
        this.rules = rules;
    }

    /** The rules in force on {@code date} (today by default), each with the city's value beside it. */
    @GetMapping
    RuleSetView inForce(@RequestParam(required = false) LocalDate date) {
        String tenant = TenantContext.require().code();
        RuleSet local = date == null ? rules.current() : rules.inForce(date);
        RuleSet city = rules.inForce(RuleSetVersion.CITY, local.date());
        Locale locale = LocaleContextHolder.getLocale();
        List<ParameterView> parameters = new ArrayList<>();
        for (RuleParameter p : RuleParameter.values()) {
            parameters.add(new ParameterView(p, p.article(), p.type(), p.label(locale), p.unit(locale), local.value(p),
                    city.value(p), p.regulationValue(), p.range(), p.latitude(), !local.value(p).equals(city.value(p))));
        }
        return new RuleSetView(tenant, local.date(), local.versionLabel(), parameters);
    }

    @GetMapping("/versions")
    List<RuleSetVersion> versions() {
        return rules.versions(TenantContext.require().code());
    }

    /** A tenant admin publishes the district's next version (Art. 41). */
    @PostMapping("/versions")
    ResponseEntity<RuleSetVersion> publish(@Valid @RequestBody NewVersion version) {
        RuleSetVersion published = rules.publish(version.effectiveFrom(), version.overrides(), version.note());
        return ResponseEntity.created(URI.create("/api/v1/rules/versions/" + published.version())).body(published);
    }

    /** 各县区与市级基准的差异 — for the city's supervisors only. */
    @GetMapping("/differences")
    Map<String, List<RuleSetService.Difference>> differences() {
        return rules.differencesOfAllTenants();
    }

    /** A version to publish: the whole set of parameters the tenant sets itself. */
    record NewVersion(@NotNull LocalDate effectiveFrom, @NotNull @Size(max = 50) Map<String, String> overrides,
                      @Size(max = 1000) String note) {
    }

    /** The rule set as a table. */
    record RuleSetView(String tenant, LocalDate date, String version, List<ParameterView> parameters) {
    }

    /**
     * One parameter with its value here, in the city's rules and in the regulation, and what a district's
     * version may do with it (Art. 38, 41).
     */
    record ParameterView(RuleParameter parameter, String article, ParameterType type, String label, String unit,
                         String value, String baseline, String regulation, String range, Latitude latitude,
                         boolean overridden) {
    }
}
