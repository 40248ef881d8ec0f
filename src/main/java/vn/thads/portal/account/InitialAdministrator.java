package vn.thads.portal.account;

import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;
import vn.thads.portal.agency.AgencyAdministration;
import vn.thads.portal.agency.AgencyCommand;
import vn.thads.portal.agency.AgencyDirectory;
import vn.thads.portal.agency.AgencyLevel;
import vn.thads.portal.database.StartupLock;
import vn.thads.portal.security.Role;

/**
 * A new production installation has no accounts: with
 * {@code thads.bootstrap.admin-password} set, the first start creates the central agency
 * (when the tree is empty) and an {@code admin} account, who then builds the rest in the
 * administration pages. Does nothing once any account exists (nodes started together look
 * one after the other, {@link StartupLock}).
 */
@Component
@Order(100)
class InitialAdministrator implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(InitialAdministrator.class);

	private final UserAdministration users;

	private final AgencyDirectory directory;

	private final AgencyAdministration agencies;

	private final String password;

	private final String centralCode;

	private final String centralName;

	private final StartupLock lock;

	InitialAdministrator(UserAdministration users, AgencyDirectory directory, AgencyAdministration agencies,
			StartupLock lock, @Value("${thads.bootstrap.admin-password:}") String password,
			@Value("${thads.bootstrap.central-code:TW}") String centralCode,
			@Value("${thads.bootstrap.central-name:Cục Quản lý Thi hành án dân sự}") String centralName) {
		this.users = users;
		this.directory = directory;
		this.agencies = agencies;
		this.password = password;
		this.centralCode = centralCode;
		this.centralName = centralName;
		this.lock = lock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		// nodes started together: one creates the administrator, the next finds it
		this.lock.holding(this::create);
	}

	private void create() {
		if (this.users.count() > 0) {
			return;
		}
		if (!StringUtils.hasText(this.password)) {
			log.warn("No user account exists. Set thads.bootstrap.admin-password (THADS_BOOTSTRAP_ADMIN_PASSWORD) "
					+ "to create the first administrator.");
			return;
		}
		if (this.directory.findByCode(this.centralCode).isEmpty()) {
			this.agencies.create(new AgencyCommand(this.centralCode, this.centralName, this.centralName,
					AgencyLevel.CENTRAL, null, LocalDate.of(1993, 7, 1), null, List.of(), null));
		}
		this.users.provision("admin", "Quản trị hệ thống", Role.ADMIN, this.centralCode, this.password);
		log.info("Created the first administrator 'admin' of agency {}", this.centralCode);
	}

}
