package cn.govit.core.rules;

/** 严重程度 of a finding. */
public enum Severity {
    /** 阻止提交 — the step is refused until it is fixed. */
    BLOCKING,
    /** 提示 — shown, does not stop the step. */
    WARNING
}
