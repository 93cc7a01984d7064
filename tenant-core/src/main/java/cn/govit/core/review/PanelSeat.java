package cn.govit.core.review;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** 评审专家席位 — a drawn expert's place on a meeting's panel, official or alternate, and the fee paid (Art. 11). */
@Entity
@Table(name = "review_panel_seat")
class PanelSeat {

    /** Seated (正式), waiting as an alternate (候补), or declined (已回避/谢绝). */
    enum Status { SEATED, WAITING, DECLINED }

    @Id
    private UUID id;

    @Column(name = "meeting_id", nullable = false)
    private UUID meetingId;

    @Column(name = "expert_id", nullable = false)
    private UUID expertId;

    /** The place in the draw, 1 first. */
    @Column(nullable = false)
    private int position;

    /** Drawn as an alternate. */
    @Column(nullable = false)
    private boolean alternate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    /** For an alternate who stepped in: the expert who declined. */
    @Column(name = "replaces_expert_id")
    private UUID replacesExpertId;

    /** The review fee paid to the expert, 元 (Art. 11: 据实核拨). */
    @Column(precision = 14, scale = 2)
    private BigDecimal fee;

    protected PanelSeat() {
    }

    PanelSeat(UUID meetingId, UUID expertId, int position, boolean alternate) {
        this.id = UUID.randomUUID();
        this.meetingId = meetingId;
        this.expertId = expertId;
        this.position = position;
        this.alternate = alternate;
        this.status = alternate ? Status.WAITING : Status.SEATED;
    }

    UUID meetingId() {
        return meetingId;
    }

    UUID expertId() {
        return expertId;
    }

    int position() {
        return position;
    }

    boolean alternate() {
        return alternate;
    }

    Status status() {
        return status;
    }

    UUID replacesExpertId() {
        return replacesExpertId;
    }

    BigDecimal fee() {
        return fee;
    }

    void decline() {
        status = Status.DECLINED;
    }

    void stepIn(UUID declined) {
        status = Status.SEATED;
        replacesExpertId = declined;
    }

    void pay(BigDecimal fee) {
        this.fee = fee;
    }
}
