package cn.govit.core.rules;

/**
 * 调整权限 — what a tenant's rule set may do with one parameter. Art. 41 lets a county, district or
 * development zone make its own measures with reference to the city's; Art. 38 makes some of them
 * binding on every one of them, so those can be made stricter but never looser.
 */
public enum Latitude {
    /** Any value in the parameter's range (Art. 41). */
    LOOSEN_OR_TIGHTEN,
    /** Only the regulation's value or a stricter one (Art. 38); for a flag, {@code true} is the stricter. */
    TIGHTEN_ONLY,
    /** Only the regulation's value. */
    FIXED;

    /**
     * Whether a tenant may set {@code value}, a valid value of a parameter of {@code type} whose
     * regulation value is {@code regulation}.
     */
    public boolean permits(ParameterType type, String regulation, String value) {
        return switch (this) {
            case LOOSEN_OR_TIGHTEN -> true;
            case FIXED -> value.equals(regulation);
            case TIGHTEN_ONLY -> {
                if (type != ParameterType.FLAG) {
                    throw new IllegalArgumentException(
                            "only a flag knows which way is stricter; a " + type + " parameter cannot be " + this);
                }
                yield Boolean.parseBoolean(value) || !Boolean.parseBoolean(regulation);
            }
        };
    }

    /** Whether the latitude can be given to a parameter of {@code type}. */
    boolean appliesTo(ParameterType type) {
        return this != TIGHTEN_ONLY || type == ParameterType.FLAG;
    }
}
