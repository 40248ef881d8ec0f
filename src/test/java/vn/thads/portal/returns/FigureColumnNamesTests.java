package vn.thads.portal.returns;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.metamodel.mapping.EmbeddableValuedModelPart;
import org.hibernate.persister.entity.EntityPersister;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.thads.portal.support.FullStack;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link FormColumn#sqlName(Form)} is the one place column names become SQL names; the
 * JPA mapping of {@link Figures} (field names through the naming strategy) and the table
 * must agree with it, or the engine's SQL would read other columns than the pages write.
 */
@FullStack
class FigureColumnNamesTests {

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theFieldsOfFiguresAreTheEnteredColumns() {
		assertThat(Arrays.stream(Figures.class.getRecordComponents()).map((c) -> c.getName()))
			.containsExactlyInAnyOrderElementsOf(FormColumn.ENTERED.stream().map(FormColumn::code).toList());
	}

	@Test
	void jpaMapsEveryFigureToItsSqlName() {
		EntityPersister persister = this.entityManagerFactory.unwrap(SessionFactoryImplementor.class)
			.getMappingMetamodel()
			.getEntityDescriptor(MonthlyReturn.class);
		Map<String, String> mapped = new TreeMap<>();
		Map<String, String> ours = new TreeMap<>();
		for (Form form : Form.values()) {
			EmbeddableValuedModelPart figures = (EmbeddableValuedModelPart) persister.findAttributeMapping(form.code());
			for (FormColumn column : FormColumn.ENTERED) {
				String field = form.field(column);
				figures.getEmbeddableTypeDescriptor()
					.findAttributeMapping(column.code())
					.forEachSelectable((i, selectable) -> mapped.put(field, selectable.getSelectionExpression()));
				ours.put(field, column.sqlName(form));
			}
		}
		assertThat(mapped).hasSize(24).isEqualTo(ours);
		assertThat(FormColumn.SQL_NAMES).hasSize(24)
			.startsWith("cases_carried_over", "cases_newly_accepted")
			.endsWith("money_without_conditions")
			.containsExactlyInAnyOrderElementsOf(ours.values());
	}

	@Test
	void theTableHasEveryColumn() {
		List<String> columns = new ArrayList<>(this.jdbc.queryForList(
				"select column_name from information_schema.columns where table_name = 'monthly_return'",
				String.class));
		assertThat(columns).containsAll(FormColumn.SQL_NAMES);
	}

}
