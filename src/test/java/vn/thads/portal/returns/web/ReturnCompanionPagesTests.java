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
import vn.thads.portal.returns.AdminJudgmentLine;
import vn.thads.portal.returns.CompanionForm;
import vn.thads.portal.returns.ComplaintLine;
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
 * Complaints and the administrative judgments followed on the entry page (issue 14): a
 * collapsed section each, like the reception's, the derived lines shown with their
 * legends, saved with the return, their problems on their fields, named in the history.
 */
@FullStack
class ReturnCompanionPagesTests {

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

	private Document html(MockHttpServletRequestBuilder request) throws Exception {
		MvcResult result = this.mvc.perform(request).andExpect(status().isOk()).andReturn();
		return Jsoup.parse(result.getResponse().getContentAsString());
	}

	/** KG22 on the main form, the complaints and THAHC as typed. */
	private MockHttpServletRequestBuilder typed(String path, String complaintsResolved, String completed) {
		Map<String, String> fields = new LinkedHashMap<>();
		for (FormColumn column : FormColumn.ENTERED) {
			fields.put("cases[" + column.code() + "]", String.valueOf(KG22.cases().get(column)));
			fields.put("money[" + column.code() + "]", String.valueOf(KG22.money().get(column)));
		}
		fields.put("companion[complaints.complaintsReceived]", "40");
		fields.put("companion[complaints.complaintsCompetent]", "30");
		fields.put("companion[complaints.complaintsResolved]", complaintsResolved);
		fields.put("companion[complaints.denunciationsReceived]", "8");
		fields.put("companion[complaints.denunciationsCompetent]", "6");
		fields.put("companion[complaints.denunciationsResolved]", "2");
		fields.put("companion[adminJudgments.carriedOver]", "12");
		fields.put("companion[adminJudgments.received]", "1.020");
		fields.put("companion[adminJudgments.completed]", completed);
		MockHttpServletRequestBuilder request = post(path).with(session(this.units.officer())).with(csrf());
		fields.forEach(request::param);
		return request;
	}

	@Test
	void theSectionsAreCollapsedUntilTheyHoldFiguresAndSaveWithTheReturn() throws Exception {
		Document empty = html(get(this.page).with(session(this.units.officer())));
		assertThat(empty.selectFirst("#complaints summary").text()).isEqualTo("Khiếu nại, tố cáo");
		assertThat(empty.selectFirst("#complaints").hasAttr("open")).isFalse();
		assertThat(empty.selectFirst("#adminJudgments summary").text()).isEqualTo("Theo dõi thi hành án hành chính");
		assertThat(empty.selectFirst("#complaints-complaintsResolved").attr("name"))
			.isEqualTo("companion[complaints.complaintsResolved]");
		// a derived line has no input, but its legend
		assertThat(empty.selectFirst("#complaints-complaintsOutstanding")).isNull();
		assertThat(empty.selectFirst("#row-complaints-complaintsOutstanding").text()).contains("(4) = (2) - (3)");
		this.mvc.perform(typed(this.page, "25", "700")).andExpect(status().is3xxRedirection());
		Document saved = html(get(this.page).with(session(this.units.officer())));
		assertThat(saved.selectFirst("#complaints").hasAttr("open")).isTrue();
		assertThat(saved.selectFirst("#adminJudgments").hasAttr("open")).isTrue();
		assertThat(saved.selectFirst("#v-complaints-complaintsOutstanding").text()).isEqualTo("5");
		assertThat(saved.selectFirst("#v-adminJudgments-total").text()).isEqualTo("1.032");
		assertThat(saved.selectFirst("#v-adminJudgments-outstanding").text()).isEqualTo("332");
		ReturnFigures figures = this.book.find(TestUnits.user(this.units.officer()), this.units.province(), "2020-09")
			.orElseThrow()
			.figures();
		assertThat(figures.companion(CompanionForm.COMPLAINTS).get(ComplaintLine.COMPLAINTS_RESOLVED)).isEqualTo(25);
		assertThat(figures.companion(CompanionForm.ADMIN_JUDGMENTS).get(AdminJudgmentLine.RECEIVED)).isEqualTo(1020);
		Document history = html(get(this.page + "/history").with(session(this.units.officer())));
		assertThat(history.selectFirst("#history").text())
			.contains("Khiếu nại, tố cáo · (3) Đơn khiếu nại đã giải quyết: — → 25")
			.contains("Theo dõi thi hành án hành chính · (2) Bản án, quyết định nhận mới trong năm: — → 1.020");
	}

	@Test
	void aNewYearStartsWithLastYearsOutstandingJudgmentsCarriedOver() throws Exception {
		this.mvc.perform(typed(this.page, "25", "700")).andExpect(status().is3xxRedirection());
		Document october = html(
				get("/returns/" + this.units.province() + "/2020-10").with(session(this.units.officer())));
		// last year's (5) = 12 + 1.020 - 700
		assertThat(october.selectFirst("#adminJudgments-carriedOver").val()).isEqualTo("332");
		assertThat(october.selectFirst("#adminJudgments-completed").val()).isEqualTo("0");
		assertThat(october.selectFirst("#complaints-complaintsReceived").val()).isEqualTo("0");
	}

	@Test
	void aPartAboveItsWholeShowsOnItsFieldAndInThePreview() throws Exception {
		Document fragment = html(typed(this.page + "/preview", "31", "1.033"));
		assertThat(fragment.selectFirst("#m-complaints-complaintsResolved").text())
			.isEqualTo("Đơn khiếu nại đã giải quyết là 31, lớn hơn Đơn khiếu nại thuộc thẩm quyền (30)");
		assertThat(fragment.selectFirst("#m-adminJudgments-completed").text())
			.isEqualTo("Đã thi hành xong là 1.033, lớn hơn Tổng số bản án, quyết định phải theo dõi (1.032)");
		assertThat(fragment.selectFirst("#m-complaints-complaintsCompetent").text()).isEmpty();
	}

}
