package cn.govit.core.rules.article;

import static cn.govit.core.rules.article.ArticleCheck.blank;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.govit.core.application.Application;
import cn.govit.core.application.ResourceCatalogueEntry;
import cn.govit.core.application.SharingType;
import cn.govit.core.rules.Finding;
import cn.govit.core.rules.RuleParameter;
import cn.govit.core.rules.CheckContext;
import cn.govit.core.rules.Severity;

/**
 * 第八条第（三）项 — a new or renovated system (新建、改建) lists information resource catalogue entries with every attribute, and the
 * information-sharing analysis chapter.
 */
public final class R8_3DataSharing implements ArticleCheck {

    @Override
    public void check(Application a, CheckContext context, List<Finding> findings) {
        if (!a.newOrRenovated() || !context.rules().flag(RuleParameter.R8_3_RESOURCE_CATALOGUE_REQUIRED)) {
            return;
        }
        if (a.resourceCatalogue().isEmpty()) {
            findings.add(Finding.of("R8.3", Severity.BLOCKING, "resourceCatalogue", "R8.3.noCatalogue"));
        }
        for (int i = 0; i < a.resourceCatalogue().size(); i++) {
            ResourceCatalogueEntry e = a.resourceCatalogue().get(i);
            Map<String, Boolean> missing = new LinkedHashMap<>();
            missing.put("name", blank(e.name()));
            missing.put("classification", blank(e.classification()));
            missing.put("responsibleParty", blank(e.responsibleParty()));
            missing.put("format", blank(e.format()));
            missing.put("attributes", blank(e.attributes()));
            missing.put("updateFrequency", blank(e.updateFrequency()));
            missing.put("sharingType", e.sharingType() == null);
            missing.put("sharingMethod", blank(e.sharingMethod()) && e.sharingType() != SharingType.NOT_SHARED);
            missing.put("usageRequirements", blank(e.usageRequirements()) && e.sharingType() == SharingType.CONDITIONAL);
            for (Map.Entry<String, Boolean> m : missing.entrySet()) {
                if (m.getValue()) {
                    findings.add(Finding.of("R8.3", Severity.BLOCKING, "resourceCatalogue[" + i + "]." + m.getKey(),
                            "R8.3.attribute." + m.getKey(), i + 1));
                }
            }
        }
        if (blank(a.sharingAnalysis())) {
            findings.add(Finding.of("R8.3", Severity.BLOCKING, "sharingAnalysis", "R8.3.noSharingAnalysis"));
        }
    }
}
