package vn.thads.portal.report;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.web.servlet.MockMvc;
import vn.thads.portal.support.FullStack;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What a browser needs for the print view is served without signing in: its stylesheets,
 * its script and the report font, the same files the PDF embeds.
 */
@FullStack
class ReportAssetsTests {

	@Autowired
	MockMvc mvc;

	@Test
	void theReportFontIsServedFromTheFilesThePdfEmbeds() throws Exception {
		byte[] font = new ClassPathResource("fonts/LiberationSerif-Bold.ttf").getContentAsByteArray();
		this.mvc.perform(get("/fonts/LiberationSerif-Bold.ttf"))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", containsString("max-age")))
			.andExpect(content().bytes(font));
		this.mvc.perform(get("/fonts/LICENSE-LiberationSerif.txt"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("SIL OPEN FONT LICENSE Version 1.1")));
	}

	@Test
	void thePrintStylesheetsAndScriptAreServed() throws Exception {
		this.mvc.perform(get("/css/report.css"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("size: A4 landscape")));
		this.mvc.perform(get("/css/report-fonts.css"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("LiberationSerif-Regular.ttf")));
		this.mvc.perform(get("/js/report.js"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("window.print()")));
	}

}
