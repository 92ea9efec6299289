package org.peervoice.it;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.security.SecureRandom;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.extension.ExtendWith;
import org.peervoice.it.arquillian.RunningDevPortal;

/**
 * What every integration test shares: the dev portal container (started once for the whole run),
 * its base URL, and API clients for the demo users.
 */
@ExtendWith(ArquillianExtension.class)
public abstract class PortalTestCase {

	public static final long COMPANY = 20097;
	public static final long RIVERSIDE = 20121;
	public static final long NORTHSIDE = 20145;

	private static final SecureRandom RANDOM = new SecureRandom();
	private static final Map<String, SignedInSession> SESSIONS = new ConcurrentHashMap<>();

	@ArquillianResource
	protected URL base;

	@ArquillianResource
	protected RunningDevPortal portal;

	/** The host is the container; the archive only satisfies Arquillian. */
	@Deployment(testable = false)
	public static JavaArchive deployment() {
		return ShrinkWrap.create(JavaArchive.class, "peervoice-it.jar");
	}

	protected URI baseUri() {
		try {
			return base.toURI();
		}
		catch (URISyntaxException e) {
			throw new IllegalStateException(e);
		}
	}

	protected ApiClient guest() {
		return ApiClient.guest(baseUri());
	}

	/** A demo user over HTTP Basic, as scripts call the API. */
	protected ApiClient as(String screenName) {
		return guest().as(screenName);
	}

	/**
	 * A demo user through a browser session with its CSRF token: cheaper than HTTP Basic, whose
	 * password check is deliberately slow, for tests that make many requests.
	 */
	protected ApiClient session(String screenName) {
		String key = base + " " + screenName;
		return SESSIONS.computeIfAbsent(key, unused -> SignedInSession.signIn(baseUri(), screenName)).apiWithToken();
	}

	/** What the portal's mixing timer does once a window has passed: reviewers see anonymous writes after it. */
	protected void mixAnonymousWrites() {
		portal.mixAnonymousWrites();
	}

	protected void deliverNotifications() {
		portal.deliverNotifications();
	}

	/** A short unique word, so a test finds its own items among everyone else's. */
	protected static String unique(String prefix) {
		return prefix + " " + randomLetters(8);
	}

	/** Letters only: digits could look like record numbers to the privacy screening. */
	protected static String randomLetters(int length) {
		StringBuilder letters = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			letters.append((char) ('a' + RANDOM.nextInt(26)));
		}
		return letters.toString();
	}

}
