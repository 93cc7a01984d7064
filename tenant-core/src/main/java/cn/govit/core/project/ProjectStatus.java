package cn.govit.core.project;

/** 项目状态 — where a project stands in the lifecycle; only the first step exists so far. */
public enum ProjectStatus {
    /** 草稿 */
    DRAFT
}
