package cn.govit.core.catalogue;

import static cn.govit.core.testsupport.LifecycleDriver.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import javax.sql.DataSource;

import cn.govit.core.application.CloudResourceRequest;
import cn.govit.core.testsupport.LifecycleIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * 第三十八条 — every county, district and development zone requests compute and storage from the
 * city's cloud service catalogue: one catalogue, kept by the city's bureau, read by all.
 */
class R38CityCloudCatalogueTest extends LifecycleIntegrationTest {

    @Autowired
    private DataSource dataSource;

    @Test
    void R38_districtsSeeTheSameCatalogueAsTheCity() {
        JsonNode city = as("nc-officer").get("/api/v1/cloud-catalogue").expect(200);

        assertThat(city.valueStream().map(o -> o.get("code").asString()))
                .contains("ECS-VCPU", "ECS-MEM", "BLOCK-SSD", "OBJECT-STORAGE", "EXTRANET-BW");
        assertThat(donghu.officer().get("/api/v1/cloud-catalogue").expect(200)).isEqualTo(city);
        assertThat(xihu.officer().get("/api/v1/cloud-catalogue").expect(200)).isEqualTo(city);
    }

    @Test
    void R38_theCitysCatalogueIsTheOnlyOneNoDistrictKeepsACopy() {
        List<String> schemas = JdbcClient.create(dataSource)
                .sql("SELECT table_schema FROM information_schema.tables WHERE table_name = 'cloud_offering'")
                .query(String.class).list();

        assertThat(schemas).containsExactly("platform");
    }

    @Test
    void R8_1_districtApplicationRequestingEveryOfferingOfTheCitysCatalogueValidates() {
        ObjectNode application = xihu.application("西湖区上云项目", "500000.00");
        ArrayNode cloud = (ArrayNode) application.get("cloudResources");
        cloud.removeAll();
        as("nc-officer").get("/api/v1/cloud-catalogue").expect(200).valueStream()
                .forEach(o -> cloud.add(json(new CloudResourceRequest(o.get("code").asString(), BigDecimal.ONE))));
        assertThat(cloud).hasSizeGreaterThan(2);

        assertSubmissionAllowed(xihu, application, "R8.1");
    }
}
