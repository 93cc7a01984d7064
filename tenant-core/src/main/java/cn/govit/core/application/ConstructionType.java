package cn.govit.core.application;

/** 建设类型 — new build, expansion or renovation (Art. 8(1), 8(5) apply to new and renovated systems). */
public enum ConstructionType {
    /** 新建 */
    NEW,
    /** 扩建 */
    EXPANSION,
    /** 改建 */
    RENOVATION
}
