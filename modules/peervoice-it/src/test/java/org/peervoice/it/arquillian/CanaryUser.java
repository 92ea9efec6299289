package org.peervoice.it.arquillian;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * A demo user whose every identifying value is unique and greppable, so that any trace of it in
 * the database, the logs or an API response can be found (docs/privacy.md, the identity canary).
 */
public final class CanaryUser {

	private final String userKey;
	private final String screenName;
	private final String displayName;
	private final String ipAddress;
	private final String userAgent;

	private CanaryUser(String userKey, String screenName, String displayName, String ipAddress, String userAgent) {
		this.userKey = userKey;
		this.screenName = screenName;
		this.displayName = displayName;
		this.ipAddress = ipAddress;
		this.userAgent = userAgent;
	}

	static CanaryUser random(String label) {
		String tag = UUID.randomUUID().toString().replace("-", "").substring(0, 10).toLowerCase(Locale.ROOT);
		int a = 1 + (int) (Math.random() * 200);
		int b = 1 + (int) (Math.random() * 250);
		int c = 1 + (int) (Math.random() * 250);
		return new CanaryUser(
			"uk-canary-" + label + "-" + tag,
			"canary" + label + tag,
			"Canary " + capitalized(label) + " Zq" + tag.toUpperCase(Locale.ROOT),
			"10." + a + "." + b + "." + c,
			"CanaryAgent/" + tag + " (" + label + "; PeerVoice identity canary)");
	}

	private static String capitalized(String word) {
		return word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
	}

	public String userKey() {
		return userKey;
	}

	public String screenName() {
		return screenName;
	}

	public String displayName() {
		return displayName;
	}

	public String ipAddress() {
		return ipAddress;
	}

	public String userAgent() {
		return userAgent;
	}

	/** The password of every dev portal demo user. */
	public String password() {
		return "demo";
	}

	/** Every value that identifies this user to a reader of the database, logs or API. */
	public List<String> identifyingValues() {
		return Arrays.asList(userKey, screenName, displayName, ipAddress, userAgent);
	}

	@Override
	public String toString() {
		return "CanaryUser[" + screenName + "]";
	}

}
