package cn.govit.core.unit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** 统一社会信用代码 of GB 32100-2015: the shape and the check character of real codes. */
class CreditCodeTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "91350100M000100Y43", // the standard's own example (a company registered in Fuzhou)
            "91110000600037341L", // a company registered in Beijing: the check character is a letter
            "11360100MB1747185A"  // a government organ (机构编制 1, 机关 1) of Nanchang 360100
    })
    void codesWithTheirCheckCharacterAreValid(String code) {
        assertThat(CreditCode.isValid(code)).isTrue();
    }

    @Test
    void publishedCodesCarryTheCheckCharacterTheAlgorithmGives() {
        assertThat(CreditCode.checkCharacter("91350100M000100Y4")).isEqualTo('3');
        assertThat(CreditCode.checkCharacter("91110000600037341")).isEqualTo('L');
        assertThat(CreditCode.isValid("91350100M000100Y43")).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "91350100M000100Y44", // wrong check character
            "91350100M000100Y4",  // 17 characters
            "91350100M000100Y433", // 19 characters
            "9135010OM000100Y43", // a letter in the division code
            "91350100I000100Y43", // I is not in the character set
            "91350100m000100y43", // lower case is not the standard's
            ""
    })
    void anythingElseIsRefused(String code) {
        assertThat(CreditCode.isValid(code)).isFalse();
    }
}
