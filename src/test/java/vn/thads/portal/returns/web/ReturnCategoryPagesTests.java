package vn.thads.portal.returns.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.thads.portal.account.UserAdministration;
import vn.thads.portal.agency.AgencyAdministration;
import vn.thads.portal.returns.FormColumn;
import vn.thads.portal.returns.PublishedForms;
import vn.thads.portal.returns.ReturnBook;
import vn.thads.portal.returns.ReturnFigures;
import vn.thads.portal.returns.TestUnits;
import vn.thads.portal.support.FullStack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.thads.portal.support.TestUsers.session;

/**
 * The categories on the entry page (issue 14): a collapsed section per category, opened
 * when it holds figures; the same grid, preview and errors on the fields as the main
 * form.
 */
@FullStack
class ReturnCategoryPagesTests {

	static final ReturnFigures KG22 = PublishedForms.KG22;

	static final String BANK = "TIN_DUNG_NGAN_HANG";

	@Autowired
	MockMvc mvc;

	@Autowired
	AgencyAdministration agencies;

	@Autowired
	UserAdministration users;

	@Autowired
	ReturnBook book;

	TestUnits units;

	String page;

	@BeforeEach
	void units() {
		this.units = TestUnits.create(this.agencies, this.users);
		this.page = "/returns/" + this.units.province() + "/2020-09";
	}

	private Document html(MockHttpServletRequestBuilder request, int status) throws Exception {
		MvcResult result = this.mvc.perform(request).andExpect(status().is(status)).andReturn();
		return Jsoup.parse(result.getResponse().getContentAsString());
	}

	/**
	 * The entry form as typed: KG22 on the main form, bank credit a balanced part of it
	 * (F = G + H: 3.000 = 2.000 + 1.000), both categories' fields sent as the page sends
	 * them.
	 */
	private MockHttpServletRequestBuilder typed(String path, String... overrides) {
		Map<String, String> fields = new LinkedHashMap<>();
		for (FormColumn column : FormColumn.ENTERED) {
			fields.put("cases[" + column.code() + "]", String.valueOf(KG22.cases().get(column)));
			fields.put("money[" + column.code() + "]", String.valueOf(KG22.money().get(column)));
			fields.put("categories[THU_HOI_TAI_SAN_THAM_NHUNG_KINH_TE].cases[" + column.code() + "]", "");
		}
		String bank = "categories[" + BANK + "].";
		fields.put(bank + "cases[carriedOver]", "1.000");
		fields.put(bank + "cases[newlyAccepted]", "2.000");
		fields.put(bank + "cases[withoutConditions]", "1.000");
		fields.put(bank + "cases[completed]", "500");
		fields.put(bank + "cases[inProgress]", "1.500");
		for (int i = 0; i < overrides.length; i += 2) {
			fields.put(overrides[i], overrides[i + 1]);
		}
		MockHttpServletRequestBuilder request = post(path).with(session(this.units.officer())).with(csrf());
		fields.forEach(request::param);
		return request;
	}

	@Test
	void eachCategoryIsACollapsedSectionOpenedWhenItHoldsFigures() throws Exception {
		Document empty = html(get(this.page).with(session(this.units.officer())), 200);
		assertThat(empty.selectFirst("#category-" + BANK + " summary").text())
			.isEqualTo("Trong đó: tín dụng, ngân hàng");
		assertThat(empty.selectFirst("#category-" + BANK).hasAttr("open")).isFalse();
		assertThat(empty.selectFirst("#" + BANK + "-cases-completed").attr("name"))
			.isEqualTo("categories[" + BANK + "].cases[completed]");
		this.mvc.perform(typed(this.page)).andExpect(status().is3xxRedirection());
		Document saved = html(get(this.page).with(session(this.units.officer())), 200);
		assertThat(saved.selectFirst("#category-" + BANK).hasAttr("open")).isTrue();
		assertThat(saved.selectFirst("#category-THU_HOI_TAI_SAN_THAM_NHUNG_KINH_TE").hasAttr("open")).isFalse();
		assertThat(saved.selectFirst("#" + BANK + "-cases-completed").val()).isEqualTo("500");
		assertThat(saved.selectFirst("#v-" + BANK + "-cases-completionRate").text()).isEqualTo("25,00");
		assertThat(this.book.find(TestUnits.user(this.units.officer()), this.units.province(), "2020-09")
			.orElseThrow()
			.figures()
			.category(BANK)
			.cases()
			.completed()).isEqualTo(500);
		Document history = html(get(this.page + "/history").with(session(this.units.officer())), 200);
		assertThat(history.selectFirst("#history").text())
			.contains("tín dụng, ngân hàng: Tính bằng việc · G1 Thi hành xong: — → 500");
	}

	@Test
	void aCategoryFigureAboveTheMainFormStaysOnScreenWithItsMessageAndNothingIsStored() throws Exception {
		// the main form completed 12.056 cases
		Document page = html(typed(this.page, "categories[" + BANK + "].cases[completed]", "13.000",
				"categories[" + BANK + "].cases[newlyAccepted]", "14.500"), 200);
		assertThat(page.selectFirst("#" + BANK + "-cases-completed").val()).isEqualTo("13.000");
		assertThat(page.selectFirst("#category-" + BANK).hasAttr("open")).isTrue();
		assertThat(page.selectFirst("#m-" + BANK + "-cases-completed").text()).isEqualTo(
				"Trong đó tín dụng, ngân hàng: Thi hành xong (Tính bằng việc) là 13.000, lớn hơn số của biểu chính (12.056)");
		assertThat(this.book.find(TestUnits.user(this.units.officer()), this.units.province(), "2020-09")).isEmpty();
	}

	@Test
	void thePreviewRecomputesACategorysDerivedRows() throws Exception {
		MvcResult result = this.mvc
			.perform(typed(this.page + "/preview", "categories[" + BANK + "].cases[completed]", "1.000",
					"categories[" + BANK + "].cases[inProgress]", "1.000"))
			.andExpect(status().isOk())
			.andReturn();
		Document fragment = Jsoup.parse(result.getResponse().getContentAsString());
		assertThat(fragment.selectFirst("#v-" + BANK + "-cases-resolved").text()).isEqualTo("1.000");
		assertThat(fragment.selectFirst("#v-" + BANK + "-cases-completionRate").text()).isEqualTo("50,00");
		assertThat(fragment.selectFirst("#v-cases-completionRate").text()).isEqualTo("83,50");
	}

}
