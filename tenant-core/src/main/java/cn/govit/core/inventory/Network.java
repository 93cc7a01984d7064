package cn.govit.core.inventory;

import java.util.Locale;

import cn.govit.core.shared.Texts;

/** 网络 — the network a system is reached on (Art. 15: from the business private network to the government network). */
public enum Network {
    /** 政务外网 */
    GOV_EXTRANET,
    /** 政务内网 */
    GOV_INTRANET,
    /** 业务专网 */
    BUSINESS_NETWORK,
    /** 互联网 */
    INTERNET;

    public String label(Locale locale) {
        return Texts.get(locale, "inventory.network." + name());
    }
}
