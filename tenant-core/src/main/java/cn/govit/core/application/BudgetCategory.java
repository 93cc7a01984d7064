package cn.govit.core.application;

/** 投资概算类别 (Art. 8(5)); the last two are what Art. 8(1) forbids for new and renovated systems. */
public enum BudgetCategory {
    /** 软件购置 */
    SOFTWARE,
    /** 硬件购置（终端、外设等，不含计算存储设备） */
    HARDWARE,
    /** 应用系统开发 */
    APPLICATION_DEVELOPMENT,
    /** 云服务租用 */
    CLOUD_SERVICE,
    /** 项目管理 */
    PROJECT_MANAGEMENT,
    /** 项目监理 */
    SUPERVISION,
    /** 项目验收 */
    ACCEPTANCE,
    /** 其他 */
    OTHER,
    /** 计算、存储硬件设备 */
    COMPUTE_STORAGE_HARDWARE,
    /** 机房建设 */
    MACHINE_ROOM;

    /** Product purchases must name a reference model and configuration (Art. 8(5)). */
    public boolean needsReferenceModel() {
        return this == SOFTWARE || this == HARDWARE || this == COMPUTE_STORAGE_HARDWARE;
    }

    /** What Art. 8(1) rules out: new machine rooms, compute and storage hardware. */
    public boolean forbiddenByR8_1() {
        return this == COMPUTE_STORAGE_HARDWARE || this == MACHINE_ROOM;
    }
}
