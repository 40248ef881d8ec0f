package vn.thads.portal.dashboard.web;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.thads.portal.support.FullStack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.thads.portal.support.TestUsers.session;

/** The dashboard's category card (issue 14): Kiên Giang 2022 as seed 003 states it. */
@FullStack
class DashboardCategoriesTests {

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
	void kienGiang2022ShowsItsBankCreditAsPublished() throws Exception {
		Document kg = page("/dashboard/KG?period=2022-09");
		assertThat(kg.selectFirst("#category-TIN_DUNG_NGAN_HANG").text())
			.isEqualTo("tín dụng, ngân hàng: 29,24 % việc, 27,69 % tiền, chiếm 47,40 % số tiền phải thi hành");
		assertThat(kg.selectFirst("#category-THU_HOI_TAI_SAN_THAM_NHUNG_KINH_TE")).as("no figures, no line").isNull();
	}

	@Test
	void withoutCategoryFiguresThereIsNoCard() throws Exception {
		assertThat(page("/dashboard/KG?period=2022-08").selectFirst("#categories")).isNull();
	}

}
