package cn.govit.core.lifecycle;

import java.util.List;

import cn.govit.core.rules.Finding;

/**
 * What one article asks before a step may be taken. One class per article under {@code lifecycle/rule}, or
 * in the feature whose records the article reads (the lifecycle knows none of them), found by Spring; the
 * lifecycle service runs every one on every step and refuses if any blocks.
 */
public interface StepPrecondition {

    /** Adds the blocking findings of this article for the step, if any. */
    void check(StepContext step, List<Finding> blocking);
}
