package cn.govit.core.plan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import cn.govit.core.documents.DocumentContent;
import cn.govit.core.documents.DocumentService;
import cn.govit.core.documents.DocumentType;
import cn.govit.core.lifecycle.LifecycleAction;
import cn.govit.core.lifecycle.LifecycleService;
import cn.govit.core.lifecycle.StepRequest;
import cn.govit.core.lifecycle.StepView;
import cn.govit.core.project.ProjectService;
import cn.govit.core.project.ProjectStatus;
import cn.govit.core.project.ProjectView;
import cn.govit.core.rules.RuleParameter;
import cn.govit.core.rules.RuleSetService;
import cn.govit.core.security.Actor;
import cn.govit.core.security.CurrentUser;
import cn.govit.core.security.Role;
import cn.govit.core.shared.BusinessTime;
import cn.govit.core.tenancy.TenantContext;
import cn.govit.core.web.ApiProblem;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * 领导小组审议与年度计划 (Art. 6, 12) — the bureau, which drafts the annual plan (Art. 6) and brings the reserve
 * library's projects before the 大数据与数字经济领导小组 (Art. 12), records the group's meetings, their minutes and
 * the decision on each project; an inclusion takes the lifecycle's step into the annual plan with the minutes
 * as its document. The finance bureau, which arranges the funds with the bureau (Art. 4), enters the year's
 * fund arrangement; the plan shows the funded total against it and what remains, and the meeting periods of
 * the rule set's frequency (in principle one a quarter) that passed without a meeting.
 */
@Service
@Validated
public class PlanService {

    /** Who reads the meetings and the plan: the bureau, the finance bureau and the NDRC (Art. 4). */
    static final Role[] READERS = {Role.BUREAU_OFFICER, Role.FINANCE_OFFICER, Role.NDRC_OFFICER};

    public static boolean readableBy(Actor actor) {
        return actor.hasAny(Set.of(READERS));
    }

    /** The bureau records the group's meetings and decisions (Art. 6, 12). */
    public static boolean keptBy(Actor actor) {
        return actor.has(Role.BUREAU_OFFICER);
    }

    /** The finance bureau enters the fund arrangement (Art. 4). */
    public static boolean arrangedBy(Actor actor) {
        return actor.has(Role.FINANCE_OFFICER);
    }

    private final LeadingGroupMeetingRepository meetings;
    private final AgendaItemRepository items;
    private final FundArrangementRepository arrangements;
    private final ProjectService projects;
    private final DocumentService documents;
    private final LifecycleService lifecycle;
    private final RuleSetService rules;
    private final Clock clock;

    PlanService(LeadingGroupMeetingRepository meetings, AgendaItemRepository items,
                FundArrangementRepository arrangements, ProjectService projects, DocumentService documents,
                LifecycleService lifecycle, RuleSetService rules, Clock clock) {
        this.meetings = meetings;
        this.items = items;
        this.arrangements = arrangements;
        this.projects = projects;
        this.documents = documents;
        this.lifecycle = lifecycle;
        this.rules = rules;
        this.clock = clock;
    }

    /** A meeting with its agenda: projects of the reserve library only (400 unknown, 409 not in the reserve library). */
    @Transactional
    public LeadingGroupMeetingView createMeeting(@Valid PlanRequests.NewMeeting request) {
        Actor actor = bureau();
        List<UUID> ids = List.copyOf(new LinkedHashSet<>(request.projectIds()));
        for (UUID id : ids) {
            ProjectView project = projects.find(id).orElseThrow(() -> new ApiProblem(HttpStatus.BAD_REQUEST,
                    "project.notFound", "R12", "projectIds", id));
            if (project.status() != ProjectStatus.RESERVE) {
                throw new ApiProblem(HttpStatus.CONFLICT, "plan.notInReserve", "R12", "projectIds", project.title(),
                        project.status().label(Locale.SIMPLIFIED_CHINESE));
            }
        }
        LeadingGroupMeeting meeting = meetings.save(new LeadingGroupMeeting(request.title().strip(), request.heldOn(),
                actor.name(), now()));
        ids.forEach(id -> items.save(new AgendaItem(meeting.id(), id)));
        return view(meeting);
    }

    @Transactional(readOnly = true)
    public List<LeadingGroupMeetingView> meetings() {
        reader();
        return meetings.findAllByOrderByHeldOnDesc().stream().map(this::view).toList();
    }

    @Transactional(readOnly = true)
    public LeadingGroupMeetingView meeting(UUID id) {
        reader();
        return view(found(id));
    }

    /**
     * 会议纪要 — the minutes, attached to every project of the agenda as its 领导小组会议纪要 (the document the
     * annual-plan step asks for); uploaded again, they replace the minutes of the projects not yet decided.
     */
    @Transactional
    public LeadingGroupMeetingView uploadMinutes(UUID id, String filename, String contentType, byte[] content) {
        bureau();
        LeadingGroupMeeting meeting = found(id);
        requireHeld(meeting);
        for (AgendaItem item : items.findByMeetingId(id)) {
            if (item.decision() == null) {
                item.minutes(documents.attach(item.projectId(), DocumentType.LEADING_GROUP_MINUTES, filename,
                        contentType, content).id());
            }
        }
        meeting.minutes(filename == null || filename.isBlank() ? "minutes" : filename.strip());
        return view(meeting);
    }

    /** The minutes as uploaded (404 before they are). */
    @Transactional(readOnly = true)
    public DocumentContent minutes(UUID id) {
        reader();
        found(id);
        return items.findByMeetingId(id).stream().filter(i -> i.minutesDocumentId() != null).findFirst()
                .flatMap(i -> documents.content(i.projectId(), i.minutesDocumentId()))
                .orElseThrow(() -> ApiProblem.notFound("problem.notFound"));
    }

    /**
     * 审议决定 — the group's decision on one project of the agenda, once. {@code INCLUDE} puts it in the annual
     * plan of its year with its priority and funded amount, by the lifecycle's step {@code INCLUDE_IN_ANNUAL_PLAN}
     * with the minutes; {@code DEFER} leaves it in the reserve library for a later meeting; {@code REJECT} records
     * that it is not planned. Both need a reason.
     */
    @Transactional
    public LeadingGroupMeetingView decide(UUID id, UUID projectId, @Valid PlanRequests.Decision decision) {
        Actor actor = bureau();
        LeadingGroupMeeting meeting = found(id);
        AgendaItem item = items.findByMeetingId(id).stream().filter(i -> i.projectId().equals(projectId)).findFirst()
                .orElseThrow(() -> ApiProblem.notFound("project.notFound", projectId));
        requireHeld(meeting);
        if (item.decision() != null) {
            throw new ApiProblem(HttpStatus.CONFLICT, "plan.decidedAlready", "R12", "decision",
                    item.decision().label(Locale.SIMPLIFIED_CHINESE));
        }
        String reason = decision.reason() == null || decision.reason().isBlank() ? null : decision.reason().strip();
        if (decision.decision() != PlanDecision.INCLUDE) {
            if (reason == null) {
                throw new ApiProblem(HttpStatus.BAD_REQUEST, "plan.reasonRequired", "R12", "reason");
            }
            item.decide(decision.decision(), null, null, null, reason, actor.name(), now());
            return view(meeting);
        }
        if (decision.priority() == null) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "plan.priorityRequired", "R12", "priority");
        }
        if (decision.fundedAmount() == null) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "plan.fundedAmountRequired", "R12", "fundedAmount");
        }
        int year = decision.planYear() == null ? meeting.heldOn().getYear() : decision.planYear();
        if (year < meeting.heldOn().getYear() || year > meeting.heldOn().getYear() + 1) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "plan.planYear", "R12", "planYear", year,
                    meeting.heldOn().getYear(), meeting.heldOn().getYear() + 1);
        }
        if (item.minutesDocumentId() == null) {
            throw new ApiProblem(HttpStatus.CONFLICT, "plan.minutesMissing", "R12", "minutes");
        }
        boolean taken = items.findByDecisionAndPlanYear(PlanDecision.INCLUDE, year).stream()
                .anyMatch(i -> decision.priority().equals(i.priority()));
        if (taken) {
            throw new ApiProblem(HttpStatus.CONFLICT, "plan.priorityTaken", "R12", "priority", decision.priority(), year);
        }
        ProjectView project = projects.find(projectId).orElseThrow(() -> ApiProblem.notFound("project.notFound", projectId));
        BigDecimal funded = decision.fundedAmount().setScale(2, RoundingMode.HALF_UP);
        if (project.totalInvestment() != null && funded.compareTo(project.totalInvestment()) > 0) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "plan.fundedOverInvestment", "R12", "fundedAmount",
                    funded.toPlainString(), project.totalInvestment().toPlainString());
        }
        // Recorded before the step, in its transaction: R12LeadingGroupDecision finds it (flushed before its query).
        item.decide(PlanDecision.INCLUDE, year, decision.priority(), funded, reason, actor.name(), now());
        // The step is the lifecycle's: its stage, role and document checks refuse it as they would any other.
        LocalDate on = stepDate(meeting, projectId);
        lifecycle.take(projectId, new StepRequest(LifecycleAction.INCLUDE_IN_ANNUAL_PLAN, project.version(), on,
                null, List.of(item.minutesDocumentId())));
        return view(meeting);
    }

    /**
     * The funds (元) the leading group included each project with (列入年度计划, Art. 12), for the project catalogue
     * every user of the tenant reads (Art. 16, 33); a project included in several years keeps its latest year's.
     */
    @Transactional(readOnly = true)
    public Map<UUID, BigDecimal> includedFunds() {
        TenantContext.require();
        Map<UUID, BigDecimal> funds = new java.util.HashMap<>();
        items.findByDecisionOrderByPlanYear(PlanDecision.INCLUDE).stream().filter(i -> i.fundedAmount() != null)
                .forEach(i -> funds.put(i.projectId(), i.fundedAmount()));
        return funds;
    }

    /** The annual plan of {@code year}: included projects by priority, totals against the arrangement, meeting periods. */
    @Transactional(readOnly = true)
    public AnnualPlan plan(int year) {
        reader();
        requireYear(year);
        Map<UUID, ProjectView> byId = projects.list().stream()
                .collect(Collectors.toMap(ProjectView::id, Function.identity()));
        Map<UUID, LeadingGroupMeeting> meetingsById = meetings.findAll().stream()
                .collect(Collectors.toMap(LeadingGroupMeeting::id, Function.identity()));
        List<AnnualPlan.Entry> entries = items.findByDecisionAndPlanYear(PlanDecision.INCLUDE, year).stream()
                .filter(i -> byId.containsKey(i.projectId()))
                .map(i -> {
                    ProjectView p = byId.get(i.projectId());
                    return new AnnualPlan.Entry(p.id(), p.title(), p.ownerUnit(), p.totalInvestment(), i.priority(),
                            i.fundedAmount(), i.meetingId(), meetingsById.get(i.meetingId()).heldOn(), p.status());
                })
                .sorted(Comparator.comparingInt(AnnualPlan.Entry::priority))
                .toList();
        BigDecimal funded = entries.stream().map(AnnualPlan.Entry::fundedAmount).filter(Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2, RoundingMode.HALF_UP);
        FundArrangement arrangement = arrangements.findById(year).orElse(null);
        BigDecimal arranged = arrangement == null ? null : arrangement.amount();
        int perYear = meetingsPerYear(year);
        return new AnnualPlan(year, entries, funded, arranged, arrangement == null ? null : arrangement.note(),
                arrangement == null ? null : arrangement.enteredBy(),
                arranged == null ? null : arranged.subtract(funded).setScale(2, RoundingMode.HALF_UP), perYear,
                periods(year, perYear));
    }

    /** The periods of {@code year} that ended without a leading-group meeting (Art. 12). */
    @Transactional(readOnly = true)
    public List<AnnualPlan.Period> missedPeriods(int year) {
        return plan(year).periods().stream().filter(AnnualPlan.Period::flagged).toList();
    }

    /** The plan as the workbook a bureau submits (title, 单位：万元, totals, signature block). */
    @Transactional(readOnly = true)
    public byte[] workbook(int year) {
        return AnnualPlanWorkbook.write(TenantContext.require().nameZh(), plan(year));
    }

    /** 资金安排 — the finance bureau enters (or corrects) the year's arrangement, 元 (Art. 4). */
    @Transactional
    public AnnualPlan arrange(int year, @Valid PlanRequests.Arrangement request) {
        TenantContext.require();
        Actor actor = CurrentUser.actor();
        actor.require("R4", Role.FINANCE_OFFICER);
        requireYear(year);
        FundArrangement arrangement = arrangements.findById(year).orElseGet(() -> new FundArrangement(year));
        arrangement.set(request.amount().setScale(2, RoundingMode.HALF_UP),
                request.note() == null || request.note().isBlank() ? null : request.note().strip(), actor.name(), now());
        arrangements.save(arrangement);
        return plan(year);
    }

    private List<AnnualPlan.Period> periods(int year, int perYear) {
        LocalDate today = today();
        List<LocalDate> held = meetings.findAll().stream().map(LeadingGroupMeeting::heldOn)
                .filter(d -> !d.isAfter(today)).toList();
        List<AnnualPlan.Period> periods = new ArrayList<>();
        for (int i = 0; i < perYear; i++) {
            LocalDate from = YearMonth.of(year, i * 12 / perYear + 1).atDay(1);
            LocalDate to = YearMonth.of(year, (i + 1) * 12 / perYear).atEndOfMonth();
            int count = (int) held.stream().filter(d -> !d.isBefore(from) && !d.isAfter(to)).count();
            boolean ended = to.isBefore(today);
            periods.add(new AnnualPlan.Period(i + 1, from, to, count, ended, ended && count == 0));
        }
        return periods;
    }

    /** The frequency in the rules in force at the year's end, or today for the current and later years. */
    private int meetingsPerYear(int year) {
        LocalDate end = LocalDate.of(year, 12, 31);
        LocalDate today = today();
        return rules.inForce(end.isBefore(today) ? end : today).integer(RuleParameter.R12_LEADING_GROUP_MEETINGS_PER_YEAR);
    }

    /** The meeting's date, or the project's last step's if later (a step is never dated before the last). */
    private LocalDate stepDate(LeadingGroupMeeting meeting, UUID projectId) {
        LocalDate last = lifecycle.steps(projectId).stream().map(StepView::occurredOn).max(Comparator.naturalOrder())
                .orElse(meeting.heldOn());
        return last.isAfter(meeting.heldOn()) ? last : meeting.heldOn();
    }

    private void requireHeld(LeadingGroupMeeting meeting) {
        if (meeting.heldOn().isAfter(today())) {
            throw new ApiProblem(HttpStatus.CONFLICT, "plan.notHeldYet", "R12", "heldOn", meeting.heldOn().toString());
        }
    }

    private static void requireYear(int year) {
        if (year < 2000 || year > 2100) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "plan.yearOutOfRange", "R12", "year", year);
        }
    }

    private LeadingGroupMeetingView view(LeadingGroupMeeting meeting) {
        List<LeadingGroupMeetingView.Item> agenda = items.findByMeetingId(meeting.id()).stream().map(i -> {
            ProjectView p = projects.find(i.projectId()).orElseThrow();
            return new LeadingGroupMeetingView.Item(p.id(), p.title(), p.ownerUnit(), p.totalInvestment(), p.status(),
                    i.minutesDocumentId(), i.decision(), i.planYear(), i.priority(), i.fundedAmount(), i.reason(),
                    i.decidedBy());
        }).sorted(Comparator.comparing(LeadingGroupMeetingView.Item::title)).toList();
        return new LeadingGroupMeetingView(meeting.id(), meeting.title(), meeting.heldOn(), meeting.minutesFilename(),
                agenda);
    }

    private LeadingGroupMeeting found(UUID id) {
        return meetings.findById(id).orElseThrow(() -> ApiProblem.notFound("problem.notFound"));
    }

    private static Actor bureau() {
        TenantContext.require();
        Actor actor = CurrentUser.actor();
        actor.require("R12", Role.BUREAU_OFFICER);
        return actor;
    }

    private static Actor reader() {
        TenantContext.require();
        Actor actor = CurrentUser.actor();
        actor.require("R12", READERS);
        return actor;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(BusinessTime.ZONE));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
