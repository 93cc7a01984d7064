package cn.govit.core.rollup;

import java.util.Locale;

import cn.govit.core.shared.Texts;

/**
 * Why a project or a tenant is not green, with the article behind it and, for a tenant, how many of its projects
 * (or sanctions) it concerns.
 */
public record RiskReason(Code code, String article, int count) {

    /** The reasons the city looks for, each with the colour it gives. */
    public enum Code {
        /** A time limit of the lifecycle has passed (Art. 19, 27, 28, 30, 32). */
        OVERDUE(RiskColour.RED),
        /** The owner unit is sanctioned (Art. 33). */
        SANCTIONED(RiskColour.RED),
        /** Sanctions of the tenant's owner units in force (Art. 33), whether or not a project of theirs is listed. */
        SANCTIONS_IN_FORCE(RiskColour.RED),
        /**
         * A system's migration to the city's gov cloud or data centre is past its plan's date unverified (Art. 40);
         * counted in systems.
         */
        MIGRATION_OVERDUE(RiskColour.YELLOW),
        /**
         * An owner unit, not exempt, fails one of the four duties of Art. 33 (migration, resource catalogue, sharing
         * interface, collection by update frequency); counted in units.
         */
        UNIT_NOT_COMPLIANT(RiskColour.YELLOW),
        /** Failed acceptance, rectification within three months (Art. 28). */
        RECTIFICATION(RiskColour.YELLOW),
        /** Suspended by a supervisor (Art. 35). */
        SUSPENDED(RiskColour.YELLOW),
        /** A time limit falls within the next {@value ProjectFigures#DUE_SOON_DAYS} days. */
        DUE_SOON(RiskColour.YELLOW);

        private final RiskColour colour;

        Code(RiskColour colour) {
            this.colour = colour;
        }

        public RiskColour colour() {
            return colour;
        }
    }

    /** E.g. 2 个项目逾期：月度实施情况报送（第十九条）. */
    public String text(Locale locale) {
        String limit = Texts.has("deadline." + article) ? Texts.get(locale, "deadline." + article) : "";
        return Texts.get(locale, "rollup.reason." + code.name(), count, limit, Texts.get(locale, "rollup.article." + article));
    }
}
