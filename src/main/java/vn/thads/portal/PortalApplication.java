package vn.thads.portal;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The THADS statistics portal: monthly returns of the civil judgment enforcement
 * agencies, their approval, the statistics computed from them, dashboards and printed
 * reports.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class PortalApplication {

	public static void main(String[] args) {
		SpringApplication.run(PortalApplication.class, args);
	}

}
