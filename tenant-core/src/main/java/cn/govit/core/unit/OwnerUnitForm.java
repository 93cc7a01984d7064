package cn.govit.core.unit;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What the bureau enters for an owner unit; {@code version} is the one read before an update (null on creation).
 * Blank optional fields mean "not known".
 */
public record OwnerUnitForm(@NotBlank @Size(max = 200) String name, @Size(max = 18) String creditCode,
                            @Size(max = 200) String competentDepartment, @Size(max = 100) String contactPerson,
                            @Size(max = 40) String contactPhone, Long version) {

    /** Stripped, blanks as null, the credit code in capitals as GB 32100-2015 writes it. */
    OwnerUnitForm normalized() {
        return new OwnerUnitForm(name == null ? null : name.strip(), blankToNull(creditCode) == null ? null
                : creditCode.strip().toUpperCase(java.util.Locale.ROOT), blankToNull(competentDepartment),
                blankToNull(contactPerson), blankToNull(contactPhone), version);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
