package vn.thads.portal.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import vn.thads.portal.security.PortalUser;
import vn.thads.portal.support.DemoPrincipals;
import vn.thads.portal.support.FullStack;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A dashboard reads its trend on a second connection while the request reads the rest.
 * Twice as many pages at once as the pool has connections must all be served: a request
 * that held its connection while waiting for its trend would starve the trends of
 * connections until the pool's timeout failed them.
 */
@FullStack
class DashboardConcurrencyTests {

	@Autowired
	Dashboards dashboards;

	@Autowired
	HikariDataSource dataSource;

	@Test
	void moreDashboardsAtOnceThanPooledConnectionsAreAllServed() throws Exception {
		int pages = 2 * this.dataSource.getMaximumPoolSize();
		PortalUser leader = (PortalUser) DemoPrincipals.load("kg.lanhdao");
		ExecutorService requests = Executors.newFixedThreadPool(pages);
		try {
			List<Callable<DashboardView>> calls = new ArrayList<>();
			for (int i = 0; i < pages; i++) {
				calls.add(() -> this.dashboards.view(leader, "KG", "2022-09", null));
			}
			for (Future<DashboardView> page : requests.invokeAll(calls)) {
				DashboardView view = page.get();
				assertThat(view.cases().rate()).isEqualByComparingTo("83.50");
				assertThat(view.trend()).isNotNull();
			}
		}
		finally {
			requests.shutdownNow();
		}
	}

}
