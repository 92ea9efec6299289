package org.peervoice.devportal;

/** Names of what the dev portal keeps in a browser session. */
final class SessionKeys {

	static final String SCREEN_NAME = "org.peervoice.devportal.screenName";
	static final String CSRF_TOKEN = "org.peervoice.devportal.csrfToken";
	static final String LANGUAGE = "org.peervoice.devportal.language";

	private SessionKeys() {
	}

}
