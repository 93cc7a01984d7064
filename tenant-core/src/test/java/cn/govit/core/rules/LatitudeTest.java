package cn.govit.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** 第三十八条、第四十一条 — which values a district's rule set may give each parameter; no database. */
class LatitudeTest {

    private static final Set<RuleParameter> BINDING_ON_EVERY_DISTRICT = EnumSet.of(
            RuleParameter.R8_1_NO_MACHINE_ROOM_OR_HARDWARE, RuleParameter.R8_2_GOV_EXTRANET_REQUIRED,
            RuleParameter.R8_10_SECURITY_OPINIONS_REQUIRED, RuleParameter.R33_SANCTIONS_ENFORCED);

    @ParameterizedTest
    @EnumSource(value = RuleParameter.class, names = {"R8_1_NO_MACHINE_ROOM_OR_HARDWARE", "R8_2_GOV_EXTRANET_REQUIRED",
            "R8_10_SECURITY_OPINIONS_REQUIRED", "R33_SANCTIONS_ENFORCED"})
    void R38_aRuleBindingEveryDistrictMayBeRestatedButNotSwitchedOff(RuleParameter p) {
        assertThat(p.latitude()).isEqualTo(Latitude.TIGHTEN_ONLY);
        assertThat(p.permits("true")).isTrue();
        assertThat(p.permits("false")).isFalse();
    }

    @Test
    void R41_everyOtherParameterTakesAnyValueOfItsRangeEitherWay() {
        Arrays.stream(RuleParameter.values()).filter(p -> !BINDING_ON_EVERY_DISTRICT.contains(p)).forEach(p -> {
            assertThat(p.latitude()).as(p.name()).isEqualTo(Latitude.LOOSEN_OR_TIGHTEN);
            switch (p.type()) {
                case FLAG -> assertThat(p.permits("false") && p.permits("true")).as(p.name()).isTrue();
                case MONTH_DAY -> assertThat(p.permits("01-31") && p.permits("12-31")).as(p.name()).isTrue();
                default -> {
                    String[] range = p.range().split("–");
                    String low = p.normalize(range[0]).orElseThrow();
                    String high = p.normalize(range[1]).orElseThrow();
                    assertThat(p.permits(low) && p.permits(high)).as(p.name()).isTrue();
                }
            }
        });
    }

    @Test
    void tightenOnlyFlagTakesTheStricterValueWhicheverTheRegulationSets() {
        assertThat(Latitude.TIGHTEN_ONLY.permits(ParameterType.FLAG, "true", "true")).isTrue();
        assertThat(Latitude.TIGHTEN_ONLY.permits(ParameterType.FLAG, "true", "false")).isFalse();
        assertThat(Latitude.TIGHTEN_ONLY.permits(ParameterType.FLAG, "false", "true")).isTrue();
        assertThat(Latitude.TIGHTEN_ONLY.permits(ParameterType.FLAG, "false", "false")).isTrue();
    }

    @Test
    void fixedTakesOnlyTheRegulationsValue() {
        assertThat(Latitude.FIXED.permits(ParameterType.INTEGER, "3", "3")).isTrue();
        assertThat(Latitude.FIXED.permits(ParameterType.INTEGER, "3", "4")).isFalse();
        assertThat(Latitude.FIXED.permits(ParameterType.INTEGER, "3", "2")).isFalse();
        assertThat(Latitude.FIXED.permits(ParameterType.FLAG, "true", "false")).isFalse();
    }

    @Test
    void loosenOrTightenTakesAnyValue() {
        assertThat(Latitude.LOOSEN_OR_TIGHTEN.permits(ParameterType.INTEGER, "3", "0")).isTrue();
        assertThat(Latitude.LOOSEN_OR_TIGHTEN.permits(ParameterType.FLAG, "true", "false")).isTrue();
    }

    @Test
    void aNumberCannotBeTightenOnlyForNoDirectionIsStricter() {
        assertThat(Latitude.TIGHTEN_ONLY.appliesTo(ParameterType.INTEGER)).isFalse();
        assertThatThrownBy(() -> Latitude.TIGHTEN_ONLY.permits(ParameterType.MONEY, "300000.00", "500000.00"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
