package cn.govit.core.todo;

import java.time.LocalDate;
import java.util.Locale;

import cn.govit.core.authority.OpinionKind;
import cn.govit.core.lifecycle.LifecycleAction;
import cn.govit.core.project.ProjectView;

/**
 * 待办事项 — one thing waiting for the user on one project: a step to take ({@code action}) or an opinion to
 * issue ({@code opinion}), the article that asks for it and, where an article sets one, the date it is due.
 */
public record TodoItem(ProjectView project, LifecycleAction action, OpinionKind opinion, String article,
                       LocalDate dueOn, boolean overdue) {

    public static TodoItem step(ProjectView project, LifecycleAction action, LocalDate dueOn, boolean overdue) {
        return new TodoItem(project, action, null, action.article(), dueOn, overdue);
    }

    public static TodoItem opinion(ProjectView project, OpinionKind kind, String article) {
        return new TodoItem(project, null, kind, article, null, false);
    }

    /** What is to be done, e.g. 主管部门审核同意 or 保密局意见. */
    public String label(Locale locale) {
        return action != null ? action.label(locale) : opinion.label(locale);
    }
}
