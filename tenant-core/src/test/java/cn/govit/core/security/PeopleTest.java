package cn.govit.core.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import cn.govit.core.testsupport.CoreIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Records show who acted as 姓名（单位）: the people the platform has seen, by their token's name and unit. */
class PeopleTest extends CoreIntegrationTest {

    @Autowired
    People people;

    @Test
    void aUserWhoMadeARequestIsNamedWithTheirOwnerUnitOrTheirDistrictsBody() {
        for (String user : List.of("dh-edu-officer", "dh-secrecy", "dh-officer")) {
            as(user).get("/api/v1/projects").expect(200);
        }

        Map<String, Person> named = people.named(List.of("dh-edu-officer", "dh-secrecy", "dh-officer", "nobody-seen"));

        assertThat(named.get("dh-edu-officer").label(Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("东湖区 教育体育局经办人（东湖区教育体育局）");
        assertThat(named.get("dh-secrecy").label(Locale.SIMPLIFIED_CHINESE)).isEqualTo("东湖区 保密局意见员（东湖区保密局）");
        assertThat(named.get("dh-secrecy").label(Locale.ENGLISH)).endsWith(" Secrecy Bureau)").doesNotContain("保密局）");
        assertThat(named.get("dh-officer").label(Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("东湖区 业主单位经办人（东湖区城市管理局等 4 个单位）");
        assertThat(named.get("dh-officer").label(Locale.ENGLISH)).endsWith("(东湖区城市管理局 and 3 more)");
        assertThat(named.get("nobody-seen").label(Locale.SIMPLIFIED_CHINESE)).isEqualTo("nobody-seen");
    }
}
