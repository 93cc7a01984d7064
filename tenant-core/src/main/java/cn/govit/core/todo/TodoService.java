package cn.govit.core.todo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import cn.govit.core.lifecycle.AwaitedOpinion;
import cn.govit.core.lifecycle.Deadline;
import cn.govit.core.lifecycle.LifecycleAction;
import cn.govit.core.lifecycle.LifecycleService;
import cn.govit.core.project.ProjectService;
import cn.govit.core.project.ProjectView;
import cn.govit.core.security.Actor;
import cn.govit.core.security.CurrentUser;
import cn.govit.core.security.Role;
import cn.govit.core.tenancy.TenantContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 待办 — the items of the current tenant waiting for the request's user: the main-road steps its roles
 * may take now ({@link LifecycleService#available}) — an owner unit's steps only on its own units'
 * projects (Art. 4) — and the opinions its authority owes ({@link LifecycleService#awaitingMyOpinion}).
 * Side paths (return, suspension, termination, 一事一议 requests) are choices, not things owed, and stay
 * on the project page. Overdue first, then by due date, then the longest waiting.
 */
@Service
public class TodoService {

    /** The steps that carry a project along DOMAIN.md's lifecycle; recorded-in-place ones only while their clock runs. */
    static final Set<LifecycleAction> MAIN_ROAD = EnumSet.of(LifecycleAction.SUBMIT, LifecycleAction.RESUBMIT,
            LifecycleAction.ENDORSE, LifecycleAction.PASS_REVIEW, LifecycleAction.INCLUDE_IN_ANNUAL_PLAN,
            LifecycleAction.APPROVE_EXCEPTIONAL, LifecycleAction.APPROVE, LifecycleAction.ENTER_IMPLEMENTATION,
            LifecycleAction.START_PROCUREMENT, LifecycleAction.FILE_CONTRACT, LifecycleAction.START_CONSTRUCTION,
            LifecycleAction.SUBMIT_MONTHLY_REPORT, LifecycleAction.PASS_SECURITY_ASSESSMENT,
            LifecycleAction.INITIAL_ACCEPTANCE, LifecycleAction.PASS_FINAL_ACCEPTANCE,
            LifecycleAction.FILE_ACCEPTANCE_DOCUMENTS, LifecycleAction.SUBMIT_SELF_EVALUATION,
            LifecycleAction.SUBMIT_OM_ASSESSMENT);

    static final Comparator<TodoItem> ORDER = Comparator.comparing((TodoItem i) -> !i.overdue())
            .thenComparing(TodoItem::dueOn, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(i -> i.project().updatedAt());

    private final ProjectService projects;
    private final LifecycleService lifecycle;

    TodoService(ProjectService projects, LifecycleService lifecycle) {
        this.projects = projects;
        this.lifecycle = lifecycle;
    }

    /** 我的待办 — empty outside a tenant and for a role no step or opinion is given to. */
    @Transactional(readOnly = true)
    public List<TodoItem> mine() {
        if (TenantContext.current().isEmpty()) {
            return List.of();
        }
        Actor actor = CurrentUser.actor();
        List<TodoItem> items = new ArrayList<>();
        for (ProjectView project : projects.list()) {
            if (project.status().terminal()) {
                continue;
            }
            List<LifecycleAction> available = lifecycle.available(project.id()).stream()
                    .filter(MAIN_ROAD::contains).filter(a -> mayTakeOn(actor, a, project)).toList();
            if (available.isEmpty()) {
                continue;
            }
            List<Deadline> deadlines = lifecycle.deadlines(project.id());
            for (LifecycleAction action : available) {
                Optional<Deadline> due = deadlines.stream().filter(d -> d.step() == action).findFirst();
                if (action.to() == null && due.isEmpty()) {
                    continue;
                }
                items.add(TodoItem.step(project, action, due.map(Deadline::dueOn).orElse(null),
                        due.map(Deadline::overdue).orElse(false)));
            }
        }
        for (AwaitedOpinion awaited : lifecycle.awaitingMyOpinion()) {
            items.add(TodoItem.opinion(awaited.project(), awaited.kind(), awaited.article()));
        }
        items.sort(ORDER);
        return List.copyOf(items);
    }

    /**
     * 下一步 — the main-road steps out of the project's stage, whoever takes them, with the date an article
     * sets; empty at the end of the road. Read by anyone who may read the project.
     */
    @Transactional(readOnly = true)
    public List<NextStep> next(UUID projectId) {
        Optional<ProjectView> found = projects.find(projectId);
        if (found.isEmpty()) {
            return List.of();
        }
        ProjectView project = found.get();
        List<Deadline> deadlines = lifecycle.deadlines(projectId);
        List<NextStep> next = new ArrayList<>();
        for (LifecycleAction action : MAIN_ROAD) {
            if (!action.from().contains(project.status())) {
                continue;
            }
            Optional<Deadline> due = deadlines.stream().filter(d -> d.step() == action).findFirst();
            if (action.to() == null && due.isEmpty()) {
                continue;
            }
            next.add(new NextStep(action, action.roles(), due.map(Deadline::dueOn).orElse(null),
                    due.map(Deadline::overdue).orElse(false)));
        }
        return next;
    }

    /** Art. 4: an owner unit's officer acts on its own units' projects only. */
    private static boolean mayTakeOn(Actor actor, LifecycleAction action, ProjectView project) {
        Set<Role> mine = EnumSet.noneOf(Role.class);
        action.roles().stream().filter(actor::has).forEach(mine::add);
        return !mine.equals(Set.of(Role.OWNER_OFFICER)) || actor.actsFor(project.ownerUnit());
    }
}
