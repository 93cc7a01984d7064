package cn.govit.core.library;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A change of a project in the libraries as shown; {@code adjustmentId} names the yearly adjustment it was part of. */
public record LibraryChangeView(UUID projectId, UUID adjustmentId, LibraryChangeKind kind, Library library,
                                Integer fromYear, Integer toYear, Integer priority, String reason, String actor,
                                OffsetDateTime recordedAt) {
}
