package cn.govit.core.security;

import java.util.List;
import java.util.Locale;

import cn.govit.core.shared.Texts;

/**
 * 经办人 — a user as records show them: name and unit, never only a login id. The unit is the owner unit
 * they act for (Art. 4), else their district and the body their role stands for; names stay as entered,
 * the words around them follow the reader's language.
 */
public record Person(String username, String name, List<String> ownerUnits, Role role, String districtZh,
                     String districtEn) {

    public Person {
        ownerUnits = List.copyOf(ownerUnits);
    }

    /** Someone no app instance has seen yet: the login id is all there is. */
    static Person unknown(String username) {
        return new Person(username, username, List.of(), null, null, null);
    }

    /** 张伟（东湖区数据资源管理局）, "Zhang Wei (…)" in English. */
    public String label(Locale locale) {
        String unit = unit(locale);
        if (unit == null) {
            return name;
        }
        return "en".equals(locale.getLanguage()) ? name + " (" + unit + ")" : name + "（" + unit + "）";
    }

    private String unit(Locale locale) {
        if (!ownerUnits.isEmpty()) {
            return ownerUnits.size() == 1 ? ownerUnits.getFirst()
                    : Texts.get(locale, "person.units", ownerUnits.getFirst(), ownerUnits.size(),
                    ownerUnits.size() - 1);
        }
        String district = "en".equals(locale.getLanguage()) && districtEn != null ? districtEn : districtZh;
        if (role == null) {
            return district;
        }
        String body = Texts.get(locale, "role." + role.name());
        return district == null ? body : Texts.get(locale, "person.districtBody", district, body);
    }
}
