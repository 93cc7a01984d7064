package cn.govit.core.catalogue;

/** 云服务目录条目 — one offering of the city's cloud service catalogue, requested by unit (Art. 8(1), 38). */
public record CloudOfferingView(String code, String nameZh, String nameEn, String unitZh, String unitEn,
                                String category) {
}
