package vn.thads.portal.demo;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Splits a whole number into whole parts proportional to weights, the parts adding up to
 * it exactly (largest remainder): published provincial totals over units, a month's
 * pending cases over their kinds.
 */
final class DemoShares {

	private DemoShares() {
	}

	static long[] split(long total, double[] weights) {
		double sum = Arrays.stream(weights).sum();
		long[] parts = new long[weights.length];
		if (total == 0 || sum == 0) {
			if (total != 0) {
				throw new IllegalArgumentException("cannot split " + total + " over nothing");
			}
			return parts;
		}
		double[] remainders = new double[weights.length];
		long assigned = 0;
		for (int i = 0; i < weights.length; i++) {
			double exact = total * (weights[i] / sum);
			parts[i] = (long) Math.floor(exact);
			remainders[i] = exact - parts[i];
			assigned += parts[i];
		}
		long left = total - assigned;
		Integer[] order = IntStream.range(0, weights.length)
			.boxed()
			.sorted(Comparator.comparingDouble((Integer i) -> remainders[i]).reversed())
			.toArray(Integer[]::new);
		for (int k = 0; left > 0; k = (k + 1) % order.length, left--) {
			parts[order[k]]++;
		}
		for (int k = 0; left < 0; k = (k + 1) % order.length) {
			if (parts[order[order.length - 1 - k]] > 0) {
				parts[order[order.length - 1 - k]]--;
				left++;
			}
		}
		return parts;
	}

	static long[] split(long total, long[] weights) {
		return split(total, Arrays.stream(weights).asDoubleStream().toArray());
	}

}
