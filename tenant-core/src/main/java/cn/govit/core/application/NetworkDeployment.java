package cn.govit.core.application;

/** 网络部署 — where the system runs (Art. 8(2): non-classified systems use the government extranet). */
public enum NetworkDeployment {
    /** 市政务外网 */
    GOV_EXTRANET,
    /** 部门业务专网 */
    PRIVATE_NETWORK,
    /** 互联网 */
    INTERNET
}
