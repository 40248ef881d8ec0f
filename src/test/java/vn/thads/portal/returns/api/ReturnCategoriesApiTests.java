package vn.thads.portal.returns.api;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import vn.thads.portal.account.UserAdministration;
import vn.thads.portal.agency.AgencyAdministration;
import vn.thads.portal.returns.TestUnits;
import vn.thads.portal.support.FullStack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.thads.portal.support.TestUsers.basic;

/**
 * Categories of the two forms in the API (issue 14, api.md "Categories"): saved and
 * versioned with their return, refused above the main form, kept when a PUT leaves them
 * out.
 */
@FullStack
class ReturnCategoriesApiTests {

	static final String BANK = "TIN_DUNG_NGAN_HANG";

	/** Bank credit, a part of ReturnApiTests' KG22 forms: F = G + H on both forms. */
	static final String BANK_CASES = """
			{"carriedOver": 1000, "newlyAccepted": 2000, "entrusted": 0, "withdrawn": 0,
			 "withoutConditions": 1000, "completed": %d, "terminated": 0, "inProgress": %d,
			 "postponed": 0, "suspended": 0, "other": 0}""";

	static final String BANK_MONEY = """
			{"carriedOver": 100000, "newlyAccepted": 200000, "entrusted": 0, "withdrawn": 0,
			 "withoutConditions": 100000, "completed": 50000, "terminated": 0, "reduced": 0,
			 "inProgress": 150000, "postponed": 0, "suspended": 0, "other": 0}""";

	@Autowired
	MockMvc mvc;

	@Autowired
	AgencyAdministration agencies;

	@Autowired
	UserAdministration users;

	@Autowired
	JdbcTemplate jdbc;

	TestUnits units;

	String url;

	@BeforeEach
	void units() {
		this.units = TestUnits.create(this.agencies, this.users);
		this.url = "/api/v1/returns/" + this.units.province() + "/2020-09";
	}

	private static String body(String version, String categories) {
		String v = (version != null) ? "\"version\": " + version + ", " : "";
		String c = (categories != null) ? ", \"categories\": " + categories : "";
		return "{" + v + "\"cases\": " + ReturnApiTests.CASES.formatted("5705") + ", \"money\": " + ReturnApiTests.MONEY
				+ c + "}";
	}

	/** Bank credit with completed cases {@code completed} (and the rest in progress). */
	private static String bank(long completed) {
		return "[{\"code\": \"" + BANK + "\", \"cases\": " + BANK_CASES.formatted(completed, 2000 - completed)
				+ ", \"money\": " + BANK_MONEY + "}]";
	}

	private ResultActions put(String user, String json) throws Exception {
		return this.mvc.perform(MockMvcRequestBuilders.put(this.url)
			.with(basic(user))
			.contentType(MediaType.APPLICATION_JSON)
			.content(json));
	}

	private long dataVersion() {
		return this.jdbc.queryForObject("select version from data_version", Long.class);
	}

	@Test
	void aPutWithCategoriesSavesThemWithTheReturnAndVersionsThem() throws Exception {
		put(this.units.officer(), body(null, bank(3))).andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(0))
			.andExpect(jsonPath("$.categories[0].code").value(BANK))
			.andExpect(jsonPath("$.categories[0].name").value("tín dụng, ngân hàng"))
			.andExpect(jsonPath("$.categories[0].cases.completed").value(3))
			.andExpect(jsonPath("$.categories[0].derived.money.completionRate").value(25.00))
			.andExpect(jsonPath("$.categories[1].code").value("THU_HOI_TAI_SAN_THAM_NHUNG_KINH_TE"))
			.andExpect(jsonPath("$.categories[1].cases.completed").value(0))
			.andExpect(jsonPath("$.errors", hasSize(0)));
		long before = dataVersion();
		put(this.units.officer(), body("0", bank(5))).andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(1))
			.andExpect(jsonPath("$.categories[0].cases.completed").value(5))
			.andExpect(jsonPath("$.categories[0].derived.cases.resolved").value(5));
		assertThat(dataVersion()).isGreaterThan(before);
		this.mvc.perform(get(this.url + "/history").with(basic(this.units.officer())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[1].changes[*].field", hasItem("categories." + BANK + ".cases.completed")))
			.andExpect(
					jsonPath("$[1].changes[?(@.field == 'categories." + BANK + ".cases.completed')].from", hasItem(3)))
			.andExpect(
					jsonPath("$[1].changes[?(@.field == 'categories." + BANK + ".cases.completed')].to", hasItem(5)));
		// a stale version is refused as for the main form
		put(this.units.officer(), body("0", bank(7))).andExpect(status().isConflict());
	}

	@Test
	void aPutWithoutCategoriesKeepsThemAndAnEmptyListClearsThem() throws Exception {
		put(this.units.officer(), body(null, bank(3))).andExpect(status().isOk());
		put(this.units.officer(), body("0", null)).andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(1))
			.andExpect(jsonPath("$.categories[0].cases.completed").value(3));
		put(this.units.officer(), body("1", "[]")).andExpect(status().isOk())
			.andExpect(jsonPath("$.categories[0].cases.completed").value(0));
		assertThat(
				this.jdbc.queryForObject(
						"select count(*) from return_category_figures f join monthly_return r on r.id = f.return_id"
								+ " join agency a on a.id = r.agency_id where a.code = ?",
						Long.class, this.units.province()))
			.isZero();
	}

	@Test
	void aCategoryFigureAboveTheMainFormIsRefusedNamingItAndNothingIsSaved() throws Exception {
		// the main form completed 12.056 cases; bank credit cannot have completed more
		String above = "[{\"code\": \"" + BANK + "\", \"cases\": "
				+ BANK_CASES.replace("\"newlyAccepted\": 2000", "\"newlyAccepted\": 14000").formatted(13000, 2000)
				+ ", \"money\": " + BANK_MONEY + "}]";
		put(this.units.officer(), body(null, above)).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].field", hasItem("categories." + BANK + ".cases.completed")))
			.andExpect(jsonPath("$.errors[*].message", hasItem(
					"Trong đó tín dụng, ngân hàng: Thi hành xong (Tính bằng việc) là 13.000, lớn hơn số của biểu chính (12.056)")));
		this.mvc.perform(get(this.url).with(basic(this.units.officer()))).andExpect(status().isNotFound());
		put(this.units.officer(),
				body(null,
						"[{\"code\": \"NO_SUCH\", \"cases\": " + BANK_CASES.formatted(3, 1997) + ", \"money\": "
								+ BANK_MONEY + "}]"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("categories.NO_SUCH"));
		put(this.units.officer(), body(null, "{\"code\": 1}")).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("categories"));
	}

	@Test
	void aCategoryIdentityErrorIsReportedOnItsField() throws Exception {
		String unbalanced = "[{\"code\": \"" + BANK + "\", \"cases\": "
				+ BANK_CASES.replace("\"withoutConditions\": 1000", "\"withoutConditions\": 900").formatted(3, 1997)
				+ ", \"money\": " + BANK_MONEY + "}]";
		put(this.units.officer(), body(null, unbalanced)).andExpect(status().isOk())
			.andExpect(jsonPath("$.errors[0].field").value("categories." + BANK + ".cases.withoutConditions"));
	}

	@Test
	void categoriesAreScopedAsTheirReturn() throws Exception {
		this.mvc
			.perform(MockMvcRequestBuilders.put("/api/v1/returns/AG-KV02/2026-08")
				.with(basic("ag-kv01.canbo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(body("0", bank(3))))
			.andExpect(status().isForbidden());
		this.mvc.perform(get(this.url).with(basic(this.units.otherLeader()))).andExpect(status().isForbidden());
	}

}
