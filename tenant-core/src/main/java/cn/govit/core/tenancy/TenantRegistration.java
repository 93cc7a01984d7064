package cn.govit.core.tenancy;

/**
 * What the registry records of a tenant to be: its code and names, its kind, the tenant above it and its
 * 行政区划代码.
 */
public record TenantRegistration(String code, String nameZh, String nameEn, String shortName, TenantLevel level,
                                 String parentCode, String divisionCode) {

    public static TenantRegistration of(String code, String nameZh, String nameEn, TenantLevel level) {
        return new TenantRegistration(code, nameZh, nameEn, null, level, null, null);
    }
}
