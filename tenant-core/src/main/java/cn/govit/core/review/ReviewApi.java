package cn.govit.core.review;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import cn.govit.core.authority.OpinionView;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/review} — the caller's tenant's expert pool and review meetings (Art. 10, 11); roles are the service's. */
@RestController
@RequestMapping("/api/v1/review")
class ReviewApi {

    private final ReviewService review;

    ReviewApi(ReviewService review) {
        this.review = review;
    }

    @GetMapping("/experts")
    List<ExpertView> experts() {
        return review.experts();
    }

    @PostMapping("/experts")
    @ResponseStatus(HttpStatus.CREATED)
    ExpertView addExpert(@Valid @RequestBody NewExpert expert) {
        return review.addExpert(expert);
    }

    /** The tenant's review criteria and their weights. */
    @GetMapping("/criteria")
    List<CriterionView> criteria() {
        return review.criteria();
    }

    @PutMapping("/criteria")
    List<CriterionView> setCriteria(@Valid @RequestBody ReviewRequests.Criteria criteria) {
        return review.setCriteria(criteria);
    }

    /** The bureau's meetings; an expert's: only those they sit on. */
    @GetMapping("/meetings")
    List<MeetingView> meetings() {
        return review.meetings();
    }

    @PostMapping("/meetings")
    ResponseEntity<MeetingView> create(@Valid @RequestBody ReviewRequests.NewMeeting meeting) {
        MeetingView created = review.createMeeting(meeting);
        return ResponseEntity.created(URI.create("/api/v1/review/meetings/" + created.id())).body(created);
    }

    @GetMapping("/meetings/{id}")
    MeetingView meeting(@PathVariable UUID id) {
        return review.meeting(id);
    }

    @PostMapping("/meetings/{id}/draw")
    MeetingView draw(@PathVariable UUID id, @RequestBody(required = false) ReviewRequests.Draw draw) {
        return review.draw(id, draw);
    }

    /** The draw repeated from its recorded seed and pool. */
    @GetMapping("/meetings/{id}/draw/replay")
    List<UUID> replay(@PathVariable UUID id) {
        return review.replayDraw(id);
    }

    @PostMapping("/meetings/{id}/experts/{expertId}/decline")
    MeetingView decline(@PathVariable UUID id, @PathVariable UUID expertId) {
        return review.decline(id, expertId);
    }

    @PutMapping("/meetings/{id}/experts/{expertId}/fee")
    MeetingView fee(@PathVariable UUID id, @PathVariable UUID expertId, @Valid @RequestBody ReviewRequests.Fee fee) {
        return review.pay(id, expertId, fee);
    }

    @PostMapping("/meetings/{id}/projects/{projectId}/scores")
    MeetingView score(@PathVariable UUID id, @PathVariable UUID projectId,
                      @Valid @RequestBody ReviewRequests.ScoreEntry score) {
        return review.score(id, projectId, score);
    }

    /** The technical review opinion, generated and recorded on the project. */
    @PostMapping("/meetings/{id}/projects/{projectId}/opinion")
    @ResponseStatus(HttpStatus.CREATED)
    OpinionView conclude(@PathVariable UUID id, @PathVariable UUID projectId,
                         @Valid @RequestBody ReviewRequests.Conclusion conclusion) {
        return review.conclude(id, projectId, conclusion);
    }
}
