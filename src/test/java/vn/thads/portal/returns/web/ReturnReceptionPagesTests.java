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
import vn.thads.portal.returns.Reception;
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
 * Citizen reception on the entry page (issue 14): a collapsed section opened when it
 * holds figures, its problems on its fields and in the live preview.
 */
@FullStack
class ReturnReceptionPagesTests {

	static final ReturnFigures KG22 = PublishedForms.KG22;

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

	/** KG22 on the main form and the reception as typed. */
	private MockHttpServletRequestBuilder typed(String path, String visits, String people, String leaderVisits,
			String leaderPeople, String judgments) {
		Map<String, String> fields = new LinkedHashMap<>();
		for (FormColumn column : FormColumn.ENTERED) {
			fields.put("cases[" + column.code() + "]", String.valueOf(KG22.cases().get(column)));
			fields.put("money[" + column.code() + "]", String.valueOf(KG22.money().get(column)));
		}
		fields.put("companion[reception.visits]", visits);
		fields.put("companion[reception.people]", people);
		fields.put("companion[reception.leaderVisits]", leaderVisits);
		fields.put("companion[reception.leaderPeople]", leaderPeople);
		fields.put("companion[reception.judgmentsReceived]", judgments);
		MockHttpServletRequestBuilder request = post(path).with(session(this.units.officer())).with(csrf());
		fields.forEach(request::param);
		return request;
	}

	@Test
	void theSectionIsCollapsedUntilItHoldsFigures() throws Exception {
		Document empty = html(get(this.page).with(session(this.units.officer())), 200);
		assertThat(empty.selectFirst("#reception summary").text())
			.isEqualTo("Tiếp công dân; bản án, quyết định đã nhận");
		assertThat(empty.selectFirst("#reception").hasAttr("open")).isFalse();
		assertThat(empty.selectFirst("#reception-leaderVisits").attr("name"))
			.isEqualTo("companion[reception.leaderVisits]");
		this.mvc.perform(typed(this.page, "191", "195", "135", "139", "9.838")).andExpect(status().is3xxRedirection());
		Document saved = html(get(this.page).with(session(this.units.officer())), 200);
		assertThat(saved.selectFirst("#reception").hasAttr("open")).isTrue();
		assertThat(saved.selectFirst("#reception-judgmentsReceived").val()).isEqualTo("9.838");
		assertThat(this.book.find(TestUnits.user(this.units.officer()), this.units.province(), "2020-09")
			.orElseThrow()
			.figures()
			.reception()).isEqualTo(new Reception(191, 195, 135, 139, 9838));
		Document history = html(get(this.page + "/history").with(session(this.units.officer())), 200);
		assertThat(history.selectFirst("#history").text())
			.contains("Tiếp công dân; bản án, quyết định đã nhận · (3) Số lượt lãnh đạo tiếp: — → 135");
	}

	@Test
	void leadersAboveTheTotalShowOnTheirFieldAndInThePreview() throws Exception {
		MvcResult result = this.mvc.perform(typed(this.page + "/preview", "10", "12", "11", "5", "0"))
			.andExpect(status().isOk())
			.andReturn();
		Document fragment = Jsoup.parse(result.getResponse().getContentAsString());
		assertThat(fragment.selectFirst("#m-reception-leaderVisits").text())
			.isEqualTo("Số lượt lãnh đạo tiếp là 11, lớn hơn Số lượt tiếp công dân (10)");
		assertThat(fragment.selectFirst("#m-reception-people").text()).isEmpty();
		// fewer people than visits is only a warning: the draft is saved, the warning
		// shown
		this.mvc.perform(typed(this.page, "10", "8", "2", "2", "0")).andExpect(status().is3xxRedirection());
		Document shown = html(get(this.page).with(session(this.units.officer())), 200);
		assertThat(shown.selectFirst("#m-reception-people").text()).startsWith("Số người được tiếp (8) ít hơn");
	}

}
