/**
 * The dev portal host: embedded Tomcat 9 with Weld and Jersey, standing in for Liferay during
 * development and tests. It supplies the core's host ports (identity from demo users, server
 * secret, database, clock), serves the REST API and the UI's files under Liferay's paths, and
 * renders an intranet-like page around the web components.
 *
 * <p>Only {@link org.peervoice.devportal.DevPortal}, {@link org.peervoice.devportal.DevPortalSettings},
 * {@link org.peervoice.devportal.Main} and the demo ids in {@link org.peervoice.devportal.DemoDirectory}
 * are for other modules. Nothing here is deployed to Liferay.
 */
package org.peervoice.devportal;
