package cn.govit.core.testsupport;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Hosts tenant-core's auto-configuration for its own tests, as the app does in production. */
@SpringBootApplication
public class TenantCoreTestApplication {
}
