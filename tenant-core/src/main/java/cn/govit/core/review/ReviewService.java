package cn.govit.core.review;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
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

import cn.govit.core.application.Application;
import cn.govit.core.authority.Authority;
import cn.govit.core.authority.OpinionKind;
import cn.govit.core.authority.OpinionRequest;
import cn.govit.core.authority.OpinionService;
import cn.govit.core.authority.OpinionView;
import cn.govit.core.documents.DocumentService;
import cn.govit.core.documents.DocumentType;
import cn.govit.core.project.ProjectService;
import cn.govit.core.project.ProjectStatus;
import cn.govit.core.project.ProjectView;
import cn.govit.core.security.Actor;
import cn.govit.core.security.CurrentUser;
import cn.govit.core.security.Role;
import cn.govit.core.tenancy.Tenant;
import cn.govit.core.tenancy.TenantContext;
import cn.govit.core.web.ApiProblem;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * 集中评审 (Art. 10) — the bureau's expert pool and review meetings of the current tenant. The bureau batches
 * submitted projects into a meeting and draws its panel from the pool by the meeting's conditions, reproducibly
 * from a recorded seed; an expert employed by a reviewed project's owner unit or competent department is
 * excluded, and the exclusion shown; an alternate steps in for an expert who declines. Seated experts score
 * the projects of their meetings, and only those; the bureau then issues the technical review opinion, a
 * generated PDF that becomes the authority's opinion record. Fees per expert are recorded (Art. 11).
 */
@Service
@Validated
public class ReviewService {

    private static final Set<ProjectStatus> REVIEWABLE = Set.of(ProjectStatus.SUBMITTED, ProjectStatus.UNDER_REVIEW);

    private final ExpertRepository experts;
    private final ReviewMeetingRepository meetings;
    private final MeetingProjectRepository meetingProjects;
    private final PanelSeatRepository seats;
    private final ExclusionRepository exclusions;
    private final ScoreRepository scores;
    private final ScoreItemRepository scoreItems;
    private final ReviewCriterionRepository criteria;
    private final ProjectService projects;
    private final DocumentService documents;
    private final OpinionService opinions;
    private final ReviewOpinionPdf pdf;
    private final Clock clock;
    private final SecureRandom seeds = new SecureRandom();

    ReviewService(ExpertRepository experts, ReviewMeetingRepository meetings, MeetingProjectRepository meetingProjects,
                  PanelSeatRepository seats, ExclusionRepository exclusions, ScoreRepository scores,
                  ScoreItemRepository scoreItems, ReviewCriterionRepository criteria, ProjectService projects, DocumentService documents, OpinionService opinions, ReviewOpinionPdf pdf,
                  Clock clock) {
        this.experts = experts;
        this.meetings = meetings;
        this.meetingProjects = meetingProjects;
        this.seats = seats;
        this.exclusions = exclusions;
        this.scores = scores;
        this.scoreItems = scoreItems;
        this.criteria = criteria;
        this.projects = projects;
        this.documents = documents;
        this.opinions = opinions;
        this.pdf = pdf;
        this.clock = clock;
    }

    @Transactional
    public ExpertView addExpert(@Valid NewExpert expert) {
        bureau();
        return experts.save(new Expert(expert.name().strip(), Expert.Kind.valueOf(expert.kind()),
                expert.specialties().stream().map(String::strip).distinct().toList(), expert.employer().strip(),
                blankToNull(expert.contact()), expert.available() == null || expert.available(),
                blankToNull(expert.username()), now())).view();
    }

    @Transactional(readOnly = true)
    public List<ExpertView> experts() {
        bureau();
        return experts.findAllByOrderByNameAsc().stream().map(Expert::view).toList();
    }

    /** Batches submitted projects of the tenant into a meeting (400 for a project it does not know, 409 for one past review). */
    @Transactional
    public MeetingView createMeeting(@Valid ReviewRequests.NewMeeting request) {
        Actor actor = bureau();
        List<UUID> ids = List.copyOf(new LinkedHashSet<>(request.projectIds()));
        for (int i = 0; i < ids.size(); i++) {
            UUID id = ids.get(i);
            ProjectView project = projects.find(id).orElseThrow(() -> new ApiProblem(HttpStatus.BAD_REQUEST,
                    "project.notFound", "R10", "projectIds", id));
            if (!REVIEWABLE.contains(project.status())) {
                throw new ApiProblem(HttpStatus.CONFLICT, "review.notReviewable", "R10", "projectIds",
                        project.title(), project.status().label(Locale.SIMPLIFIED_CHINESE));
            }
        }
        List<String> specialties = request.specialties() == null ? List.of()
                : request.specialties().stream().map(String::strip).distinct().toList();
        ReviewMeeting meeting = meetings.save(new ReviewMeeting(request.title().strip(), request.heldOn(),
                request.place().strip(), specialties, request.officials(), request.alternates(), actor.name(), now()));
        ids.forEach(id -> meetingProjects.save(new MeetingProject(meeting.id(), id)));
        return view(meeting);
    }

    @Transactional(readOnly = true)
    public List<MeetingView> meetings() {
        Actor actor = reader();
        Set<UUID> mine = actor.has(Role.BUREAU_OFFICER) ? null : seatedMeetingsOf(actor);
        return meetings.findAllByOrderByHeldOnDesc().stream()
                .filter(m -> mine == null || mine.contains(m.id())).map(this::view).toList();
    }

    /** One meeting: the bureau's, or a seated expert's own (404 for anyone else, as for an unknown one). */
    @Transactional(readOnly = true)
    public MeetingView meeting(UUID id) {
        return view(readable(id));
    }

    /**
     * 抽取专家 — draws the panel once: candidates are the available experts of the meeting's specialties
     * (any, when none is asked) who work for none of its projects' owner units or competent departments,
     * in the order of their ids as text; the seed and that pool are recorded.
     */
    @Transactional
    public MeetingView draw(UUID id, ReviewRequests.Draw request) {
        bureau();
        ReviewMeeting meeting = found(id);
        if (meeting.drawn()) {
            throw new ApiProblem(HttpStatus.CONFLICT, "review.drawnAlready", "R10", null, meeting.seed());
        }
        List<ProjectView> reviewed = meetingProjects.findByMeetingId(id).stream()
                .map(p -> projects.find(p.projectId()).orElseThrow()).toList();
        List<Expert> candidates = new ArrayList<>();
        for (Expert expert : experts.findAll().stream().sorted(Comparator.comparing(e -> e.id().toString())).toList()) {
            if (!expert.available() || (!meeting.specialties().isEmpty()
                    && meeting.specialties().stream().noneMatch(expert.specialties()::contains))) {
                continue;
            }
            boolean conflicted = false;
            for (ProjectView project : reviewed) {
                String conflict = conflict(expert, project);
                if (conflict != null) {
                    exclusions.save(new Exclusion(id, expert.id(), project.id(), conflict));
                    conflicted = true;
                }
            }
            if (!conflicted) {
                candidates.add(expert);
            }
        }
        if (candidates.size() < meeting.officials()) {
            throw new ApiProblem(HttpStatus.CONFLICT, "review.poolTooSmall", "R10", "officials", candidates.size(),
                    meeting.officials());
        }
        long seed = request == null || request.seed() == null ? seeds.nextLong() : request.seed();
        List<UUID> pool = candidates.stream().map(Expert::id).toList();
        List<UUID> drawn = ExpertDraw.draw(pool, seed, meeting.officials(), meeting.alternates());
        for (int i = 0; i < drawn.size(); i++) {
            seats.save(new PanelSeat(id, drawn.get(i), i + 1, i >= meeting.officials()));
        }
        meeting.drawn(seed, pool);
        return view(meeting);
    }

    /** The draw again from the recorded pool and seed: the panel as drawn, officials first. */
    @Transactional(readOnly = true)
    public List<UUID> replayDraw(UUID id) {
        bureau();
        ReviewMeeting meeting = found(id);
        if (!meeting.drawn()) {
            return List.of();
        }
        return ExpertDraw.draw(meeting.pool(), meeting.seed(), meeting.officials(), meeting.alternates());
    }

    /** An expert declines (recorded by the bureau, or by the expert): the first waiting alternate steps in. */
    @Transactional
    public MeetingView decline(UUID id, UUID expertId) {
        Actor actor = reader();
        ReviewMeeting meeting = readable(id);
        PanelSeat seat = seats.findByMeetingIdOrderByPositionAsc(id).stream()
                .filter(s -> s.expertId().equals(expertId)).findFirst()
                .orElseThrow(() -> ApiProblem.notFound("problem.notFound"));
        if (!actor.has(Role.BUREAU_OFFICER) && !ownSeat(actor, expertId)) {
            throw new ApiProblem(HttpStatus.FORBIDDEN, "review.notYourSeat", "R10", null);
        }
        if (seat.status() != PanelSeat.Status.SEATED) {
            throw new ApiProblem(HttpStatus.CONFLICT, "review.notSeated", "R10", null);
        }
        PanelSeat alternate = seats.findByMeetingIdOrderByPositionAsc(id).stream()
                .filter(s -> s.status() == PanelSeat.Status.WAITING).findFirst()
                .orElseThrow(() -> new ApiProblem(HttpStatus.CONFLICT, "review.noAlternate", "R10", null));
        seat.decline();
        alternate.stepIn(expertId);
        return view(meeting);
    }

    /** Art. 11: the fee paid to a drawn expert, 元, from the management fee of the big-data fund. */
    @Transactional
    public MeetingView pay(UUID id, UUID expertId, @Valid ReviewRequests.Fee fee) {
        bureau();
        ReviewMeeting meeting = found(id);
        seats.findByMeetingIdOrderByPositionAsc(id).stream().filter(s -> s.expertId().equals(expertId)).findFirst()
                .orElseThrow(() -> ApiProblem.notFound("problem.notFound"))
                .pay(fee.amount().setScale(2, RoundingMode.HALF_UP));
        return view(meeting);
    }

    /**
     * A seated expert scores a project of their meeting against the tenant's criteria, one score per criterion,
     * the weighted sum being their score (or, without items, one overall score); a second score of theirs
     * replaces the first.
     */
    @Transactional
    public MeetingView score(UUID id, UUID projectId, @Valid ReviewRequests.ScoreEntry entry) {
        Actor actor = CurrentUser.actor();
        actor.require("R10", Role.EXPERT);
        ReviewMeeting meeting = readable(id);
        Expert expert = seatedExpert(actor, id)
                .orElseThrow(() -> new ApiProblem(HttpStatus.FORBIDDEN, "review.notYourSeat", "R10", null));
        requireInMeeting(id, projectId);
        List<ReviewCriterion> against = criteria.findAllByOrderByPositionAsc();
        List<ScoreItem> items = new ArrayList<>();
        BigDecimal total;
        if (entry.items() == null || entry.items().isEmpty()) {
            if (entry.score() == null) {
                throw new ApiProblem(HttpStatus.BAD_REQUEST, "review.itemsMismatch", "R10", "items", names(against));
            }
            total = entry.score();
        } else {
            Map<UUID, BigDecimal> given = new java.util.HashMap<>();
            entry.items().forEach(i -> given.put(i.criterionId(), i.score()));
            if (given.size() != entry.items().size() || !given.keySet().equals(
                    against.stream().map(ReviewCriterion::id).collect(Collectors.toSet()))) {
                throw new ApiProblem(HttpStatus.BAD_REQUEST, "review.itemsMismatch", "R10", "items", names(against));
            }
            total = BigDecimal.ZERO;
            for (ReviewCriterion c : against) {
                BigDecimal s = given.get(c.id());
                items.add(new ScoreItem(null, c.position(), c.name(), c.weight(), s));
                total = total.add(s.multiply(BigDecimal.valueOf(c.weight())));
            }
            total = total.divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
        }
        Score existing = scores.findByMeetingId(id).stream()
                .filter(s -> s.projectId().equals(projectId) && s.expertId().equals(expert.id())).findFirst().orElse(null);
        Score score;
        if (existing == null) {
            score = scores.save(new Score(id, projectId, expert.id(), total, entry.opinion().strip(), now()));
        } else {
            existing.revise(total, entry.opinion().strip(), now());
            scoreItems.deleteByScoreId(existing.id());
            scoreItems.flush();
            score = existing;
        }
        items.forEach(i -> scoreItems.save(new ScoreItem(score.id(), i.position(), i.criterion(), i.weight(), i.score())));
        return view(meeting);
    }

    /** The tenant's review criteria, in order (the bureau's and the experts' to read). */
    @Transactional(readOnly = true)
    public List<CriterionView> criteria() {
        reader();
        return criteria.findAllByOrderByPositionAsc().stream().map(ReviewCriterion::view).toList();
    }

    /** The bureau sets the tenant's criteria; the weights sum to 100. Scores given keep the criteria they were given against. */
    @Transactional
    public List<CriterionView> setCriteria(@Valid ReviewRequests.Criteria request) {
        bureau();
        int sum = request.criteria().stream().mapToInt(ReviewRequests.Criteria.Criterion::weight).sum();
        if (sum != 100) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "review.criteriaWeights", "R10", "criteria", sum);
        }
        Set<String> names = new HashSet<>();
        for (ReviewRequests.Criteria.Criterion c : request.criteria()) {
            if (!names.add(c.name().strip())) {
                throw new ApiProblem(HttpStatus.BAD_REQUEST, "review.criteriaDuplicate", "R10", "criteria", c.name().strip());
            }
        }
        criteria.deleteAllInBatch();
        for (int i = 0; i < request.criteria().size(); i++) {
            ReviewRequests.Criteria.Criterion c = request.criteria().get(i);
            criteria.save(new ReviewCriterion(i + 1, c.name().strip(), c.weight()));
        }
        return criteria.findAllByOrderByPositionAsc().stream().map(ReviewCriterion::view).toList();
    }

    private static String names(List<ReviewCriterion> against) {
        return against.stream().map(c -> c.name() + " " + c.weight()).collect(Collectors.joining("、"));
    }

    /**
     * 出具技术评审意见 — once every seated expert scored the project, the bureau's conclusion becomes a generated
     * PDF on the project and the technical review opinion of the authority model (Art. 10).
     */
    @Transactional
    public OpinionView conclude(UUID id, UUID projectId, @Valid ReviewRequests.Conclusion conclusion) {
        bureau();
        ReviewMeeting meeting = found(id);
        MeetingProject entry = requireInMeeting(id, projectId);
        MeetingView view = view(meeting);
        MeetingView.ProjectEntry reviewed = view.projects().stream().filter(p -> p.projectId().equals(projectId))
                .findFirst().orElseThrow();
        List<MeetingView.Seat> seated = view.panel().stream().filter(s -> s.status().equals("SEATED")).toList();
        Set<UUID> scoredBy = reviewed.scores().stream().map(MeetingView.ScoreView::expertId).collect(Collectors.toSet());
        if (seated.isEmpty() || !seated.stream().allMatch(s -> scoredBy.contains(s.expertId()))) {
            throw new ApiProblem(HttpStatus.CONFLICT, "review.scoresMissing", "R10", null, reviewed.title());
        }
        String conditions = blankToNull(conclusion.conditions());
        Tenant tenant = TenantContext.require();
        String bureau = tenant.nameZh().endsWith("局") ? tenant.nameZh()
                : tenant.nameZh() + Authority.BIG_DATA_BUREAU.label(Locale.SIMPLIFIED_CHINESE);
        byte[] document = pdf.render(new ReviewOpinionPdf.Content(bureau, reviewed.title(), reviewed.ownerUnit(),
                meeting.title(), meeting.heldOn().toString(), meeting.place(),
                seated.stream().map(MeetingView.Seat::name).toList(), reviewed.averageScore().toPlainString(),
                reviewed.criteria().stream().map(c -> c.criterion() + "（权重 " + c.weight() + "）："
                        + c.average().toPlainString()).toList(),
                Texts.verdict(conclusion.verdict()), conditions));
        UUID documentId = documents.attach(projectId, DocumentType.TECHNICAL_REVIEW_OPINION,
                "技术评审意见-" + reviewed.title() + ".pdf", "application/pdf", document).id();
        OpinionView opinion = opinions.issue(projectId, new OpinionRequest(OpinionKind.TECHNICAL_REVIEW,
                conclusion.verdict(), conditions, null, documentId));
        entry.opinionIssued(opinion.id());
        return opinion;
    }

    private MeetingView view(ReviewMeeting meeting) {
        Map<UUID, Expert> byId = experts.findAll().stream().collect(Collectors.toMap(Expert::id, Function.identity()));
        List<Score> all = scores.findByMeetingId(meeting.id());
        Map<UUID, List<ScoreItem>> itemsOf = scoreItems.findByScoreIdIn(all.stream().map(Score::id).toList()).stream()
                .sorted(Comparator.comparingInt(ScoreItem::position))
                .collect(Collectors.groupingBy(ScoreItem::scoreId));
        List<MeetingView.ProjectEntry> entries = meetingProjects.findByMeetingId(meeting.id()).stream().map(mp -> {
            ProjectView project = projects.find(mp.projectId()).orElseThrow();
            List<MeetingView.ScoreView> of = all.stream().filter(s -> s.projectId().equals(mp.projectId()))
                    .map(s -> new MeetingView.ScoreView(s.expertId(), byId.get(s.expertId()).name(), s.score(), s.opinion(),
                            itemsOf.getOrDefault(s.id(), List.of()).stream()
                                    .map(i -> new MeetingView.ItemView(i.criterion(), i.weight(), i.score())).toList()))
                    .toList();
            BigDecimal average = of.isEmpty() ? null : of.stream().map(MeetingView.ScoreView::score)
                    .reduce(BigDecimal.ZERO, BigDecimal::add).divide(BigDecimal.valueOf(of.size()), 2, RoundingMode.HALF_UP);
            return new MeetingView.ProjectEntry(project.id(), project.title(), project.ownerUnit(), average, of,
                    mp.opinionId(), criterionAverages(of));
        }).toList();
        List<MeetingView.Seat> panel = seats.findByMeetingIdOrderByPositionAsc(meeting.id()).stream()
                .map(s -> new MeetingView.Seat(s.expertId(), byId.get(s.expertId()).name(),
                        byId.get(s.expertId()).employer(), s.position(), s.alternate(), s.status().name(),
                        s.replacesExpertId(), s.fee()))
                .toList();
        List<MeetingView.Excluded> excluded = exclusions.findByMeetingId(meeting.id()).stream()
                .map(e -> new MeetingView.Excluded(e.expertId(), byId.get(e.expertId()).name(), e.projectId(), e.reason()))
                .toList();
        BigDecimal fees = panel.stream().map(MeetingView.Seat::fee).filter(Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2, RoundingMode.HALF_UP);
        return new MeetingView(meeting.id(), meeting.title(), meeting.heldOn(), meeting.place(), meeting.specialties(),
                meeting.officials(), meeting.alternates(), meeting.seed(), entries, panel, excluded, fees);
    }

    /** The experts' average per criterion, in the criteria's order, over the scores given against it. */
    private static List<MeetingView.CriterionAverage> criterionAverages(List<MeetingView.ScoreView> of) {
        Map<String, List<MeetingView.ItemView>> byCriterion = new java.util.LinkedHashMap<>();
        of.stream().flatMap(s -> s.items().stream())
                .forEach(i -> byCriterion.computeIfAbsent(i.criterion(), k -> new ArrayList<>()).add(i));
        return byCriterion.values().stream().map(list -> new MeetingView.CriterionAverage(list.getFirst().criterion(),
                list.getFirst().weight(), list.stream().map(MeetingView.ItemView::score).reduce(BigDecimal.ZERO, BigDecimal::add)
                        .divide(BigDecimal.valueOf(list.size()), 2, RoundingMode.HALF_UP))).toList();
    }

    /** Why the expert may not review the project, or {@code null}: their employer is its owner unit or competent department. */
    private String conflict(Expert expert, ProjectView project) {
        String employer = expert.employer().strip();
        if (employer.equals(project.ownerUnit() == null ? null : project.ownerUnit().strip())) {
            return Texts.zh("review.conflict.ownerUnit", employer, project.title());
        }
        Application application = projects.application(project.id()).orElseThrow();
        if (application.competentDepartment() != null && employer.equals(application.competentDepartment().strip())) {
            return Texts.zh("review.conflict.department", employer, project.title());
        }
        return null;
    }

    private MeetingProject requireInMeeting(UUID meetingId, UUID projectId) {
        return meetingProjects.findByMeetingId(meetingId).stream().filter(p -> p.projectId().equals(projectId))
                .findFirst().orElseThrow(() -> ApiProblem.notFound("project.notFound", projectId));
    }

    private ReviewMeeting readable(UUID id) {
        Actor actor = reader();
        ReviewMeeting meeting = found(id);
        if (!actor.has(Role.BUREAU_OFFICER) && !seatedMeetingsOf(actor).contains(id)) {
            throw ApiProblem.notFound("problem.notFound");
        }
        return meeting;
    }

    private ReviewMeeting found(UUID id) {
        return meetings.findById(id).orElseThrow(() -> ApiProblem.notFound("problem.notFound"));
    }

    private Set<UUID> seatedMeetingsOf(Actor actor) {
        Set<UUID> mine = new HashSet<>();
        for (Expert expert : experts.findByUsername(actor.name())) {
            seats.findByExpertIdAndStatus(expert.id(), PanelSeat.Status.SEATED).forEach(s -> mine.add(s.meetingId()));
        }
        return mine;
    }

    private java.util.Optional<Expert> seatedExpert(Actor actor, UUID meetingId) {
        return experts.findByUsername(actor.name()).stream()
                .filter(e -> seats.findByExpertIdAndStatus(e.id(), PanelSeat.Status.SEATED).stream()
                        .anyMatch(s -> s.meetingId().equals(meetingId)))
                .findFirst();
    }

    private boolean ownSeat(Actor actor, UUID expertId) {
        return experts.findById(expertId).map(e -> actor.name().equals(e.username())).orElse(false);
    }

    private static Actor bureau() {
        TenantContext.require();
        Actor actor = CurrentUser.actor();
        actor.require("R10", Role.BUREAU_OFFICER);
        return actor;
    }

    private static Actor reader() {
        TenantContext.require();
        Actor actor = CurrentUser.actor();
        actor.require("R10", Role.BUREAU_OFFICER, Role.EXPERT);
        return actor;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** The few texts of this feature that go into a stored record, in Chinese as the record is kept. */
    private static final class Texts {

        static String zh(String key, Object... args) {
            return cn.govit.core.shared.Texts.zh(key, args);
        }

        static String verdict(cn.govit.core.authority.Verdict verdict) {
            return zh("review.verdict." + verdict.name());
        }
    }
}
