package cn.govit.core.inventory;

import java.util.Locale;

import cn.govit.core.shared.Texts;

/** 合规要求 — the four duties of Art. 33 every non-exempt system of an owner unit must meet. */
public enum Criterion {
    /** 按期完成系统迁移 */
    MIGRATED,
    /** 编制信息资源目录 */
    CATALOGUED,
    /** 提供数据共享开放接口 */
    SHARING_INTERFACE,
    /** 按数据更新频度归集数据 */
    COLLECTED;

    public String label(Locale locale) {
        return Texts.get(locale, "inventory.criterion." + name());
    }
}
