package cn.govit.provisioning;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * 租户开通服务 — onboards, and later suspends and offboards, tenants. Holds the only Keycloak admin
 * and DDL credentials of the platform.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ProvisioningApplication {

    public static void main(String[] args) {
        SpringApplication.run(ProvisioningApplication.class, args);
    }
}
