package vn.thads.portal.returns.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
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
import vn.thads.portal.returns.ReturnEntry;
import vn.thads.portal.returns.ReturnFigures;
import vn.thads.portal.returns.ReturnStatus;
import vn.thads.portal.returns.ReturnView;
import vn.thads.portal.returns.ReturnWorkflow;
import vn.thads.portal.returns.TestUnits;
import vn.thads.portal.support.FullStack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.thads.portal.support.TestUsers.session;

/** The returns pages as an officer and a leader use them, rendered on the real stack. */
@FullStack
class ReturnPagesTests {

	static final ReturnFigures KG22 = PublishedForms.KG22;

	@Autowired
	MockMvc mvc;

	@Autowired
	AgencyAdministration agencies;

	@Autowired
	UserAdministration users;

	@Autowired
	ReturnEntry entry;

	@Autowired
	ReturnWorkflow workflow;

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

	/** The entry form as typed: every figure of both forms, KG22 by default. */
	private MockHttpServletRequestBuilder typed(String path, String user, String... overrides) {
		Map<String, String> fields = new LinkedHashMap<>();
		for (FormColumn column : FormColumn.ENTERED) {
			fields.put("cases[" + column.code() + "]", String.valueOf(KG22.cases().get(column)));
			fields.put("money[" + column.code() + "]", String.valueOf(KG22.money().get(column)));
		}
		for (int i = 0; i < overrides.length; i += 2) {
			fields.put(overrides[i], overrides[i + 1]);
		}
		MockHttpServletRequestBuilder request = post(path).with(session(user)).with(csrf());
		fields.forEach(request::param);
		return request;
	}

	private ReturnView save(String period, Long version, ReturnFigures figures) {
		return this.entry.save(TestUnits.user(this.units.officer()), this.units.province(), period, version, figures);
	}

	@Test
	void myReturnsShowsTheTwelveMonthsWithStatusDueDateAndLateness() throws Exception {
		this.mvc.perform(get("/returns").with(session("ag-kv01.canbo"))).andExpect(redirectedUrl("/returns/AG-KV01"));
		Document year = html(get("/returns/AG-KV01").with(session("ag-kv01.canbo")), 200);
		assertThat(year.select("#months tbody tr")).hasSize(12);
		assertThat(year.selectFirst("#month-2026-10").text()).contains("Tháng 10/2026", "1 tháng năm 2027", "Đã duyệt",
				"03/11/2026", "Đúng hạn", "ag.lanhdao");
		assertThat(year.selectFirst("#month-2026-10 a").attr("href")).isEqualTo("/returns/AG-KV01/2026-10");
		// the demo's open work of the last month that has ended
		Document waiting = html(get("/returns/AG-KV03?year=2027").with(session("ag-kv03.canbo")), 200);
		assertThat(waiting.selectFirst("#month-2026-10").text()).contains("Đã nộp, chờ duyệt");
		Document late = html(get("/returns/AG-KV12?year=2027").with(session("ag.lanhdao")), 200);
		assertThat(late.selectFirst("#month-2026-10").text()).contains("Nộp muộn");
		Document missing = html(get("/returns/AG-KV14?year=2027").with(session("ag.lanhdao")), 200);
		assertThat(missing.selectFirst("#month-2026-10").text()).contains("Chưa có báo cáo", "Quá hạn, chưa nộp");
		Document sentBack = html(get("/returns/AG-KV06?year=2027").with(session("ag-kv06.canbo")), 200);
		assertThat(sentBack.selectFirst("#month-2026-10").text()).contains("Bị trả lại", "rà soát lại");
		// history: Kiên Giang's late return of 2022, read by its successor's leader
		Document gt = html(get("/returns/KG-GT?year=2022").with(session("ag.lanhdao")), 200);
		assertThat(gt.selectFirst("#month-2022-09").text()).contains("Nộp muộn", "kg.lanhdao");
	}

	@Test
	void aRegionalOfficerCannotReachAnotherOfficesReturns() throws Exception {
		String other = "/returns/AG-KV02/2026-08";
		this.mvc.perform(get("/returns/AG-KV02").with(session("ag-kv01.canbo"))).andExpect(status().isForbidden());
		this.mvc.perform(get(other).with(session("ag-kv01.canbo"))).andExpect(status().isForbidden());
		this.mvc.perform(get(other + "/history").with(session("ag-kv01.canbo"))).andExpect(status().isForbidden());
		this.mvc.perform(typed(other, "ag-kv01.canbo")).andExpect(status().isForbidden());
		this.mvc.perform(typed(other + "/preview", "ag-kv01.canbo")).andExpect(status().isForbidden());
		this.mvc.perform(post("/returns/AG-KV03/2026-10/approve").with(session("ag-kv01.canbo")).with(csrf()))
			.andExpect(status().isForbidden());
	}

	@Test
	void aNewMonthIsPrefilledAndTabsRunDownEachColumn() throws Exception {
		save("2020-09", null, KG22);
		Document october = html(
				get("/returns/" + this.units.province() + "/2020-10").with(session(this.units.officer())), 200);
		assertThat(october.selectFirst("#cases-carriedOver").val()).isEqualTo("8.122");
		assertThat(october.selectFirst("#money-carriedOver").val()).isEqualTo("2.239.985.219");
		assertThat(october.selectFirst("#cases-newlyAccepted").val()).isEqualTo("0");
		assertThat(october.selectFirst("#cases-reduced")).isNull();
		List<Integer> cases = october.select("input[id^=cases-]")
			.stream()
			.map((e) -> Integer.parseInt(e.attr("tabindex")))
			.toList();
		assertThat(cases).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11);
		assertThat(october.selectFirst("#money-carriedOver").attr("tabindex")).isEqualTo("101");
		assertThat(october.selectFirst("#money-withoutConditions").attr("tabindex")).isEqualTo("112");
		assertThat(october.selectFirst("#v-cases-carriedToNext").text()).isEqualTo("8.122");
		assertThat(october.selectFirst("table.return-form").attr("hx-post"))
			.isEqualTo("/returns/" + this.units.province() + "/2020-10/preview");
	}

	@Test
	void badInputStaysOnScreenWithItsMessageAndNothingIsStored() throws Exception {
		Document page = html(typed(this.page, this.units.officer(), "cases[completed]", "1.5", "money[other]", "abc",
				"cases[newlyAccepted]", "12.576"), 200);
		assertThat(page.selectFirst("#cases-completed").val()).isEqualTo("1.5");
		assertThat(page.selectFirst("#money-other").val()).isEqualTo("abc");
		assertThat(page.selectFirst("#cases-newlyAccepted").val()).isEqualTo("12.576");
		assertThat(page.selectFirst("#m-cases-completed").text()).startsWith("“1.5” không phải số nguyên");
		assertThat(page.selectFirst("#m-money-other").text()).startsWith("“abc” không phải là số");
		assertThat(page.selectFirst("#v-cases-completionRate").text()).isEqualTo("—");
		assertThat(page.select("#check-errors li")).hasSize(2);
		assertThat(this.book.find(TestUnits.user(this.units.officer()), this.units.province(), "2020-09")).isEmpty();
	}

	@Test
	void thePreviewRecomputesTheDerivedRowsAndChecksOnTheServer() throws Exception {
		MvcResult result = this.mvc
			.perform(typed(this.page + "/preview", this.units.officer(), "cases[withoutConditions]", "5.600"))
			.andExpect(status().isOk())
			.andReturn();
		Document fragment = Jsoup.parse(result.getResponse().getContentAsString());
		assertThat(fragment.selectFirst("#v-cases-totalAccepted").text()).isEqualTo("20.352");
		assertThat(fragment.selectFirst("#v-cases-totalAccepted").attr("hx-swap-oob")).isEqualTo("true");
		assertThat(fragment.selectFirst("#v-cases-completionRate").text()).isEqualTo("83,50");
		assertThat(fragment.selectFirst("#v-money-completionRate").text()).isEqualTo("57,79");
		assertThat(fragment.selectFirst("#m-cases-withoutConditions").text())
			.isEqualTo("Phải thi hành (20.352) khác Có điều kiện (14.647) + Chưa có điều kiện (5.600): lệch 105");
		assertThat(fragment.selectFirst("#checks").text()).contains("lệch 105");
		assertThat(fragment.select("input")).isEmpty();
		assertThat(result.getResponse().getContentAsString()).doesNotContain("<html");
	}

	@Test
	void aSaveAfterSomeoneElsesShowsTheirFiguresAndKeepsTheTypedOnes() throws Exception {
		ReturnView first = save("2020-09", null, KG22);
		save("2020-09", first.version(),
				new ReturnFigures(
						KG22.cases().with(FormColumn.NEWLY_ACCEPTED, 12_600).with(FormColumn.WITHOUT_CONDITIONS, 5_729),
						KG22.money()));
		Document page = html(typed(this.page, this.units.officer(), "version", "0", "cases[completed]", "12.100",
				"cases[withoutConditions]", "5.661"), 409);
		Element conflict = page.selectFirst("#conflict");
		assertThat(conflict.text()).contains(this.units.officer());
		assertThat(page.select("#conflict-fields tbody tr")).extracting(Element::text)
			.containsExactly("Tính bằng việc · B Số thụ lý mới 12.600 12576",
					"Tính bằng việc · G1 Thi hành xong 12.056 12.100",
					"Tính bằng việc · H Số chưa có điều kiện thi hành 5.729 5.661");
		assertThat(conflict.text()).contains("12.576 → 12.600");
		assertThat(page.selectFirst("#cases-completed").val()).isEqualTo("12.100");
		assertThat(page.selectFirst("input[name=version]").val()).isEqualTo("1");
		assertThat(page.selectFirst("#cases-completed").parent().hasClass("conflict")).isTrue();
		// overwriting is a save against the version now stored
		this.mvc.perform(typed(this.page, this.units.officer(), "version", "1", "cases[completed]", "12.100",
				"cases[inProgress]", "2.373", "cases[newlyAccepted]", "12.600", "cases[withoutConditions]", "5.729"))
			.andExpect(redirectedUrl(this.page));
		assertThat(this.book.open(TestUnits.user(this.units.officer()), this.units.province(), "2020-09")
			.figures()
			.cases()
			.completed()).isEqualTo(12_100);
	}

	@Test
	void submittingWithWarningsAsksForAnExplanationAndSavesNothing() throws Exception {
		save("2020-09", null, KG22);
		String october = "/returns/" + this.units.province() + "/2020-10";
		Document page = html(typed(october, this.units.officer(), "action", "submit"), 422);
		assertThat(page.selectFirst("#explanation").hasClass("is-invalid")).isTrue();
		assertThat(page.selectFirst("#explanation-error").text()).contains("hãy nhập giải trình");
		assertThat(page.select("#check-warnings li")).hasSize(2);
		assertThat(page.selectFirst(".alert-danger").text()).contains("chưa được nộp", "chưa được lưu");
		assertThat(page.selectFirst("#cases-completed").val()).isEqualTo("12056");
		// saving and submitting are one: neither happened
		assertThat(this.book.find(TestUnits.user(this.units.officer()), this.units.province(), "2020-10")).isEmpty();
		assertThat(page.selectFirst("input[name=version]").val()).isEmpty();
		this.mvc
			.perform(typed(october, this.units.officer(), "action", "submit", "explanation",
					"Số cũ điều chỉnh sau kiểm tra"))
			.andExpect(redirectedUrl(october))
			.andExpect(flash().attribute("success", "return.submitted"));
		assertThat(this.book.open(TestUnits.user(this.units.officer()), this.units.province(), "2020-10").status())
			.isEqualTo(ReturnStatus.SUBMITTED);
	}

	@Test
	void aSubmitRefusedForErrorsLeavesTheStoredDraftAsItWas() throws Exception {
		ReturnView draft = save("2020-09", null, KG22);
		Document page = html(typed(this.page, this.units.officer(), "action", "submit", "version", "0",
				"cases[withoutConditions]", "5.600", "cases[completed]", "12.000"), 422);
		assertThat(page.selectFirst("#m-cases-withoutConditions").text()).contains("lệch");
		assertThat(page.selectFirst("#cases-completed").val()).isEqualTo("12.000");
		ReturnView stored = this.book.open(TestUnits.user(this.units.officer()), this.units.province(), "2020-09");
		assertThat(stored.figures()).isEqualTo(KG22);
		assertThat(stored.version()).isEqualTo(draft.version());
		assertThat(stored.status()).isEqualTo(ReturnStatus.DRAFT);
	}

	@Test
	void leadersSeeTheirQueueOldestFirstAndApproveSeveralAtOnce() throws Exception {
		Document queue = html(get("/returns/queue").with(session("ag.lanhdao")), 200);
		// the demo's returns waiting in the last month that has ended
		assertThat(queue.select("#queue tbody tr")).extracting(Element::id)
			.contains("queue-AG-KV03-2026-10", "queue-AG-KV09-2026-10", "queue-AG-KV12-2026-10")
			.noneMatch((id) -> id.contains("PT"));
		assertThat(queue.selectFirst("#nav-review .badge").text())
			.isEqualTo(String.valueOf(queue.select("#queue tbody tr").size()));
		this.mvc.perform(get("/returns/queue").with(session("ag-kv01.canbo"))).andExpect(status().isForbidden());

		long a = submit("2020-01").id();
		long b = submit("2020-02").id();
		assertThat(html(get("/returns/queue").with(session(this.units.leader())), 200).select("input[name=chosen]"))
			.extracting((box) -> box.val())
			.containsExactly(a + ":1", b + ":1");
		this.mvc
			.perform(post("/returns/queue/approve").with(session(this.units.leader()))
				.with(csrf())
				.param("chosen", a + ":1", b + ":1"))
			.andExpect(redirectedUrl("/returns/queue"))
			.andExpect(flash().attribute("success", "return.queue.approved"));
		assertThat(html(get("/returns/queue").with(session(this.units.leader())), 200).selectFirst("#queue-empty"))
			.isNotNull();
	}

	private ReturnView submit(String period) {
		save(period, null, KG22);
		return this.workflow.submit(TestUnits.user(this.units.officer()), this.units.province(), period, 0L, null);
	}

	@Test
	void aLeaderReturnsWithACommentAndTheHistoryShowsIt() throws Exception {
		submit("2020-09");
		this.mvc
			.perform(post(this.page + "/return").with(session(this.units.leader()))
				.with(csrf())
				.param("version", "1")
				.param("comment", ""))
			.andExpect(redirectedUrl(this.page))
			.andExpect(flash().attribute("failure", "return.comment.required"));
		Document review = html(get(this.page).with(session(this.units.leader())), 200);
		assertThat(review.selectFirst("#approve")).isNotNull();
		assertThat(review.selectFirst("#cases-completed")).isNull();
		this.mvc
			.perform(post(this.page + "/return").with(session(this.units.leader()))
				.with(csrf())
				.param("version", "1")
				.param("comment", "Kiểm tra lại số tiền"))
			.andExpect(redirectedUrl(this.page))
			.andExpect(flash().attribute("success", "return.sentBack"));
		Document officer = html(get(this.page).with(session(this.units.officer())), 200);
		assertThat(officer.selectFirst("#review-comment").text()).contains("Kiểm tra lại số tiền");
		assertThat(officer.selectFirst("#cases-completed").val()).isEqualTo("12.056");
		Document history = html(get(this.page + "/history").with(session(this.units.officer())), 200);
		assertThat(history.select("#history tbody tr")).extracting((tr) -> tr.child(2).text())
			.containsExactly("Tạo báo cáo", "Nộp báo cáo", "Trả lại");
		assertThat(history.select("#history tbody tr").get(2).text()).contains(this.units.leader(),
				"Kiểm tra lại số tiền");
		assertThat(history.select("#history tbody tr").get(0).text())
			.contains("Tính bằng việc · A Số cũ chuyển sang: — → 7.776");
	}

	@Test
	void theMenuLeadsOfficersToTheirReturnsAndLeadersToTheQueue() throws Exception {
		Document officer = html(get("/returns/AG-KV01").with(session("ag-kv01.canbo")), 200);
		assertThat(officer.selectFirst("#nav-returns").attr("href")).isEqualTo("/returns");
		assertThat(officer.selectFirst("#nav-review")).isNull();
		Document leader = html(get("/returns/AG").with(session("ag.lanhdao")), 200);
		assertThat(leader.selectFirst("#nav-review").attr("href")).isEqualTo("/returns/queue");
		assertThat(leader.selectFirst("#nav-review .badge")).isNotNull();
	}

}
