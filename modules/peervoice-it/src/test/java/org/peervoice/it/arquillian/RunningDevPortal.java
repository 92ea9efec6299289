package org.peervoice.it.arquillian;

import java.net.URI;

/** The dev portal the tests talk to, the database behind it, and what it logged. */
public final class RunningDevPortal {

	/** Screen name of a site member of Northside only: a member of another site to Riverside's items. */
	public static final String NORTHSIDE_MEMBER = "nico";
	// people directory: Riverside members that tests mark as left, one per test that does (leaving is for good)
	public static final String MATRIX_LEAVER = "it-leaver-matrix";
	public static final String API_LEAVER = "it-leaver-api";
	public static final String CHAMPION_LEAVER = "it-leaver-champion";

	private final URI baseUri;
	private final TestDatabase database;
	private final CapturedLog log;
	private final CanaryUser anonymousCanary;
	private final CanaryUser identifiedCanary;
	private final CanaryUser floodingUser;
	private final Runnable mixing;
	private final Runnable notifying;

	RunningDevPortal(URI baseUri, TestDatabase database, CapturedLog log, CanaryUser anonymousCanary, CanaryUser identifiedCanary, CanaryUser floodingUser,
		Runnable mixing, Runnable notifying) {
		this.notifying = notifying;
		this.baseUri = baseUri;
		this.database = database;
		this.log = log;
		this.anonymousCanary = anonymousCanary;
		this.identifiedCanary = identifiedCanary;
		this.floodingUser = floodingUser;
		this.mixing = mixing;
	}

	/** Mixes every site's pending anonymous writes now, as the portal's timer does once a site's window has passed. */
	public void mixAnonymousWrites() {
		mixing.run();
	}

	/** Delivers pending notifications and every site's review digest now (the portal's timer would within its interval). */
	public void deliverNotifications() {
		notifying.run();
	}

	/** The folder of the HSQLDB files, or {@code null} on another database. */
	public java.nio.file.Path hsqldbFolder() {
		return database instanceof HsqldbTestDatabase ? ((HsqldbTestDatabase) database).folder() : null;
	}

	/** {@code http://localhost:<port>/} */
	public URI baseUri() {
		return baseUri;
	}

	public TestDatabase database() {
		return database;
	}

	public CapturedLog log() {
		return log;
	}

	/** A Riverside staff member (like alex) used only for anonymous items. */
	public CanaryUser anonymousCanary() {
		return anonymousCanary;
	}

	/** Another Riverside staff member used only for identified items: the control group. */
	public CanaryUser identifiedCanary() {
		return identifiedCanary;
	}

	/** A Riverside staff member of its own for the rate limit test, so its hour's budget is spent nowhere else. */
	public CanaryUser floodingUser() {
		return floodingUser;
	}

}
