package cn.govit.core.lifecycle;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import cn.govit.core.application.Application;
import cn.govit.core.authority.OpinionKind;
import cn.govit.core.authority.OpinionView;
import cn.govit.core.documents.DocumentType;
import cn.govit.core.project.ProjectView;
import cn.govit.core.rules.Article;
import cn.govit.core.rules.Finding;
import cn.govit.core.rules.RuleSet;
import cn.govit.core.rules.Severity;
import cn.govit.core.security.Actor;

/**
 * Everything a step rule judges a step by, read once by the lifecycle service: the project and its
 * application, the step and its date, the rules in force on that date, the steps before it, the
 * documents on the project, the authorities' current opinions and who acts.
 *
 * @param rules               the tenant's rules in force on the step's date
 * @param rulesOn             the tenant's rules in force on any date, for limits counted from an earlier step
 * @param applicationFindings what the rules in force on the step's date find about the application
 */
public record StepContext(ProjectView project, Application application, LifecycleAction action, LocalDate on,
                          RuleSet rules, Function<LocalDate, RuleSet> rulesOn, StepHistory history,
                          Set<DocumentType> documents,
                          Map<OpinionKind, OpinionView> opinions, List<Finding> applicationFindings, Actor actor) {

    public StepContext {
        documents = Set.copyOf(documents);
        opinions = Map.copyOf(opinions);
        applicationFindings = List.copyOf(applicationFindings);
    }

    /** The same project, date and user, judged for another step. */
    public StepContext forAction(LifecycleAction other) {
        return new StepContext(project, application, other, on, rules, rulesOn, history, documents, opinions,
                applicationFindings, actor);
    }

    /**
     * Blocks the step unless the authority's current opinion of {@code kind} consents (同意 or 有条件同意);
     * the finding names the authority and, for a 不同意, its date. {@code article} is the gate's article.
     */
    public void requireConsent(OpinionKind kind, String article, List<Finding> blocking) {
        OpinionView opinion = opinions.get(kind);
        String authorityZh = kind.authority().label(Locale.SIMPLIFIED_CHINESE);
        String authorityEn = kind.authority().label(Locale.ENGLISH);
        if (opinion == null) {
            blocking.add(Finding.of(article, Severity.BLOCKING, "opinions." + kind.name(), "opinion.missing",
                    authorityZh, kind.label(Locale.SIMPLIFIED_CHINESE), authorityEn, kind.label(Locale.ENGLISH),
                    Article.zh(article), Article.en(article)));
        } else if (!opinion.positive()) {
            blocking.add(Finding.of(article, Severity.BLOCKING, "opinions." + kind.name(), "opinion.rejected",
                    authorityZh, kind.label(Locale.SIMPLIFIED_CHINESE), authorityEn, kind.label(Locale.ENGLISH),
                    Article.zh(article), Article.en(article), opinion.issuedOn().toString(), opinion.conditions()));
        }
    }
}
