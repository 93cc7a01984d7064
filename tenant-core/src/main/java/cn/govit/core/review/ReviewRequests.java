package cn.govit.core.review;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import cn.govit.core.authority.Verdict;

/** What the bureau and the experts send to the review feature. */
public final class ReviewRequests {

    private ReviewRequests() {
    }

    /** A meeting batching submitted projects, with the conditions of its draw. */
    public record NewMeeting(@NotBlank @Size(max = 200) String title, @NotNull LocalDate heldOn,
                             @NotBlank @Size(max = 200) String place,
                             @NotEmpty @Size(max = 50) List<@NotNull UUID> projectIds,
                             @Size(max = 10) List<@NotBlank @Size(max = 40) @Pattern(regexp = "[^,]*") String> specialties,
                             @NotNull @Min(1) @Max(25) Integer officials, @NotNull @Min(0) @Max(25) Integer alternates) {
    }

    /** The seed of the draw; empty: the platform picks one and records it. */
    public record Draw(Long seed) {
    }

    /** The fee paid to one expert, 元 (Art. 11). */
    public record Fee(@NotNull @DecimalMin("0.00") @DecimalMax("1000000.00") @Digits(integer = 8, fraction = 2)
                      BigDecimal amount) {
    }

    /**
     * A seated expert's scores and opinion on one project: one {@code items} entry (0–100) per criterion of the
     * tenant, their weighted sum being the score; or, without items, one overall {@code score} (0–100).
     */
    public record ScoreEntry(@DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal score,
                             @NotBlank @Size(max = 4000) String opinion,
                             @Size(max = 20) List<@NotNull @Valid Item> items) {

        public ScoreEntry(BigDecimal score, String opinion) {
            this(score, opinion, null);
        }

        /** The score on one criterion. */
        public record Item(@NotNull UUID criterionId,
                           @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal score) {
        }
    }

    /** The tenant's review criteria, in order; the weights sum to 100. */
    public record Criteria(@NotEmpty @Size(max = 10) List<@NotNull @Valid Criterion> criteria) {

        public record Criterion(@NotBlank @Size(max = 40) String name, @NotNull @Min(1) @Max(100) Integer weight) {
        }
    }

    /**
     * The bureau's technical review opinion on a project of the meeting: 通过 ({@code APPROVED}), 有条件通过
     * ({@code APPROVED_WITH_CONDITIONS}) or 退回修改 ({@code REJECTED}), with its conditions or reasons.
     */
    public record Conclusion(@NotNull Verdict verdict, @Size(max = 4000) String conditions) {
    }
}
