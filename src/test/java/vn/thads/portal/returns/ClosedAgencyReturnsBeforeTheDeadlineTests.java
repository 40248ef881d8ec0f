package vn.thads.portal.returns;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import vn.thads.portal.account.UserAdministration;
import vn.thads.portal.agency.AgencyAdministration;
import vn.thads.portal.agency.AgencyRef;
import vn.thads.portal.period.ReportingCalendar;
import vn.thads.portal.support.DemoPrincipals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.thads.portal.returns.SwitchUnits.JUNE_2025;
import static vn.thads.portal.returns.SwitchUnits.figures;
import static vn.thads.portal.support.TestUsers.basic;

/**
 * A closed Chi cục's June 2025 return entered by its successor's officers on 2 July 2025,
 * before the month's last deadline (domain.md §1a). The clock is pinned to that day, so
 * this class runs in a context of its own, on a database of its own (no demo: a demo
 * loaded on 2 July 2025 would not be the one every other test reads); the context is
 * closed after the class. {@link ReturnsAcrossTheSwitchTests} has the same returns after
 * the deadline.
 */
@SpringBootTest(properties = { "thads.clock.today=2025-07-02", "thads.demo.enabled=false",
		"thads.embedded-db.dir=target/test-pg-2025-07", "thads.embedded-db.clean=true",
		DemoPrincipals.OWN_DATABASE + "=true" })
@AutoConfigureMockMvc
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class ClosedAgencyReturnsBeforeTheDeadlineTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AgencyAdministration agencies;

	@Autowired
	UserAdministration users;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	ReportingCalendar calendar;

	@Autowired
	ReturnAccess access;

	SwitchUnits units;

	@BeforeEach
	void reorganisation() {
		this.units = SwitchUnits.create(this.agencies, this.users);
	}

	private static String api(AgencyRef agency, String period) {
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

	@Test
	void theLastDeadlineOfJune2025IsTheEndOfTheProvincesDueDayFourJuly() {
		OffsetDateTime fifthJuly = OffsetDateTime.of(2025, 7, 5, 0, 0, 0, 0, ZoneOffset.ofHours(7));
		assertThat(ReturnAccess.lockedFrom(this.calendar, JUNE_2025)).isEqualTo(fifthJuly.toInstant());
		assertThat(this.access.lockedFrom(this.units.x())).contains(fifthJuly.toInstant());
		assertThat(this.access.lockedFrom(this.units.kv01())).isEmpty();
		assertThat(this.access.isLocked(this.units.x(), null)).isFalse();
	}

	@Test
	void theSuccessorsOfficersEnterAndSubmitAClosedChiCucsJuneReturnAndTheProvinceReviewsIt() throws Exception {
		String officer = this.units.officer(this.units.kv01());
		String leader = this.units.leader(this.units.n());
		String x = api(this.units.x(), "2025-06");
		Document page = Jsoup.parse(this.mvc
			.perform(get("/returns/" + this.units.x().code() + "/2025-06")
				.with(user(this.accounts.loadUserByUsername(officer))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(page.selectFirst("#return-notice")).isNull();
		assertThat(page.selectFirst("input#cases-completed")).isNotNull();

		put(x, officer, SwitchUnits.body(null, figures(100, 50, 30))).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("DRAFT"))
			.andExpect(jsonPath("$.inherited").doesNotExist());
		action(x + "/submit", officer, "{\"version\": 0}").andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("SUBMITTED"));
		action(x + "/approve", leader, "{\"version\": 1}").andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("APPROVED"));
		// until the deadline the province's leaders reopen it as any other
		action(x + "/reopen", leader, "{\"version\": 2, \"reason\": \"Xem lại số tiền\"}").andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("RETURNED"));
		this.mvc.perform(get(x + "/history").with(basic(leader)))
			.andExpect(jsonPath("$[*].user", contains(officer, officer, leader, leader)));

		// the province's officers too (KV01 is one of its regional offices); not KV02's
		String y = api(this.units.y(), "2025-06");
		put(y, this.units.officer(this.units.kv02()), SwitchUnits.body(null, figures(40, 20, 10)))
			.andExpect(status().isForbidden());
		put(y, this.units.officer(this.units.n()), SwitchUnits.body(null, figures(40, 20, 10)))
			.andExpect(status().isOk());
		// July has not ended on 2 July
		put(api(this.units.kv01(), "2025-07"), officer, SwitchUnits.body(null, figures(140, 70, 40)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].message")
				.value("Tháng 7/2025 chưa kết thúc: chỉ lập được báo cáo của tháng đã kết thúc."));
	}

}
