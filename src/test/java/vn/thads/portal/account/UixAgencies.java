package vn.thads.portal.account;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.stereotype.Component;
import vn.thads.portal.agency.AgencyAdministration;
import vn.thads.portal.agency.AgencyCommand;
import vn.thads.portal.agency.AgencyLevel;
import vn.thads.portal.agency.AgencyRef;
import vn.thads.portal.shared.InvalidInputException;
import vn.thads.portal.support.TestAgencies;

/**
 * The accounts tests' own agencies ({@code UIX1}, {@code UIX2}, …) under the tests'
 * central root {@link TestAgencies#ROOT}, so that they depend on no demo agency and add
 * nothing to the demo's national figures. A closed one closed at the 2025 switch; tests
 * run on 2026-11-30.
 */
@Component
class UixAgencies {

	static final LocalDate SWITCH = LocalDate.of(2025, 7, 1);

	private static final AtomicInteger sequence = new AtomicInteger();

	private static final LocalDate LONG_AGO = LocalDate.of(2010, 1, 1);

	private final AgencyAdministration agencies;

	UixAgencies(AgencyAdministration agencies) {
		this.agencies = agencies;
	}

	/** A province active today. */
	AgencyRef active() {
		return create(LONG_AGO, null, List.of());
	}

	/** A province closed on 30/06/2025. */
	AgencyRef closed() {
		return create(LONG_AGO, SWITCH.minusDays(1), List.of());
	}

	/**
	 * A province from 01/07/2025 succeeding {@code predecessors} (their primary successor
	 * unless they have one already).
	 */
	AgencyRef successorOf(AgencyRef... predecessors) {
		return successorUntil(null, predecessors);
	}

	/** As {@link #successorOf}, closed after {@code validTo} (null: still active). */
	AgencyRef successorUntil(LocalDate validTo, AgencyRef... predecessors) {
		return create(SWITCH, validTo, Arrays.stream(predecessors).map(AgencyRef::code).toList());
	}

	private AgencyRef create(LocalDate from, LocalDate to, List<String> predecessors) {
		ensureRoot();
		String code = "UIX" + sequence.incrementAndGet();
		return this.agencies.create(new AgencyCommand(code, "Đơn vị thử tài khoản " + code, code, AgencyLevel.PROVINCE,
				TestAgencies.ROOT, from, to, predecessors, null));
	}

	private void ensureRoot() {
		try {
			this.agencies.create(new AgencyCommand(TestAgencies.ROOT, "Đơn vị gốc thử nghiệm", TestAgencies.ROOT,
					AgencyLevel.CENTRAL, null, LONG_AGO, null, List.of(), null));
		}
		catch (InvalidInputException alreadyThere) {
			// created by an earlier test of this run
		}
	}

}
