package cn.govit.core.lifecycle;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A step an officer takes.
 *
 * @param version     the project version the officer saw; a step taken meanwhile makes this a 409
 * @param occurredOn  when it happened (today if empty); never in the future, never before the last step
 * @param documentIds documents already uploaded to the project that belong to this step
 */
public record StepRequest(@NotNull LifecycleAction action, @NotNull Long version, LocalDate occurredOn,
                          @Size(max = 4000) String explanation, @Size(max = 50) List<UUID> documentIds) {

    public StepRequest {
        documentIds = documentIds == null ? List.of() : List.copyOf(documentIds);
    }
}
