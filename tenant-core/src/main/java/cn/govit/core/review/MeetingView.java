package cn.govit.core.review;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A review meeting as shown: its projects with their scores, the panel drawn (with who stepped in for whom),
 * the experts excluded and why, the seed of the draw and the fees in 元 with their total (Art. 11).
 */
public record MeetingView(UUID id, String title, LocalDate heldOn, String place, List<String> specialties,
                          int officials, int alternates, Long seed, List<ProjectEntry> projects, List<Seat> panel,
                          List<Excluded> exclusions, BigDecimal feeTotal) {

    /** A project of the meeting; {@code averageScore} is {@code null} until scored. */
    public record ProjectEntry(UUID projectId, String title, String ownerUnit, BigDecimal averageScore,
                               List<ScoreView> scores, UUID opinionId, List<CriterionAverage> criteria) {
    }

    /** One expert's score: the weighted sum of {@code items}, or their overall score where they gave none. */
    public record ScoreView(UUID expertId, String expert, BigDecimal score, String opinion, List<ItemView> items) {
    }

    public record ItemView(String criterion, int weight, BigDecimal score) {
    }

    /** The experts' average on one criterion of the project. */
    public record CriterionAverage(String criterion, int weight, BigDecimal average) {
    }

    /** {@code status}: SEATED, WAITING (alternate) or DECLINED. */
    public record Seat(UUID expertId, String name, String employer, int position, boolean alternate, String status,
                       UUID replacesExpertId, BigDecimal fee) {
    }

    public record Excluded(UUID expertId, String name, UUID projectId, String reason) {
    }
}
