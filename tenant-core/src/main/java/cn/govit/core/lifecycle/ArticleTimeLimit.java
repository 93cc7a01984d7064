package cn.govit.core.lifecycle;

import java.util.EnumSet;
import java.util.Set;

import cn.govit.core.project.ProjectStatus;

/** A {@link TimeLimit} whose article, stages and meeting step are fixed; the subclass counts the window. */
public abstract class ArticleTimeLimit implements TimeLimit {

    private final String article;
    private final Set<ProjectStatus> runsIn;
    private final LifecycleAction metBy;

    protected ArticleTimeLimit(String article, LifecycleAction metBy, ProjectStatus first, ProjectStatus... more) {
        this.article = article;
        this.metBy = metBy;
        this.runsIn = EnumSet.of(first, more);
    }

    @Override
    public final String article() {
        return article;
    }

    @Override
    public final Set<ProjectStatus> runsIn() {
        return Set.copyOf(runsIn);
    }

    @Override
    public final LifecycleAction metBy() {
        return metBy;
    }
}
