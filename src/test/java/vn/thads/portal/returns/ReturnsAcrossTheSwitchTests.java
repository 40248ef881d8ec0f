package vn.thads.portal.returns;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import vn.thads.portal.account.UserAdministration;
import vn.thads.portal.agency.AgencyAdministration;
import vn.thads.portal.agency.AgencyRef;
import vn.thads.portal.period.ReportingPeriod;
import vn.thads.portal.support.FullStack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.thads.portal.returns.SwitchUnits.JUNE_2025;
import static vn.thads.portal.returns.SwitchUnits.figures;
import static vn.thads.portal.returns.SwitchUnits.stored;
import static vn.thads.portal.support.TestUsers.basic;
import static vn.thads.portal.support.TestUsers.session;

/**
 * Returns across the switch of 1 July 2025 (domain.md §1a), through the API and the
 * pages, on the tests' clock (30/11/2026: long after June 2025's deadlines): the
 * inherited base of a successor's first return, months outside an agency's life, and the
 * closed agencies' last returns once read-only. Their entry before the deadline is
 * {@link ClosedAgencyReturnsBeforeTheDeadlineTests}.
 */
@FullStack
class ReturnsAcrossTheSwitchTests {

	static final ReportingPeriod MAY_2025 = ReportingPeriod.of(2025, 5);

	@Autowired
	MockMvc mvc;

	@Autowired
	AgencyAdministration agencies;

	@Autowired
	UserAdministration users;

	@Autowired
	ReturnImport returns;

	SwitchUnits units;

	@BeforeEach
	void reorganisation() {
		this.units = SwitchUnits.create(this.agencies, this.users);
		// the predecessors' last own returns: June (counted) is taken, not May
		this.returns.importAll(List.of(stored(this.units.x(), MAY_2025, figures(100, 40, 20), ReturnStatus.APPROVED),
				stored(this.units.x(), JUNE_2025, figures(100, 50, 30), ReturnStatus.APPROVED),
				stored(this.units.y(), MAY_2025, figures(40, 15, 8), ReturnStatus.APPROVED),
				stored(this.units.y(), JUNE_2025, figures(40, 20, 10), ReturnStatus.SUBMITTED),
				stored(this.units.b(), JUNE_2025, figures(10, 5, 5), ReturnStatus.DRAFT)));
	}

	private String api(AgencyRef agency, String period) {
		return "/api/v1/returns/" + agency.code() + "/" + period;
	}

	private ResultActions put(String path, String user, String json) throws Exception {
		return this.mvc.perform(MockMvcRequestBuilders.put(path)
			.with(basic(user))
			.contentType(MediaType.APPLICATION_JSON)
			.content(json));
	}

	private ResultActions action(String path, String user, String json) throws Exception {
		return this.mvc.perform(post(path).with(basic(user)).contentType(MediaType.APPLICATION_JSON).content(json));
	}

	private Document page(MockHttpServletRequestBuilder request, int status) throws Exception {
		return Jsoup.parse(this.mvc.perform(request)
			.andExpect(status().is(status))
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	private long version(ResultActions result) throws Exception {
		String json = result.andReturn().getResponse().getContentAsString();
		return Long.parseLong(json.replaceAll("(?s).*\"version\":(\\d+).*", "$1"));
	}

	@Test
	void aSuccessorsFirstReturnGoesOnFromItsPrimaryPredecessorsLastOwnReturns() throws Exception {
		String officer = this.units.officer(this.units.kv01());
		String x = this.units.x().code();
		String y = this.units.y().code();
		Document july = page(get("/returns/" + this.units.kv01().code() + "/2025-07").with(session(officer)), 200);
		assertThat(july.selectFirst("#inherited-from").text()).isEqualTo("Kế thừa từ " + x + ", " + y);
		assertThat(july.selectFirst("#inherited-B").text()).contains("Số thụ lý mới", "70", "70.000");
		// the new return opens pre-filled with the base: June of A-X plus June of A-Y
		assertThat(july.selectFirst("#cases-carriedOver").val()).isEqualTo("140");
		assertThat(july.selectFirst("#cases-newlyAccepted").val()).isEqualTo("70");
		assertThat(july.selectFirst("#money-completed").val()).isEqualTo("40.000");

		String url = api(this.units.kv01(), "2025-07");
		put(url, officer, SwitchUnits.body(null, figures(140, 80, 45))).andExpect(status().isOk())
			.andExpect(jsonPath("$.inherited.from", contains(x, y)))
			.andExpect(jsonPath("$.inherited.cases.carriedOver").value(140))
			.andExpect(jsonPath("$.inherited.cases.newlyAccepted").value(70))
			.andExpect(jsonPath("$.inherited.money.completed").value(40000))
			.andExpect(jsonPath("$.warnings[*].code", not(hasItem("flowDecreased"))));
		this.mvc.perform(get(url).with(basic(this.units.leader(this.units.n()))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.inherited.from", contains(x, y)))
			.andExpect(jsonPath("$.cases.newlyAccepted").value(80));
		// the base taken is audited, then what the officer changed from it
		this.mvc.perform(get(url + "/history").with(basic(officer)))
			.andExpect(jsonPath("$[*].action", contains("CREATED", "SAVED")))
			.andExpect(jsonPath("$[0].comment").value("Kế thừa từ " + x + ", " + y))
			.andExpect(jsonPath("$[0].changes[?(@.field == 'cases.newlyAccepted')].to", contains(70)))
			.andExpect(jsonPath("$[1].changes[?(@.field == 'cases.newlyAccepted')].from", contains(70)))
			.andExpect(jsonPath("$[1].changes[?(@.field == 'cases.newlyAccepted')].to", contains(80)));
	}

	@Test
	void aSplitPredecessorIsCountedOnceTheOtherSuccessorStartsFromZero() throws Exception {
		String officer = this.units.officer(this.units.kv02());
		Document july = page(get("/returns/" + this.units.kv02().code() + "/2025-07").with(session(officer)), 200);
		assertThat(july.selectFirst("#inherited")).isNull();
		assertThat(july.selectFirst("#cases-carriedOver").val()).isEqualTo("0");
		assertThat(july.selectFirst("#cases-newlyAccepted").val()).isEqualTo("0");
		put(api(this.units.kv02(), "2025-07"), officer, SwitchUnits.body(null, figures(0, 5, 1)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.inherited").doesNotExist())
			.andExpect(jsonPath("$.warnings[*].code", not(hasItem("flowDecreased"))));
		// the province inherits its predecessors' own returns (B's draft, no counted one)
		put(api(this.units.n(), "2025-07"), this.units.officer(this.units.n()),
				SwitchUnits.body(null, figures(10, 6, 5)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.inherited.from", contains(this.units.b().code())))
			.andExpect(jsonPath("$.inherited.cases.newlyAccepted").value(5));
	}

	@Test
	void aPredecessorsLastCountedReturnIsPreferredToALaterDraft() throws Exception {
		SwitchUnits other = SwitchUnits.create(this.agencies, this.users);
		this.returns.importAll(List.of(stored(other.x(), MAY_2025, figures(100, 40, 20), ReturnStatus.APPROVED),
				stored(other.x(), JUNE_2025, figures(100, 50, 30), ReturnStatus.DRAFT)));
		String officer = other.officer(other.kv01());
		this.mvc.perform(get("/returns/" + other.kv01().code() + "/2025-07").with(session(officer)))
			.andExpect(status().isOk());
		put(api(other.kv01(), "2025-07"), officer, SwitchUnits.body(null, figures(100, 45, 25)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.inherited.from", contains(other.x().code())))
			.andExpect(jsonPath("$.inherited.cases.newlyAccepted").value(40));
	}

	@Test
	void theWarningsCompareWithTheInheritedBase() throws Exception {
		String officer = this.units.officer(this.units.kv01());
		put(api(this.units.kv01(), "2025-07"), officer, SwitchUnits.body(null, figures(150, 60, 45)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.warnings[?(@.field == 'cases.newlyAccepted')].code", contains("flowDecreased")))
			.andExpect(jsonPath("$.warnings[?(@.field == 'cases.newlyAccepted')].message",
					contains("Số thụ lý mới (60) thấp hơn số kế thừa từ đơn vị tiền thân (70), "
							+ "trong khi số liệu lũy kế từ đầu năm không giảm")))
			.andExpect(jsonPath("$.warnings[?(@.field == 'cases.carriedOver')].code", contains("carriedOverNotFixed")));
		// the next month compares with the agency's own July, still showing the base
		put(api(this.units.kv01(), "2025-08"), officer, SwitchUnits.body(null, figures(150, 65, 50)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.inherited.from").isArray())
			.andExpect(jsonPath("$.warnings[*].code", not(hasItem("flowDecreased"))))
			.andExpect(jsonPath("$.warnings[*].code", not(hasItem("carriedOverNotFixed"))));
	}

	@Test
	void noReturnForAMonthNotEndedOrOutsideTheAgencysLife() throws Exception {
		String officer = this.units.officer(this.units.kv01());
		String kv01 = this.units.kv01().code();
		put(api(this.units.kv01(), "2025-06"), officer, SwitchUnits.body(null, figures(1, 1, 1)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("period"))
			.andExpect(jsonPath("$.errors[0].message").value("Đơn vị " + kv01
					+ " chưa thành lập trong tháng 6/2025 (thành lập từ ngày 01/07/2025): báo cáo của tháng này do các"
					+ " đơn vị tiền thân lập."));
		put(api(this.units.kv01(), "2026-11"), officer, SwitchUnits.body(null, figures(1, 1, 1)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("period"))
			.andExpect(jsonPath("$.errors[0].message")
				.value("Tháng 11/2026 chưa kết thúc: chỉ lập được báo cáo của tháng đã kết thúc."));
		put(api(this.units.x(), "2025-07"), officer, SwitchUnits.body(null, figures(1, 1, 1)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].message", containsString("đã giải thể")));
		this.mvc.perform(get(api(this.units.kv01(), "2025-06")).with(basic(officer))).andExpect(status().isNotFound());

		Document before = page(get("/returns/" + kv01 + "/2025-06").with(session(officer)), 200);
		assertThat(before.selectFirst("#return-notice").text()).contains("chưa thành lập trong tháng 6/2025");
		assertThat(before.selectFirst("#entry-form")).isNull();
		MockHttpServletRequestBuilder typed = post("/returns/" + kv01 + "/2026-11").with(session(officer)).with(csrf());
		for (FormColumn column : FormColumn.ENTERED) {
			typed.param("cases[" + column.code() + "]", "0").param("money[" + column.code() + "]", "0");
		}
		Document notEnded = page(typed, 422);
		assertThat(notEnded.selectFirst("#return-notice").text()).contains("Tháng 11/2026 chưa kết thúc");
		Document unreadable = page(get("/returns/" + kv01 + "/2025-13").with(session(officer)), 422);
		assertThat(unreadable.selectFirst("#return-notice")).isNotNull();
	}

	@Test
	void aClosedAgencysReturnsAreReadOnlyAfterTheDeadlineUntilAnAdministratorReopensOne() throws Exception {
		String officer = this.units.officer(this.units.n());
		String leader = this.units.leader(this.units.n());
		String june = "/2025-06";
		String b = api(this.units.b(), "2025-06");
		put(b, officer, SwitchUnits.body(0L, figures(10, 6, 5))).andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail", containsString("chỉ còn để xem")))
			.andExpect(jsonPath("$.detail", containsString("cuối ngày 04/07/2025")));
		action(b + "/submit", officer, "{\"version\": 0}").andExpect(status().isConflict());
		Document page = page(get("/returns/" + this.units.b().code() + june).with(session(officer)), 200);
		assertThat(page.selectFirst("#return-notice").text()).contains("chỉ còn để xem",
				"hạn cuối nộp báo cáo tháng 6/2025 đã hết vào cuối ngày 04/07/2025");
		assertThat(page.select("input[id^=cases-]")).isEmpty();
		assertThat(page.selectFirst("#submit-return")).isNull();

		// leaders of the successor province still decide on what is waiting, but not
		// reopen
		String y = api(this.units.y(), "2025-06");
		action(y + "/approve", leader, "{\"version\": 1}").andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("APPROVED"));
		String x = api(this.units.x(), "2025-06");
		action(x + "/reopen", leader, "{\"version\": 2, \"reason\": \"Sửa số liệu\"}").andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail", containsString("chỉ quản trị viên")));
		action(x + "/reopen", this.units.officer(this.units.kv01()), "{\"version\": 2, \"reason\": \"Sửa\"}")
			.andExpect(status().isForbidden());

		// an administrator reopens it; the successor's officers correct and resubmit it
		String admin = this.units.admin();
		action(x + "/reopen", admin, "{\"version\": 2, \"reason\": \" \"}")
			.andExpect(status().isUnprocessableContent());
		long reopened = version(
				action(x + "/reopen", admin, "{\"version\": 2, \"reason\": \"Sửa số tiền\"}").andExpect(status().isOk())
					.andExpect(jsonPath("$.status").value("RETURNED")));
		String kv01Officer = this.units.officer(this.units.kv01());
		Document editable = page(get("/returns/" + this.units.x().code() + june).with(session(kv01Officer)), 200);
		assertThat(editable.selectFirst("#return-notice")).isNull();
		assertThat(editable.selectFirst("input#cases-completed")).isNotNull();
		long saved = version(
				put(x, kv01Officer, SwitchUnits.body(reopened, figures(100, 50, 31))).andExpect(status().isOk())
					.andExpect(jsonPath("$.status").value("RETURNED")));
		action(x + "/submit", kv01Officer, "{\"version\": " + saved + ", \"explanation\": \"Sửa số tiền\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("SUBMITTED"));
		put(x, kv01Officer, SwitchUnits.body(saved + 1, figures(100, 50, 32))).andExpect(status().isConflict());
		// a draft frozen by the deadline is reopened the same way
		action(b + "/reopen", admin, "{\"version\": 0, \"reason\": \"Hoàn thành báo cáo\"}").andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("DRAFT"));
		put(b, officer, SwitchUnits.body(1L, figures(10, 6, 5))).andExpect(status().isOk());
	}

}
