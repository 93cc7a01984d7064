package cn.govit.core.inventory;

import java.util.Locale;

import cn.govit.core.shared.Texts;

/** 运行位置 — where a government information system runs today (Art. 15, 38). */
public enum SystemLocation {
    /** 自建机房 */
    OWN_MACHINE_ROOM,
    /** 业务专网 */
    BUSINESS_NETWORK,
    /** 区县政务云 */
    DISTRICT_CLOUD,
    /** 市政务云 */
    CITY_CLOUD,
    /** 全市一体化数据中心 */
    CITY_DATA_CENTRE;

    public String label(Locale locale) {
        return Texts.get(locale, "inventory.location." + name());
    }

    /** Where Art. 15 and 38 want it: the city's gov cloud or its integrated data centre. */
    public boolean inCity() {
        return this == CITY_CLOUD || this == CITY_DATA_CENTRE;
    }

    /** What Art. 38 builds no more of: machine rooms, district clouds, business private networks. */
    public boolean noLongerBuilt() {
        return !inCity();
    }
}
