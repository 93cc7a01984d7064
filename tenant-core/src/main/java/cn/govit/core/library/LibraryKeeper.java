package cn.govit.core.library;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;

import cn.govit.core.lifecycle.ProjectStepTaken;
import cn.govit.core.project.ProjectService;
import cn.govit.core.project.ProjectView;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the libraries from the lifecycle's committed steps: the pass of the review enters the reserve
 * library (Art. 10, its conditions are the lifecycle's step rules), the city government's 一事一议 approval
 * puts a project beside the libraries, marked as such (Art. 13), the entry into implementation moves it to
 * the implementation library (Art. 13), a termination takes it out (Art. 35). The lifecycle does not know
 * this feature. It runs after the step's commit on the step's thread, in the step's tenant.
 */
@Component
class LibraryKeeper {

    private final LibraryEntryRepository entries;
    private final LibraryChangeRepository changes;
    private final LibraryAdjustmentRepository adjustments;
    private final ProjectService projects;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    LibraryKeeper(LibraryEntryRepository entries, LibraryChangeRepository changes,
                  LibraryAdjustmentRepository adjustments, ProjectService projects, Clock clock,
                  ApplicationEventPublisher events) {
        this.events = events;
        this.entries = entries;
        this.changes = changes;
        this.adjustments = adjustments;
        this.projects = projects;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(ProjectStepTaken step) {
        switch (step.action()) {
            case PASS_REVIEW -> enter(step, false, LibraryChangeKind.ENTERED_RESERVE);
            case APPROVE_EXCEPTIONAL -> enter(step, true, LibraryChangeKind.EXCEPTIONAL);
            case ENTER_IMPLEMENTATION -> {
                LibraryEntry entry = entries.findById(step.projectId()).orElseGet(() -> entries.save(
                        new LibraryEntry(step.projectId(), Library.RESERVE, planYear(step), true, step.occurredOn())));
                entry.enterImplementation();
                record(step, entry, LibraryChangeKind.ENTERED_IMPLEMENTATION, null);
            }
            case TERMINATE -> entries.findById(step.projectId()).filter(e -> !e.removed()).ifPresent(entry -> {
                entry.remove("项目终止（第三十五条）");
                record(step, entry, LibraryChangeKind.TERMINATED, "项目终止（第三十五条）");
            });
            default -> {
            }
        }
    }

    private void enter(ProjectStepTaken step, boolean exceptional, LibraryChangeKind kind) {
        if (entries.existsById(step.projectId())) {
            return;
        }
        LibraryEntry entry = entries.save(new LibraryEntry(step.projectId(), Library.RESERVE, planYear(step),
                exceptional, step.occurredOn()));
        record(step, entry, kind, null);
    }

    /**
     * The project's plan year, or the horizon's first year when this year's adjustment already rolled past it
     * (Art. 9: the libraries always hold the three years of the horizon).
     */
    private int planYear(ProjectStepTaken step) {
        int planned = projects.find(step.projectId()).map(ProjectView::plannedYear)
                .orElse(step.occurredOn().getYear());
        int first = adjustments.findTopByOrderByYearDesc().map(LibraryAdjustment::year).orElse(planned);
        return Math.max(planned, first);
    }

    private void record(ProjectStepTaken step, LibraryEntry entry, LibraryChangeKind kind, String reason) {
        changes.save(new LibraryChange(step.projectId(), null, kind, entry.library(), null, entry.planYear(),
                entry.priority(), reason, step.actor(), OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS)));
        events.publishEvent(new LibraryEntryChanged(step.tenant(), step.projectId(), entry.library(), entry.planYear(),
                entry.removed()));
    }
}
