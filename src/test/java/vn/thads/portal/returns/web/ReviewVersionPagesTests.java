package vn.thads.portal.returns.web;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
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
import vn.thads.portal.security.PortalUser;
import vn.thads.portal.support.FullStack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.thads.portal.support.TestUsers.session;

/**
 * A leader approves only what the page showed (issue 11, item 5): the review forms and
 * the queue carry the version shown; a return changed since is shown again with what
 * changed, with 409, and is not approved.
 */
@FullStack
class ReviewVersionPagesTests {

	static final ReturnFigures KG22 = PublishedForms.KG22;

	static final ReturnFigures CORRECTED = new ReturnFigures(
			KG22.cases().with(FormColumn.COMPLETED, 12_100).with(FormColumn.IN_PROGRESS, 2_373), KG22.money());

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

	PortalUser officer;

	PortalUser leader;

	@BeforeEach
	void units() {
		this.units = TestUnits.create(this.agencies, this.users);
		this.page = "/returns/" + this.units.province() + "/2020-09";
		this.officer = TestUnits.user(this.units.officer());
		this.leader = TestUnits.user(this.units.leader());
	}

	private Document html(MockHttpServletRequestBuilder request, int status) throws Exception {
		return Jsoup.parse(this.mvc.perform(request)
			.andExpect(status().is(status))
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	private ReturnView submitted(String period) {
		ReturnView created = this.entry.save(this.officer, this.units.province(), period, null, KG22);
		// a month after another starts from a different carried-over figure: explained
		return this.workflow.submit(this.officer, this.units.province(), period, created.version(), "Giải trình");
	}

	/** Returned by a colleague, corrected and submitted again: now version 4. */
	private void correctedSince(String period, ReturnView seen) {
		String p = this.units.province();
		ReturnView returned = this.workflow.sendBack(this.leader, p, period, seen.version(), "Xem lại");
		ReturnView corrected = this.entry.save(this.officer, p, period, returned.version(), CORRECTED);
		this.workflow.submit(this.officer, p, period, corrected.version(), null);
	}

	private ReturnStatus statusOf(String period) {
		return this.book.open(this.leader, this.units.province(), period).status();
	}

	@Test
	void theReviewFormsCarryTheVersionShown() throws Exception {
		submitted("2020-09");
		Document review = html(get(this.page).with(session(this.units.leader())), 200);
		assertThat(review.select("#review form")).hasSize(2)
			.allSatisfy((form) -> assertThat(form.selectFirst("input[name=version]").val()).isEqualTo("1"));
	}

	@Test
	void anApproveOnAStaleVersionShowsWhatChangedAndApprovesNothing() throws Exception {
		ReturnView seen = submitted("2020-09");
		correctedSince("2020-09", seen);
		Document page = html(post(this.page + "/approve").with(session(this.units.leader()))
			.with(csrf())
			.param("version", String.valueOf(seen.version())), 409);
		assertThat(statusOf("2020-09")).isEqualTo(ReturnStatus.SUBMITTED);
		Element conflict = page.selectFirst("#conflict");
		assertThat(conflict.selectFirst("h2").text()).contains("đã thay đổi sau khi bạn mở");
		assertThat(page.select("#conflict-fields tbody tr")).extracting(Element::text)
			.containsExactly("Tính bằng việc · G1 Thi hành xong 12.100 12.056",
					"Tính bằng việc · G4 Đang thi hành 2.373 2.417");
		assertThat(conflict.text()).contains("Trả lại", "12.056 → 12.100");
		assertThat(page.selectFirst("#conflict-overwrite")).isNull();
		// the page now shows the current version: approving again goes against it
		assertThat(page.selectFirst("#review input[name=version]").val()).isEqualTo("4");
		this.mvc
			.perform(post(this.page + "/approve").with(session(this.units.leader())).with(csrf()).param("version", "4"))
			.andExpect(redirectedUrl(this.page))
			.andExpect(flash().attribute("success", "return.approved"));
		assertThat(statusOf("2020-09")).isEqualTo(ReturnStatus.APPROVED);
	}

	@Test
	void returnAndReopenOnAStaleVersionAreRefusedAndWithoutOneAMessage() throws Exception {
		ReturnView seen = submitted("2020-09");
		this.mvc
			.perform(post(this.page + "/return").with(session(this.units.leader())).with(csrf()).param("comment", "x"))
			.andExpect(redirectedUrl(this.page))
			.andExpect(flash().attribute("failure", "return.version.required"));
		correctedSince("2020-09", seen);
		html(post(this.page + "/return").with(session(this.units.leader()))
			.with(csrf())
			.param("version", "1")
			.param("comment", "Sai"), 409);
		assertThat(statusOf("2020-09")).isEqualTo(ReturnStatus.SUBMITTED);
		this.workflow.approve(this.leader, this.units.province(), "2020-09", 4L);
		html(post(this.page + "/reopen").with(session(this.units.leader()))
			.with(csrf())
			.param("version", "4")
			.param("reason", "Sửa"), 409);
		assertThat(statusOf("2020-09")).isEqualTo(ReturnStatus.APPROVED);
	}

	@Test
	void approveAllOnAStaleVersionListsWhatChangedAndApprovesNone() throws Exception {
		ReturnView seen = submitted("2020-09");
		ReturnView other = submitted("2020-10");
		correctedSince("2020-09", seen);
		Document queue = html(post("/returns/queue/approve").with(session(this.units.leader()))
			.with(csrf())
			.param("chosen", seen.id() + ":" + seen.version(), other.id() + ":" + other.version()), 409);
		assertThat(queue.selectFirst("#queue-changed").text()).contains("chưa duyệt báo cáo nào", "Tháng 9/2020",
				"12.056 → 12.100");
		assertThat(statusOf("2020-09")).isEqualTo(ReturnStatus.SUBMITTED);
		assertThat(statusOf("2020-10")).isEqualTo(ReturnStatus.SUBMITTED);
		// the queue shown again carries the current versions
		assertThat(queue.select("input[name=chosen]")).extracting(Element::val)
			.contains(seen.id() + ":4", other.id() + ":1");
	}

}
