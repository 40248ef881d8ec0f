package vn.thads.portal.security;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.thads.portal.support.FullStack;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.thads.portal.support.TestUsers.basic;
import static vn.thads.portal.support.TestUsers.session;

/**
 * The headers of every answer (docs/security.md, Headers, transport and outages).
 */
@FullStack
class TransportHeadersTests {

	@Autowired
	MockMvc mvc;

	@Test
	void thePolicyForbidsABaseElementAndTellsNoReferrerBeyondTheOrigin() throws Exception {
		this.mvc.perform(get("/login"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Security-Policy", containsString("base-uri 'none'")))
			.andExpect(header().string("Content-Security-Policy", containsString("object-src 'none'")))
			.andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"))
			.andExpect(header().string("Permissions-Policy", containsString("camera=()")))
			.andExpect(header().string("Permissions-Policy", containsString("microphone=()")))
			.andExpect(header().string("Permissions-Policy", containsString("geolocation=()")));
	}

	@Test
	void theApiTooHasTheReferrerAndPermissionsPolicies() throws Exception {
		this.mvc.perform(get("/api/v1/agencies").with(basic("ag.lanhdao")))
			.andExpect(status().isOk())
			.andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"))
			.andExpect(header().string("Permissions-Policy", containsString("camera=()")))
			.andExpect(header().string("Cache-Control", containsString("no-store")));
	}

	@Test
	void pagesWithFiguresAreNeverStoredOnASharedComputer() throws Exception {
		for (String page : new String[] { "/dashboard/AG", "/returns/AG-KV01/2026-10", "/targets" }) {
			this.mvc.perform(get(page).with(session("ag.lanhdao")))
				.andExpect(status().isOk())
				.andExpect(header().string("Cache-Control", containsString("no-store")))
				.andExpect(header().string("Pragma", "no-cache"));
		}
	}

	@Test
	void overHttpsTheBrowserIsToldToStayOnHttps() throws Exception {
		this.mvc.perform(get("/login").secure(true))
			.andExpect(header().string("Strict-Transport-Security", "max-age=31536000 ; includeSubDomains"));
		this.mvc.perform(get("/api/v1/agencies").secure(true).with(basic("ag.lanhdao")))
			.andExpect(header().string("Strict-Transport-Security", containsString("max-age=31536000")));
	}

	@Test
	void overPlainHttpThereIsNoHsts() throws Exception {
		this.mvc.perform(get("/login")).andExpect(header().doesNotExist("Strict-Transport-Security"));
	}

	@Test
	void signingOutClearsWhatThePortalKeptInTheBrowser() throws Exception {
		this.mvc.perform(post("/logout").with(csrf()).with(session("ag-kv01.canbo")))
			.andExpect(header().string("Clear-Site-Data", "\"storage\""));
	}

}
