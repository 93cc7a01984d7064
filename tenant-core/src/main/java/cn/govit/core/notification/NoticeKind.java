package cn.govit.core.notification;

/** What a notice says happened; its title is {@code notification.<kind>} in the core messages. */
public enum NoticeKind {
    /** A project arrived for the recipient's step, e.g. the endorsement of Art. 8, with its due date where an article sets one. */
    STEP_DUE,
    /** The owner unit's project was moved on by another party, e.g. returned for revision (Art. 10). */
    STEP_TAKEN,
    /** The recipient's authority is asked for an opinion, e.g. the secrecy bureau's of Art. 8(10). */
    OPINION_AWAITED,
    /** An authority recorded its opinion on the project. */
    OPINION_ISSUED
}
