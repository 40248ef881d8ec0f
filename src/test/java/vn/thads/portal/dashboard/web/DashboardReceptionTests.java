package vn.thads.portal.dashboard.web;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.thads.portal.support.FullStack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.thads.portal.support.TestUsers.session;

/** The dashboard's citizen reception line (issue 14): Kiên Giang 2022 as seed 003. */
@FullStack
class DashboardReceptionTests {

	@Autowired
	MockMvc mvc;

	private Document page(String path) throws Exception {
		return Jsoup.parse(this.mvc.perform(get(path).with(session("ag.lanhdao")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	@Test
	void kienGiang2022ShowsItsReceptionAsPublished() throws Exception {
		assertThat(page("/dashboard/KG?period=2022-09").selectFirst("#reception-line").text())
			.isEqualTo("Tiếp công dân: 191 lượt / 195 người; lãnh đạo 135 lượt / 139 người");
	}

	@Test
	void withoutReceptionFiguresThereIsNoLine() throws Exception {
		// Kiên Giang's demo has no reception before September 2022, but its other
		// companion forms are in the card
		Document august = page("/dashboard/KG?period=2022-08");
		assertThat(august.selectFirst("#reception-line")).isNull();
		assertThat(august.selectFirst("#companions-reception")).isNull();
		assertThat(august.selectFirst("#companions-complaints")).isNotNull();
	}

	@Test
	void theCardComparesEveryCompanionFormWithTheSamePeriodLastYear() throws Exception {
		Document september = page("/dashboard/KG?period=2022-09");
		Element visits = september.selectFirst("#dash-reception-visits");
		// 2021-09 had no reception in the demo: nothing to compare with, not an increase
		// from zero
		assertThat(visits.select("td").eachText()).containsExactly("191", "—", "—");
		// complaints were reported both years: compared
		Element received = september.selectFirst("#dash-complaints-complaintsReceived");
		List<String> cells = received.select("td").eachText();
		assertThat(cells).hasSize(3).doesNotContain("—");
		long now = Long.parseLong(cells.get(0).replace(".", ""));
		long lastYear = Long.parseLong(cells.get(1).replace(".", ""));
		assertThat(cells.get(2)).isEqualTo(((now > lastYear) ? "+" : "") + String.format("%d", now - lastYear));
		assertThat(september.selectFirst("#dash-complaints-complaintsOutstanding")).isNotNull();
		assertThat(september.selectFirst("#dash-adminJudgments-outstanding")).isNotNull();
		assertThat(september.selectFirst("#companions-title").text())
			.isEqualTo("Tiếp công dân, khiếu nại tố cáo, thi hành án hành chính");
	}

}
