package cn.govit.core.authority;

import java.util.Locale;

import cn.govit.core.documents.DocumentType;
import cn.govit.core.shared.Texts;

/**
 * 意见类型 — each opinion the regulation asks of an authority, with the article that asks for it and
 * the type of the document it is issued with (uploads of that type are the authority's alone).
 */
public enum OpinionKind {
    /** 技术评审意见 (第十条、第十四条) */
    TECHNICAL_REVIEW(Authority.BIG_DATA_BUREAU, "R10", DocumentType.TECHNICAL_REVIEW_OPINION),
    /** 项目建设意见书 (第十条): with a passed review, one of the two ways into the reserve library */
    CONSTRUCTION_OPINION_LETTER(Authority.BIG_DATA_BUREAU, "R10", DocumentType.CONSTRUCTION_OPINION_LETTER),
    /** 纳入政府投资年度计划 (第十条): the other way, the NDRC's government-investment annual plan */
    GOVERNMENT_INVESTMENT_PLAN(Authority.NDRC, "R10", DocumentType.GOVERNMENT_INVESTMENT_PLAN),
    /** 同意申报的技术评审意见 (第八条第（九）项) */
    UPWARD_CONSENT(Authority.BIG_DATA_BUREAU, "R8.9", DocumentType.UPWARD_TECHNICAL_OPINION),
    /** 集约化例外意见：国家和省另有规定或条线业务特殊需要 (第十五条, lifts 第八条第（一）项) */
    CENTRALISATION_EXCEPTION(Authority.BIG_DATA_BUREAU, "R15", DocumentType.EXCEPTION_OPINION),
    /** 政府投资项目前期征求意见 (第四条、第八条) */
    NDRC_PRE_CONSULTATION(Authority.NDRC, "R4", DocumentType.NDRC_OPINION),
    /** 资金来源审查意见 (第十四条) */
    FUND_SOURCE(Authority.FINANCE_BUREAU, "R14", DocumentType.FUND_SOURCE_OPINION),
    /** 保密局意见 (第八条第（十）项) */
    SECRECY(Authority.SECRECY_BUREAU, "R8.10", DocumentType.SECRECY_OPINION),
    /** 国家安全局意见 (第八条第（十）项) */
    STATE_SECURITY(Authority.STATE_SECURITY_BUREAU, "R8.10", DocumentType.STATE_SECURITY_OPINION),
    /** 人防办意见 (第八条第（十）项) */
    CIVIL_AIR_DEFENCE(Authority.CIVIL_AIR_DEFENCE_OFFICE, "R8.10", DocumentType.CIVIL_AIR_DEFENCE_OPINION),
    /** 网络安全监管意见 (第四条、第三十四条) */
    CYBERSECURITY(Authority.CYBERSPACE_OFFICE, "R34", DocumentType.CYBERSECURITY_OPINION),
    /** “一事一议”市政府批准 (第十三条) */
    EXCEPTIONAL_APPROVAL(Authority.CITY_GOVERNMENT, "R13", DocumentType.CITY_GOVERNMENT_APPROVAL);

    private final Authority authority;
    private final String article;
    private final DocumentType documentType;

    OpinionKind(Authority authority, String article, DocumentType documentType) {
        this.authority = authority;
        this.article = article;
        this.documentType = documentType;
    }

    public Authority authority() {
        return authority;
    }

    public String article() {
        return article;
    }

    public DocumentType documentType() {
        return documentType;
    }

    public String label(Locale locale) {
        return Texts.get(locale, "opinion." + name());
    }
}
