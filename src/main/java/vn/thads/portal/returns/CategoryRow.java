package vn.thads.portal.returns;

import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import org.hibernate.annotations.EmbeddedColumnNaming;

/**
 * One row of {@code return_category_figures}: a category's two forms in one return, the
 * same columns as the main forms ({@link FormColumn#sqlName}).
 */
@Embeddable
class CategoryRow {

	@Embedded
	@EmbeddedColumnNaming("cases_%s")
	private Figures cases = Figures.ZERO;

	@Embedded
	@EmbeddedColumnNaming("money_%s")
	private Figures money = Figures.ZERO;

	protected CategoryRow() {
	}

	CategoryRow(ReturnFigures figures) {
		this.cases = figures.cases();
		this.money = figures.money();
	}

	ReturnFigures figures() {
		return new ReturnFigures(this.cases, this.money);
	}

}
