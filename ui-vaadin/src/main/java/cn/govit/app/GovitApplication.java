package cn.govit.app;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.theme.lumo.Lumo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * 政务信息化项目管理平台 — the web application (govit-app): Vaadin views over tenant-core, in one
 * process, reached only through the gateway.
 */
@SpringBootApplication
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet(Lumo.UTILITY_STYLESHEET)
public class GovitApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(GovitApplication.class, args);
    }
}
