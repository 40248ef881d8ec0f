package vn.thads.portal.load;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.flushCookieJar;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * A deadline day on the national data set (docs/benchmarks.md, "Load"): officers save and
 * submit their month on the entry page (sign-in form, CSRF token, the version shown), API
 * clients do the same through {@code PUT} and {@code …/submit} (HTTP Basic, JSON with the
 * version), leaders open their dashboard and download the printed report as PDF and XLSX.
 * Each writer owns its agencies (one return is only ever written by one virtual user) and
 * logs every write with a unique marker for the lost-update check.
 */
public class DeadlineDaySimulation extends Simulation {

	private static final String PASSWORD = "demo";

	private final LoadSettings settings = LoadSettings.fromSystemProperties();

	private final AtomicInteger writerIndex = new AtomicInteger();

	private final AtomicInteger leaderIndex = new AtomicInteger();

	{
		HttpProtocolBuilder protocol = http.baseUrl(this.settings.baseUrl())
			.acceptLanguageHeader("vi")
			.userAgentHeader("thads-load (Gatling)");
		ScenarioBuilder officers = scenario("officers (entry page)").exec(this::startWriter)
			.exec(during(this.settings.duration(), false).on(period(pageSaves())));
		ScenarioBuilder apiClients = scenario("API clients (PUT, submit)").exec(this::startWriter)
			.exec(during(this.settings.duration(), false).on(period(apiSaves())));
		ScenarioBuilder leaders = scenario("leaders (dashboard, PDF, XLSX)").exec(this::startLeader)
			.exec(signIn())
			.exec(during(this.settings.duration(), false).on(leaderRound()));
		setUp(officers.injectOpen(rampUsers(this.settings.officers()).during(this.settings.rampUp())),
				apiClients.injectOpen(rampUsers(this.settings.apiClients()).during(this.settings.rampUp())),
				leaders.injectOpen(rampUsers(this.settings.leaders()).during(this.settings.rampUp())))
			.protocols(protocol);
	}

	@Override
	public void before() {
		WriteLog.open(Path.of(this.settings.writeLog()));
	}

	@Override
	public void after() {
		WriteLog.close();
	}

	private Session startWriter(Session session) {
		int n = this.writerIndex.getAndIncrement();
		return at(session.set("n", n).set("round", 0).set("periodIndex", 0).set("seq", 0).set("count", 0));
	}

	private Session startLeader(Session session) {
		int n = this.leaderIndex.getAndIncrement();
		// every tenth leader is the national one, the others their province's
		String code = (n % 10 == 9) ? "TW" : "N%02d".formatted(n % 63 + 1);
		return session.set("code", code).set("user", code.toLowerCase() + ".lanhdao");
	}

	/** Sets the agency, its officer and the period for the writer's current slot. */
	private Session at(Session session) {
		int index = session.getInt("n") + session.getInt("round") * this.settings.writers();
		String agency = LoadSettings.agency(index);
		return session.set("agency", agency)
			.set("user", agency.toLowerCase() + ".canbo")
			.set("period", this.settings.periods().get(session.getInt("periodIndex")))
			.set("seq", 0);
	}

	/** One period of one agency: a fresh sign-in on a new agency, then the saves. */
	private ChainBuilder period(ChainBuilder saves) {
		return doIf((session) -> session.getInt("periodIndex") == 0).then(exec(flushCookieJar()).exec(signIn()))
			.exec(saves)
			.exec(this::next);
	}

	private Session next(Session session) {
		int periodIndex = session.getInt("periodIndex") + 1;
		int round = session.getInt("round");
		if (periodIndex == this.settings.periods().size()) {
			periodIndex = 0;
			round++;
		}
		return at(session.set("periodIndex", periodIndex).set("round", round));
	}

	/** A marker unique to the write: the writer, its count of writes, and a digit. */
	private static Session marked(Session session) {
		int count = session.getInt("count") + 1;
		long marker = (long) session.getInt("n") * 1000 + count;
		return session.set("count", count).set("marker", marker).remove("status");
	}

	/**
	 * Logs a write as {@code unknown} before it is sent: a write whose answer is never
	 * read (the simulation ends, the client dies) may still have committed.
	 */
	private static Session sending(Session session, boolean submitted) {
		WriteLog.write(session.getString("agency"), session.getString("period"), session.getInt("seq") + 1,
				"unknown", session.getLong("marker"), submitted);
		return session;
	}

	private static Session logged(Session session, int success, boolean submitted) {
		int seq = session.getInt("seq") + 1;
		int status = session.contains("status") ? session.getInt("status") : 0;
		WriteLog.write(session.getString("agency"), session.getString("period"), seq, WriteLog.outcome(status, success),
				session.getLong("marker"), submitted);
		return session.set("seq", seq).set("saved", status == success);
	}

	private ChainBuilder signIn() {
		return exec(http("sign-in page").get("/login").check(css("input[name=_csrf]", "value").saveAs("csrf")))
			.exec(http("sign in").post("/login")
				.formParam("username", "#{user}")
				.formParam("password", PASSWORD)
				.formParam("_csrf", "#{csrf}")
				.disableFollowRedirect()
				.check(status().is(302), header("Location").transform((l) -> l.contains("error")).is(false)));
	}

	private ChainBuilder openEntry() {
		return exec((session) -> session.remove("version")).exec(http("entry page").get("/returns/#{agency}/#{period}")
			.check(status().is(200), css("input[name=_csrf]", "value").saveAs("csrf"),
					css("input[name=version]", "value").optional().saveAs("version")));
	}

	private ChainBuilder pageSave(String name, String action, boolean submitted) {
		return exec(DeadlineDaySimulation::marked).exec((session) -> sending(session, submitted))
			.exec(http(name).post("/returns/#{agency}/#{period}")
				.formParam("_csrf", "#{csrf}")
				.formParam("version", (session) -> session.contains("version") ? session.getString("version") : "")
				.formParam("action", action)
				.formParam("explanation", "Kiểm thử tải")
				.formParamMap((session) -> LoadFigures.formFields(session.getLong("marker")))
				.disableFollowRedirect()
				.check(status().saveAs("status"), status().is(302)))
			.exec((session) -> logged(session, 302, submitted));
	}

	/** Opens the entry page, saves a draft, opens it again, saves and submits. */
	private ChainBuilder pageSaves() {
		return exec(openEntry()).exec(pause(this.settings.pauseMin(), this.settings.pauseMax()))
			.exec(pageSave("save draft (page)", "save", false))
			.exec(openEntry())
			.exec(pause(this.settings.pauseMin(), this.settings.pauseMax()))
			.exec(pageSave("save and submit (page)", "submit", true))
			.exec(pause(this.settings.pauseMin(), this.settings.pauseMax()));
	}

	private ChainBuilder apiPut(String name) {
		return exec(DeadlineDaySimulation::marked).exec((session) -> sending(session, false))
			.exec(http(name).put("/api/v1/returns/#{agency}/#{period}")
				.basicAuth("#{user}", PASSWORD)
				.body(StringBody((session) -> LoadFigures.json(session.getLong("marker"),
						session.contains("version") ? session.getString("version") : null)))
				.asJson()
				.check(status().saveAs("status"), status().is(200), jsonPath("$.version").saveAs("version")))
			.exec((session) -> logged(session, 200, false));
	}

	/** Reads the return, saves it twice (a draft, then the final figures), submits it. */
	private ChainBuilder apiSaves() {
		return exec((session) -> session.remove("version"))
			.exec(http("read return (API)").get("/api/v1/returns/#{agency}/#{period}")
				.basicAuth("#{user}", PASSWORD)
				.check(status().in(200, 404), jsonPath("$.version").optional().saveAs("version")))
			.exec(apiPut("save draft (API)"))
			.exec(pause(this.settings.pauseMin(), this.settings.pauseMax()))
			.exec(apiPut("save again (API)"))
			.doIf((session) -> session.getBoolean("saved"))
			.then(exec((session) -> sending(session.remove("status"), true))
				.exec(http("submit (API)").post("/api/v1/returns/#{agency}/#{period}/submit")
					.basicAuth("#{user}", PASSWORD)
					.body(StringBody("{\"version\": #{version}, \"explanation\": \"Kiểm thử tải\"}"))
					.asJson()
					.check(status().saveAs("status"), status().is(200)))
				.exec((session) -> logged(session, 200, true)))
			.exec(pause(this.settings.pauseMin(), this.settings.pauseMax()));
	}

	/**
	 * A leader's round: the dashboard, then the printed report as PDF and as a workbook.
	 */
	private ChainBuilder leaderRound() {
		String period = this.settings.dashboardPeriod();
		return exec(http("dashboard").get("/dashboard/#{code}?period=" + period).check(status().is(200)))
			.exec(pause(this.settings.pauseMin(), this.settings.pauseMax()))
			.exec(http("report PDF").get("/reports/#{code}/" + period + ".pdf")
				.check(status().is(200), header("Content-Type").is("application/pdf")))
			.exec(pause(this.settings.pauseMin(), this.settings.pauseMax()))
			.exec(http("report XLSX").get("/reports/#{code}/" + period + ".xlsx").check(status().is(200)))
			.exec(pause(this.settings.pauseMin(), this.settings.pauseMax()));
	}

}
