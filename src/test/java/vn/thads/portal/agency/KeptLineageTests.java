package vn.thads.portal.agency;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.thads.portal.support.FullStack;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The agency tree is kept between requests for the data version it was read at
 * ({@link AgencyDirectory#lineage()}): read again after any committed change to the tree,
 * whichever node made it, never kept from inside a transaction that has written.
 */
@FullStack
class KeptLineageTests {

	static final String RENAME = "update agency set short_name = ? where code = 'KG'";

	@Autowired
	AgencyDirectory directory;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void theSameVersionAnswersTheSameLineage() {
		AgencyLineage first = this.directory.lineage();
		assertThat(this.directory.lineage()).isSameAs(first);
	}

	@Test
	void aCommittedChangeToTheTreeIsReadAgain() {
		String before = shortName();
		AgencyLineage first = this.directory.lineage();
		try {
			this.jdbc.update(RENAME, "Kiên Giang (kept?)");
			AgencyLineage after = this.directory.lineage();
			assertThat(after).isNotSameAs(first);
			assertThat(after.byCode("KG"))
				.hasValueSatisfying((a) -> assertThat(a.shortName()).isEqualTo("Kiên Giang (kept?)"));
		}
		finally {
			this.jdbc.update(RENAME, before);
		}
		assertThat(this.directory.lineage().byCode("KG"))
			.hasValueSatisfying((a) -> assertThat(a.shortName()).isEqualTo(before));
	}

	@Test
	void aTransactionThatHasWrittenSeesItsOwnTreeAndKeepsNothing() {
		String before = shortName();
		AgencyLineage kept = this.directory.lineage();
		new TransactionTemplate(this.transactions).executeWithoutResult((status) -> {
			this.jdbc.update(RENAME, "Kiên Giang (uncommitted)");
			assertThat(this.directory.lineage().byCode("KG"))
				.hasValueSatisfying((a) -> assertThat(a.shortName()).isEqualTo("Kiên Giang (uncommitted)"));
			status.setRollbackOnly();
		});
		assertThat(this.directory.lineage()).isSameAs(kept);
		assertThat(kept.byCode("KG")).hasValueSatisfying((a) -> assertThat(a.shortName()).isEqualTo(before));
	}

	private String shortName() {
		return this.jdbc.queryForObject("select short_name from agency where code = 'KG'", String.class);
	}

}
