package vn.thads.portal.demo;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import vn.thads.portal.database.StartupLock;
import vn.thads.portal.period.ReportingCalendar;

/**
 * Loads the demo once every bean exists and before the web server starts (it starts with
 * the context's lifecycle, after this callback), so the portal answers only when the demo
 * accounts, returns and targets are there: the structure and accounts, the returns up to
 * the last month that has ended (a catch-up after the first start), the targets through
 * the current statistical year, the key cases and the conclusions of the last meetings.
 * Nodes started together load one after the other ({@link StartupLock}): the second finds
 * everything there.
 */
@Component
@Profile("demo")
class DemoLoader implements SmartInitializingSingleton {

	private final DemoAccountsAndAgencies structure;

	private final DemoReturns returns;

	private final DemoTargets targets;

	private final DemoKeyCases keyCases;

	private final DemoMeetings meetings;

	private final ReportingCalendar calendar;

	private final StartupLock lock;

	DemoLoader(DemoAccountsAndAgencies structure, DemoReturns returns, DemoTargets targets, DemoKeyCases keyCases,
			DemoMeetings meetings, ReportingCalendar calendar, StartupLock lock) {
		this.structure = structure;
		this.returns = returns;
		this.targets = targets;
		this.keyCases = keyCases;
		this.meetings = meetings;
		this.calendar = calendar;
		this.lock = lock;
	}

	@Override
	public void afterSingletonsInstantiated() {
		this.lock.holding(() -> {
			this.structure.load();
			this.returns.catchUp(this.calendar.lastEnded(), this.calendar.now().toInstant());
			this.targets.load(this.calendar.currentStatYear());
			this.keyCases.load(this.calendar.now().toLocalDate());
			this.meetings.load(this.calendar.lastEnded().month());
		});
	}

}
