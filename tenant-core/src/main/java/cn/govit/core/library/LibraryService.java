package cn.govit.core.library;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import cn.govit.core.project.ProjectService;
import cn.govit.core.project.ProjectView;
import cn.govit.core.rules.RuleParameter;
import cn.govit.core.rules.RuleSetService;
import cn.govit.core.security.Actor;
import cn.govit.core.security.CurrentUser;
import cn.govit.core.security.Role;
import cn.govit.core.shared.BusinessTime;
import cn.govit.core.tenancy.TenantContext;
import cn.govit.core.web.ApiProblem;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * 项目库 — the current tenant's reserve and implementation libraries by the plan years of the rolling
 * horizon (Art. 9), and their yearly adjustment. The bureau keeps them (Art. 4, 9); the finance bureau and
 * the NDRC, which arrange and plan the funds with it, read them.
 */
@Service
@Validated
public class LibraryService {

    /** Who reads the libraries: the bureau that keeps them, the finance bureau and the NDRC (Art. 4). */
    static final Role[] READERS = {Role.BUREAU_OFFICER, Role.FINANCE_OFFICER, Role.NDRC_OFFICER};

    /** Whether the actor reads the libraries (the views show their menu entry only to them). */
    public static boolean readableBy(Actor actor) {
        return actor.hasAny(Set.of(READERS));
    }

    /** Whether the actor adjusts them: the bureau alone (Art. 9). */
    public static boolean adjustableBy(Actor actor) {
        return actor.has(Role.BUREAU_OFFICER);
    }

    private static final Comparator<LibraryBoard.Row> ORDER = Comparator
            .comparing(LibraryBoard.Row::priority, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(LibraryBoard.Row::enteredOn).thenComparing(LibraryBoard.Row::title);

    private final LibraryEntryRepository entries;
    private final LibraryChangeRepository changes;
    private final LibraryAdjustmentRepository adjustments;
    private final ProjectService projects;
    private final RuleSetService rules;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    LibraryService(LibraryEntryRepository entries, LibraryChangeRepository changes,
                   LibraryAdjustmentRepository adjustments, ProjectService projects, RuleSetService rules,
                   ApplicationEventPublisher events, Clock clock) {
        this.entries = entries;
        this.changes = changes;
        this.adjustments = adjustments;
        this.projects = projects;
        this.rules = rules;
        this.events = events;
        this.clock = clock;
    }

    /** The library by plan year; {@code ownerUnit} narrows it to one owner unit's projects (blank: all). */
    @Transactional(readOnly = true)
    public LibraryBoard board(Library library, String ownerUnit) {
        TenantContext.require();
        CurrentUser.actor().require("R9", READERS);
        int first = firstYear();
        int last = first + horizonYears() - 1;
        Map<UUID, ProjectView> byId = projects.list().stream()
                .collect(Collectors.toMap(ProjectView::id, Function.identity()));
        String unit = ownerUnit == null || ownerUnit.isBlank() ? null : ownerUnit.strip();
        List<LibraryBoard.Row> rows = entries.findByRemovedFalse().stream()
                .filter(e -> e.library() == library && byId.containsKey(e.projectId()))
                .map(e -> row(e, byId.get(e.projectId())))
                .filter(r -> unit == null || unit.equals(r.ownerUnit()))
                .sorted(ORDER).toList();
        List<LibraryBoard.YearColumn> years = new ArrayList<>();
        for (int year = first; year <= last; year++) {
            int y = year;
            List<LibraryBoard.Row> ofYear = rows.stream().filter(r -> r.planYear() == y).toList();
            years.add(new LibraryBoard.YearColumn(year, ofYear, sum(ofYear)));
        }
        List<LibraryBoard.Row> outside = rows.stream().filter(r -> r.planYear() < first || r.planYear() > last).toList();
        return new LibraryBoard(library, first, last, lastAdjustedYear(), years, outside, sum(rows));
    }

    /**
     * The project's place in the libraries, empty when it stands in neither (never entered, or removed). No role:
     * only the current tenant's own project, for the city's read model of Art. 40.
     */
    @Transactional(readOnly = true)
    public Optional<LibraryPlace> placeOf(UUID projectId) {
        TenantContext.require();
        return entries.findById(projectId).filter(e -> !e.removed())
                .map(e -> new LibraryPlace(e.library(), e.planYear(), e.exceptional()));
    }

    /** The board as the workbook a bureau submits (title, 单位：万元, subtotals per year, total, signatures). */
    @Transactional(readOnly = true)
    public byte[] workbook(Library library, String ownerUnit) {
        LibraryBoard board = board(library, ownerUnit);
        return LibraryWorkbook.write(TenantContext.require().nameZh(), board);
    }

    /** Every entry and adjustment of one project in the libraries, oldest first. */
    @Transactional(readOnly = true)
    public List<LibraryChangeView> history(UUID projectId) {
        TenantContext.require();
        CurrentUser.actor().require("R9", READERS);
        projects.find(projectId).orElseThrow(() -> ApiProblem.notFound("project.notFound", projectId));
        return changes.findByProjectIdOrderByRecordedAtAsc(projectId).stream().map(LibraryChange::view).toList();
    }

    /** The yearly adjustments, latest first. */
    @Transactional(readOnly = true)
    public List<LibraryAdjustmentView> adjustments() {
        TenantContext.require();
        CurrentUser.actor().require("R9", READERS);
        return adjustments.findAllByOrderByYearDesc().stream()
                .map(a -> a.view((int) changes.countByAdjustmentId(a.id()))).toList();
    }

    /**
     * 年度调整 (Art. 9: 每年调整一次，始终保持三年项目计划) — rolls both libraries to the horizon starting in
     * the request's year, once per year: a second adjustment for the same year is refused (409). Every project
     * stays with its history; a removed one is marked so, with its reason.
     */
    @Transactional
    public LibraryAdjustmentView adjust(@Valid AdjustmentRequest request) {
        TenantContext.require();
        Actor actor = CurrentUser.actor();
        actor.require("R9", Role.BUREAU_OFFICER);
        int year = request.year();
        int today = LocalDate.now(clock.withZone(BusinessTime.ZONE)).getYear();
        Integer lastAdjusted = lastAdjustedYear();
        if (adjustments.existsByYear(year) || (lastAdjusted != null && year < lastAdjusted)) {
            throw new ApiProblem(HttpStatus.CONFLICT, "library.adjustedAlready", "R9", "year", year,
                    lastAdjusted == null ? year : lastAdjusted);
        }
        if (year < today || year > today + 1) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "library.adjustmentYear", "R9", "year", today, today + 1);
        }
        int horizon = horizonYears();
        int last = year + horizon - 1;
        Map<UUID, LibraryEntry> live = entries.findByRemovedFalse().stream()
                .collect(Collectors.toMap(LibraryEntry::projectId, Function.identity()));
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < request.changes().size(); i++) {
            AdjustmentRequest.Change change = request.changes().get(i);
            String field = "changes[" + i + "]";
            if (!seen.add(change.projectId())) {
                throw new ApiProblem(HttpStatus.BAD_REQUEST, "library.duplicateChange", "R9", field + ".projectId");
            }
            if (!live.containsKey(change.projectId())) {
                throw new ApiProblem(HttpStatus.BAD_REQUEST, "library.notInLibrary", "R9", field + ".projectId",
                        change.projectId());
            }
            switch (change.action()) {
                case MOVE -> {
                    if (change.planYear() == null || change.planYear() < year || change.planYear() > last) {
                        throw new ApiProblem(HttpStatus.BAD_REQUEST, "library.outsideHorizon", "R9",
                                field + ".planYear", String.valueOf(change.planYear()), year, last);
                    }
                }
                case REPRIORITIZE -> {
                    if (change.priority() == null) {
                        throw new ApiProblem(HttpStatus.BAD_REQUEST, "library.priorityRequired", "R9",
                                field + ".priority");
                    }
                }
                case REMOVE -> {
                }
            }
        }
        OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
        String note = request.note() == null || request.note().isBlank() ? null : request.note().strip();
        LibraryAdjustment adjustment;
        try {
            adjustment = adjustments.saveAndFlush(new LibraryAdjustment(year, horizon, note, actor.name(), now));
        } catch (DataIntegrityViolationException concurrent) {
            // Another officer's adjustment of the same year committed first (the unique year).
            throw new ApiProblem(HttpStatus.CONFLICT, "library.adjustedAlready", "R9", "year", year, year);
        }
        // Carried forward after the explicit changes, so the history reads in the order it was done.
        OffsetDateTime carriedAt = now.plus(1, ChronoUnit.MICROS);
        List<LibraryChange> recorded = new ArrayList<>();
        for (AdjustmentRequest.Change change : request.changes()) {
            LibraryEntry entry = live.get(change.projectId());
            int from = entry.planYear();
            String reason = change.reason().strip();
            switch (change.action()) {
                case MOVE -> {
                    entry.planFor(change.planYear());
                    recorded.add(change(entry, adjustment, LibraryChangeKind.MOVED, from, reason, actor, now));
                }
                case REPRIORITIZE -> {
                    entry.prioritize(change.priority());
                    recorded.add(change(entry, adjustment, LibraryChangeKind.REPRIORITIZED, from, reason, actor, now));
                }
                case REMOVE -> {
                    entry.remove(reason);
                    recorded.add(change(entry, adjustment, LibraryChangeKind.REMOVED, from, reason, actor, now));
                }
            }
        }
        for (LibraryEntry entry : live.values()) {
            if (!entry.removed() && entry.planYear() < year) {
                int from = entry.planYear();
                entry.planFor(year);
                recorded.add(change(entry, adjustment, LibraryChangeKind.CARRIED_FORWARD, from,
                        "滚动调整：顺延至 " + year + " 年（第九条）", actor, carriedAt));
            }
        }
        changes.saveAll(recorded);
        events.publishEvent(new LibraryAdjusted(TenantContext.require().code(), adjustment.id(), year, last,
                recorded.size(), actor.name()));
        return adjustment.view(recorded.size());
    }

    private static LibraryChange change(LibraryEntry entry, LibraryAdjustment adjustment, LibraryChangeKind kind,
                                        int from, String reason, Actor actor, OffsetDateTime now) {
        return new LibraryChange(entry.projectId(), adjustment.id(), kind, entry.library(), from, entry.planYear(),
                entry.priority(), reason, actor.name(), now);
    }

    /** The first plan year of the horizon: the year of the latest adjustment, never before this year. */
    private int firstYear() {
        int today = LocalDate.now(clock.withZone(BusinessTime.ZONE)).getYear();
        Integer last = lastAdjustedYear();
        return last == null ? today : Math.max(last, today);
    }

    private Integer lastAdjustedYear() {
        return adjustments.findTopByOrderByYearDesc().map(LibraryAdjustment::year).orElse(null);
    }

    private int horizonYears() {
        return rules.inForce(LocalDate.now(clock.withZone(BusinessTime.ZONE))).integer(RuleParameter.R9_LIBRARY_HORIZON_YEARS);
    }

    private static LibraryBoard.Row row(LibraryEntry e, ProjectView p) {
        return new LibraryBoard.Row(p.id(), p.title(), p.ownerUnit(), p.totalInvestment(), e.planYear(), e.priority(),
                e.exceptional(), e.enteredOn(), p.status());
    }

    private static BigDecimal sum(List<LibraryBoard.Row> rows) {
        return rows.stream().map(LibraryBoard.Row::totalInvestment).filter(Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2, RoundingMode.HALF_UP);
    }
}
