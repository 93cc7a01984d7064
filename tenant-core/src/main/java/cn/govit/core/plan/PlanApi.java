package cn.govit.core.plan;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import cn.govit.core.documents.DocumentContent;
import cn.govit.core.web.ApiProblem;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code /api/v1/plan} — the caller's tenant's leading-group meetings and annual plans (Art. 4, 6, 12); roles
 * are the service's.
 */
@RestController
@RequestMapping("/api/v1/plan")
class PlanApi {

    private final PlanService plans;

    PlanApi(PlanService plans) {
        this.plans = plans;
    }

    @GetMapping("/meetings")
    List<LeadingGroupMeetingView> meetings() {
        return plans.meetings();
    }

    @PostMapping("/meetings")
    ResponseEntity<LeadingGroupMeetingView> create(@Valid @RequestBody PlanRequests.NewMeeting meeting) {
        LeadingGroupMeetingView created = plans.createMeeting(meeting);
        return ResponseEntity.created(URI.create("/api/v1/plan/meetings/" + created.id())).body(created);
    }

    @GetMapping("/meetings/{id}")
    LeadingGroupMeetingView meeting(@PathVariable UUID id) {
        return plans.meeting(id);
    }

    /** The minutes (multipart {@code file}), attached to every project of the agenda. */
    @PostMapping("/meetings/{id}/minutes")
    LeadingGroupMeetingView minutes(@PathVariable UUID id, @RequestParam(required = false) MultipartFile file)
            throws IOException {
        if (file == null) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "document.fileMissing", null, "file");
        }
        return plans.uploadMinutes(id, file.getOriginalFilename(), file.getContentType(), file.getBytes());
    }

    @GetMapping("/meetings/{id}/minutes")
    ResponseEntity<byte[]> minutesContent(@PathVariable UUID id) {
        DocumentContent content = plans.minutes(id);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(content.document().contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(content.document().filename(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(content.bytes());
    }

    @PostMapping("/meetings/{id}/projects/{projectId}/decision")
    LeadingGroupMeetingView decide(@PathVariable UUID id, @PathVariable UUID projectId,
                                   @Valid @RequestBody PlanRequests.Decision decision) {
        return plans.decide(id, projectId, decision);
    }

    @GetMapping("/years/{year}")
    AnnualPlan plan(@PathVariable int year) {
        return plans.plan(year);
    }

    /** The finance bureau's fund arrangement of the year (Art. 4). */
    @PutMapping("/years/{year}/arrangement")
    AnnualPlan arrange(@PathVariable int year, @Valid @RequestBody PlanRequests.Arrangement arrangement) {
        return plans.arrange(year, arrangement);
    }

    @GetMapping("/years/{year}/export")
    ResponseEntity<byte[]> export(@PathVariable int year) {
        byte[] workbook = plans.workbook(year);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(year + "年度政务信息化项目计划.xlsx", StandardCharsets.UTF_8).build().toString())
                .body(workbook);
    }
}
