package cn.govit.core.application;

/** 共享类型 of an information resource (Art. 8(3)). */
public enum SharingType {
    /** 无条件共享 */
    UNCONDITIONAL,
    /** 有条件共享 */
    CONDITIONAL,
    /** 不予共享 */
    NOT_SHARED
}
