package vn.thads.portal.returns;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;

/**
 * Between a companion form's values and the record that maps its columns
 * ({@link CompanionForm#columns()}): the record has one {@code long} component per
 * entered line, named by the line's code, in form order.
 */
final class CompanionColumns {

	private CompanionColumns() {
	}

	/** The values the record holds. */
	static CompanionValues read(CompanionForm form, Record columns) {
		RecordComponent[] components = form.columns().getRecordComponents();
		return CompanionValues.of(form, (line) -> {
			RecordComponent component = Arrays.stream(components)
				.filter((c) -> c.getName().equals(line.code()))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException(form.columns() + " lacks " + line.code()));
			try {
				return (long) component.getAccessor().invoke(columns);
			}
			catch (IllegalAccessException | InvocationTargetException ex) {
				throw new IllegalStateException(ex);
			}
		});
	}

	/** The record holding the values. */
	static Record of(CompanionValues values) {
		Class<? extends Record> type = values.form().columns();
		RecordComponent[] components = type.getRecordComponents();
		Object[] arguments = new Object[components.length];
		Class<?>[] types = new Class<?>[components.length];
		for (int i = 0; i < components.length; i++) {
			String code = components[i].getName();
			types[i] = long.class;
			arguments[i] = values.get(values.form()
				.entered()
				.stream()
				.filter((line) -> line.code().equals(code))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException(type + " has no line " + code)));
		}
		try {
			Constructor<? extends Record> constructor = type.getDeclaredConstructor(types);
			constructor.setAccessible(true);
			return constructor.newInstance(arguments);
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
