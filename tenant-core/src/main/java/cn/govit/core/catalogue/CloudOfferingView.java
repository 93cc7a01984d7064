package cn.govit.core.catalogue;

/** One offering as the application form and the API show it. */
public record CloudOfferingView(String code, String nameZh, String nameEn, String unitZh, String unitEn,
                                String category) {
}
