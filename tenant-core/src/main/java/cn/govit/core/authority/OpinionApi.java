package cn.govit.core.authority;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/projects/{projectId}/opinions} — the authorities' opinions on one of the caller's tenant's projects. */
@RestController
@RequestMapping("/api/v1/projects/{projectId}/opinions")
class OpinionApi {

    private final OpinionService opinions;

    OpinionApi(OpinionService opinions) {
        this.opinions = opinions;
    }

    /** Every opinion with its history; {@code current} marks the ones that count. */
    @GetMapping
    List<OpinionView> list(@PathVariable UUID projectId) {
        return opinions.history(projectId);
    }

    /** An authority's officer records its opinion with the document it uploaded (the role is checked by the service). */
    @PostMapping
    ResponseEntity<OpinionView> issue(@PathVariable UUID projectId, @Valid @RequestBody OpinionRequest request) {
        OpinionView issued = opinions.issue(projectId, request);
        return ResponseEntity.created(URI.create("/api/v1/projects/" + projectId + "/opinions/" + issued.id()))
                .body(issued);
    }
}
