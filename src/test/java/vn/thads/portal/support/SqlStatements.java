package vn.thads.portal.support;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Counts the SQL statements sent while a test records, so that it can bound what one
 * request costs (an N+1 query shows as a count that grows with the data). The test
 * contexts' pool is replaced by one whose connections report each statement they prepare
 * or create, on whatever thread (a dashboard reads its trend on a second one). Tests run
 * one at a time and MockMvc runs a request to its end before returning, so what is
 * recorded between {@link #start()} and {@link #stop()} is that request.
 */
@Component
public class SqlStatements implements BeanPostProcessor {

	private static final Set<String> STATEMENTS = Set.of("prepareStatement", "prepareCall", "createStatement");

	private static volatile List<String> recorded;

	/** Starts recording (a new record each time). */
	public static void start() {
		recorded = Collections.synchronizedList(new ArrayList<>());
	}

	/** Stops recording; returns the statements sent since {@link #start()}. */
	public static List<String> stop() {
		List<String> statements = recorded;
		recorded = null;
		return (statements != null) ? List.copyOf(statements) : List.of();
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof HikariDataSource pool && !(bean instanceof Counting)) {
			Counting counting = new Counting();
			pool.copyStateTo(counting);
			return counting;
		}
		return bean;
	}

	/** The same pool (it is not started until first used), its connections counted. */
	static class Counting extends HikariDataSource {

		@Override
		public Connection getConnection() throws SQLException {
			return counted(super.getConnection());
		}

		private static Connection counted(Connection connection) {
			InvocationHandler handler = (proxy, method, arguments) -> {
				List<String> statements = recorded;
				if (statements != null && STATEMENTS.contains(method.getName())) {
					statements.add((arguments != null && arguments.length > 0) ? String.valueOf(arguments[0])
							: method.getName());
				}
				return invoke(connection, method, arguments);
			};
			return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
					new Class<?>[] { Connection.class }, handler);
		}

		private static Object invoke(Connection connection, Method method, Object[] arguments) throws Throwable {
			try {
				return method.invoke(connection, arguments);
			}
			catch (InvocationTargetException ex) {
				throw ex.getCause();
			}
		}

	}

}
