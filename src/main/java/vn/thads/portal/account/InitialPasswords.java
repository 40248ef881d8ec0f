package vn.thads.portal.account;

import java.security.SecureRandom;

/**
 * Passwords the portal makes up (a reset, a new imported account): shown once to the
 * administrator to hand over, never stored but hashed. No look-alike characters (0/O,
 * 1/l/I), so they survive being read out or copied by hand.
 */
final class InitialPasswords {

	private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

	private static final int LENGTH = 12;

	private static final SecureRandom random = new SecureRandom();

	private InitialPasswords() {
	}

	static String generate() {
		StringBuilder password = new StringBuilder(LENGTH);
		for (int i = 0; i < LENGTH; i++) {
			password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return password.toString();
	}

}
