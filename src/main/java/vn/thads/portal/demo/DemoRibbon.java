package vn.thads.portal.demo;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * While the demo is on, every page says so ({@code layout.html} shows a ribbon when
 * {@code demoData} is true): nobody should take sample figures for official ones, nor
 * leave the well-known demo accounts open on a server used for real.
 */
@ControllerAdvice(annotations = Controller.class)
@Profile(DemoProfileActivator.PROFILE)
class DemoRibbon {

	@ModelAttribute("demoData")
	boolean demoData() {
		return true;
	}

}
