package cn.govit.core.compliance;

import java.util.Locale;

import cn.govit.core.shared.Texts;

/** 限制措施状态 (Art. 33): proposed by the bureau, in force on the city government's consent, withdrawn or lifted. */
public enum SanctionStatus {
    /** 已提议，待市政府同意 */
    PROPOSED,
    /** 经市政府同意，已生效 */
    IN_FORCE,
    /** 同意前撤回 */
    WITHDRAWN,
    /** 相关规定落实到位后解除 */
    LIFTED;

    public String label(Locale locale) {
        return Texts.get(locale, "compliance.status." + name());
    }
}
