package vn.thads.portal.stats;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.thads.portal.account.UserAdministration;
import vn.thads.portal.agency.AgencyAdministration;
import vn.thads.portal.agency.AgencyDirectory;
import vn.thads.portal.agency.AgencyRef;
import vn.thads.portal.period.ReportingPeriod;
import vn.thads.portal.returns.PublishedForms;
import vn.thads.portal.returns.ReturnEntry;
import vn.thads.portal.returns.ReturnView;
import vn.thads.portal.returns.ReturnWorkflow;
import vn.thads.portal.returns.TestUnits;
import vn.thads.portal.security.PortalUser;
import vn.thads.portal.support.FullStack;
import vn.thads.portal.support.RealSessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The engine's answers are kept for the version of the data they were read at: asked
 * again while nothing changed, the engine gives the same answer without reading; once a
 * write to returns, targets or agencies is committed it reads again; a transaction that
 * wrote keeps nothing, so a rollback leaves no trace; other writes (a session's, at every
 * page view) keep the answers. On the demo's Kiên Giang 2022-09 (12 230 cases completed,
 * KG22), changing Rạch Giá's approved return by one case and putting it back.
 */
@FullStack
class StatsCacheTests {

	static final ReportingPeriod SEP_2022 = ReportingPeriod.of(2022, 9);

	static final String ONE_MORE = """
			update monthly_return set cases_completed = cases_completed + ?, cases_in_progress = cases_in_progress - ?
			where agency_id = (select id from agency where code = 'KG-RG') and period = date '2022-09-01'
			""";

	@Autowired
	StatsEngine engine;

	@Autowired
	AgencyDirectory directory;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlatformTransactionManager transactions;

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
	StatsCache cache;

	AgencyRef kienGiang;

	int changed;

	@BeforeEach
	void kienGiang() {
		this.kienGiang = this.directory.getByCode("KG");
	}

	@AfterEach
	void putBack() {
		if (this.changed != 0) {
			this.jdbc.update(ONE_MORE, -this.changed, -this.changed);
		}
	}

	@Test
	void anUnchangedSnapshotGetsTheSameAnswer() {
		AgencyStats first = this.engine.stats(this.kienGiang, SEP_2022, Basis.SUBMITTED);
		AgencyStats second = this.engine.stats(this.kienGiang, SEP_2022, Basis.SUBMITTED);
		assertThat(second).isSameAs(first);
		assertThat(second.cases().derived().resolved()).isEqualTo(12_230);
		Trend trend = this.engine.trend(this.kienGiang, SEP_2022, Basis.SUBMITTED);
		assertThat(this.engine.trend(this.kienGiang, SEP_2022, Basis.SUBMITTED)).isSameAs(trend);
		assertThat(this.engine.stats(this.kienGiang, SEP_2022, Basis.APPROVED)).isNotSameAs(first);
	}

	@Test
	void aCommittedWriteIsReadAtOnce() {
		AgencyStats before = this.engine.stats(this.kienGiang, SEP_2022, Basis.SUBMITTED);
		this.jdbc.update(ONE_MORE, 1, 1);
		this.changed = 1;
		AgencyStats after = this.engine.stats(this.kienGiang, SEP_2022, Basis.SUBMITTED);
		assertThat(after.cases().figures().completed()).isEqualTo(before.cases().figures().completed() + 1);
		assertThat(after.cases().derived().resolved()).isEqualTo(12_231);
	}

	@Test
	void answersOfAnOlderVersionAreDroppedOnceANewerOneIsSeen() {
		this.engine.stats(this.kienGiang, SEP_2022, Basis.SUBMITTED);
		this.engine.stats(this.kienGiang, SEP_2022, Basis.APPROVED);
		this.engine.trend(this.kienGiang, SEP_2022, Basis.SUBMITTED);
		long before = this.cache.size();
		this.jdbc.update(ONE_MORE, 1, 1);
		this.changed = 1;
		this.engine.stats(this.kienGiang, SEP_2022, Basis.SUBMITTED);
		long afterOneCall = this.cache.size();
		// what one call keeps, seen on the next version
		this.jdbc.update(ONE_MORE, -1, -1);
		this.changed = 0;
		this.engine.stats(this.kienGiang, SEP_2022, Basis.SUBMITTED);
		assertThat(this.cache.size()).isPositive().isEqualTo(afterOneCall).isLessThan(before);
	}

	@Test
	void whatAWritingTransactionSawIsNotKeptForOthers() {
		long published = this.engine.stats(this.kienGiang, SEP_2022, Basis.SUBMITTED).cases().derived().resolved();
		TransactionTemplate transaction = new TransactionTemplate(this.transactions);
		transaction.executeWithoutResult((status) -> {
			this.jdbc.update(ONE_MORE, 1, 1);
			assertThat(this.engine.stats(this.kienGiang, SEP_2022, Basis.SUBMITTED).cases().derived().resolved())
				.isEqualTo(published + 1);
			status.setRollbackOnly();
		});
		assertThat(this.engine.stats(this.kienGiang, SEP_2022, Basis.SUBMITTED).cases().derived().resolved())
			.isEqualTo(published)
			.isEqualTo(12_230);
	}

	@Test
	void aPageViewKeepsTheAnswers() throws Exception {
		Cookie session = RealSessions.signIn(this.mvc, "tw.lanhdao");
		AgencyStats first = this.engine.stats(this.kienGiang, SEP_2022, Basis.SUBMITTED);
		String snapshot = this.jdbc.queryForObject("select pg_current_snapshot()::text", String.class);
		this.mvc.perform(get("/account/password").cookie(session)).andExpect(status().isOk());
		this.mvc.perform(get("/").cookie(session)).andExpect(status().is3xxRedirection());
		// the session was written, in a transaction of its own: the database moved on
		assertThat(this.jdbc.queryForObject("select pg_current_snapshot()::text", String.class)).isNotEqualTo(snapshot);
		assertThat(this.jdbc.queryForObject("select count(*) from spring_session where principal_name = 'tw.lanhdao'",
				Long.class))
			.isPositive();
		assertThat(this.engine.stats(this.kienGiang, SEP_2022, Basis.SUBMITTED)).isSameAs(first);
	}

	@Test
	void aSavedReturnIsReadAtOnce() {
		TestUnits units = TestUnits.create(this.agencies, this.users);
		AgencyRef province = this.directory.getByCode(units.province());
		PortalUser officer = TestUnits.user(units.officer());
		ReportingPeriod period = ReportingPeriod.of(2020, 9);
		AgencyStats before = this.engine.stats(province, period, Basis.SUBMITTED);
		assertThat(this.engine.stats(province, period, Basis.SUBMITTED)).isSameAs(before);
		ReturnView saved = this.entry.save(officer, units.province(), "2020-09", null, PublishedForms.KG22);
		AgencyStats afterSave = this.engine.stats(province, period, Basis.SUBMITTED);
		assertThat(afterSave).isNotSameAs(before);
		this.workflow.submit(officer, units.province(), "2020-09", saved.version(), null);
		AgencyStats afterSubmit = this.engine.stats(province, period, Basis.SUBMITTED);
		assertThat(afterSubmit).isNotSameAs(afterSave);
		assertThat(afterSubmit.cases().figures().completed())
			.isEqualTo(before.cases().figures().completed() + PublishedForms.KG22.cases().completed());
		assertThat(saved.version()).isNotNull();
	}

}
