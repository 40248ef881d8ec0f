package vn.thads.portal.demo;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import vn.thads.portal.support.InBrowser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The portal answers only when it is ready: when the web server starts accepting
 * connections, the demo accounts, returns up to the last month that has ended and the
 * current year's targets are already there, so an early sign-in is not refused.
 */
@InBrowser
class DemoReadinessTests {

	@Autowired
	WebServerStartWitness witness;

	@Test
	void theDemoIsLoadedBeforeTheWebServerStarts() {
		assertThat(this.witness.seen()).isNotNull();
		String[] seen = this.witness.seen().split(" ");
		assertThat(seen[0]).isEqualTo("ag.lanhdao,tw.lanhdao");
		assertThat(seen[1]).isEqualTo("2026-10");
		assertThat(Integer.parseInt(seen[2])).isEqualTo(1 + 3 + 44);
	}

}
