package cn.govit.gateway;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The platform's single entry (统一入口): browsers log in here with Keycloak, scripts bring a bearer
 * token; both are routed to provisioning or the app with the user's token.
 */
@SpringBootApplication
public class GatewayApplication {

    public static void main(String[] args) {
        SpringApplication.run(GatewayApplication.class, args);
    }
}
