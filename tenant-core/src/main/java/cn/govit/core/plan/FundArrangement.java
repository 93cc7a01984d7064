package cn.govit.core.plan;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** 资金安排 — the year's funds for informatization projects as the finance bureau enters them (Art. 4), 元. */
@Entity
@Table(name = "plan_fund_arrangement")
class FundArrangement {

    @Id
    @Column(name = "plan_year")
    private Integer year;

    @Column(nullable = false, precision = 16, scale = 2)
    private BigDecimal amount;

    private String note;

    @Column(name = "entered_by", nullable = false)
    private String enteredBy;

    @Column(name = "entered_at", nullable = false)
    private OffsetDateTime enteredAt;

    protected FundArrangement() {
    }

    FundArrangement(int year) {
        this.year = year;
    }

    BigDecimal amount() {
        return amount;
    }

    String note() {
        return note;
    }

    String enteredBy() {
        return enteredBy;
    }

    OffsetDateTime enteredAt() {
        return enteredAt;
    }

    void set(BigDecimal amount, String note, String by, OffsetDateTime at) {
        this.amount = amount;
        this.note = note;
        this.enteredBy = by;
        this.enteredAt = at;
    }
}
