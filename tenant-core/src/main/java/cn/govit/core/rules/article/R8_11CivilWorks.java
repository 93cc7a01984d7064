package cn.govit.core.rules.article;

import java.util.List;

import cn.govit.core.application.Application;
import cn.govit.core.rules.Finding;
import cn.govit.core.rules.CheckContext;
import cn.govit.core.rules.Severity;

/** 第八条第（十一）项 — only civil works or high energy use still need siting, land, energy and environment approvals. */
public final class R8_11CivilWorks implements ArticleCheck {

    @Override
    public void check(Application a, CheckContext context, List<Finding> findings) {
        if (a.civilWorksOrHighEnergy()) {
            findings.add(Finding.of("R8.11", Severity.WARNING, "civilWorksOrHighEnergy", "R8.11.approvals"));
        }
    }
}
