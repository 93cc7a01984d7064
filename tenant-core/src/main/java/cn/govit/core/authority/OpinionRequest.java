package cn.govit.core.authority;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * An opinion an authority's officer records.
 *
 * @param issuedOn   the date on the opinion (today if empty); never in the future
 * @param conditions the conditions of a 有条件同意, or the reasons of a 不同意 — required for both
 * @param documentId the signed opinion, uploaded to the project by the issuing officer with the kind's type
 */
public record OpinionRequest(@NotNull OpinionKind kind, @NotNull Verdict verdict, @Size(max = 4000) String conditions,
                             LocalDate issuedOn, @NotNull UUID documentId) {
}
