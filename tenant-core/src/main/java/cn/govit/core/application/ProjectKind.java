package cn.govit.core.application;

/** 项目类型 — construction (new, expansion, renovation) or O&amp;M (Art. 2, 8.7). */
public enum ProjectKind {
    /** 建设类 */
    CONSTRUCTION,
    /** 运维类 */
    OPERATION_MAINTENANCE
}
