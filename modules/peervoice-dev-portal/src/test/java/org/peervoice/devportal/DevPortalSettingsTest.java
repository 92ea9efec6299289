package org.peervoice.devportal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class DevPortalSettingsTest {

	@Test
	void requestThreadsAreTomcatsUnlessSetAndOutlastOtherSettings() {
		assertEquals(0, DevPortalSettings.defaults().httpThreads());
		DevPortalSettings settings = DevPortalSettings.defaults().httpThreads(32).loadTestUsers(10).notificationInterval(Duration.ofSeconds(7))
			.port(0);
		assertEquals(32, settings.httpThreads());
		assertEquals(10, settings.loadTestUsers());
		assertThrows(IllegalArgumentException.class, () -> DevPortalSettings.defaults().httpThreads(-1));
		assertThrows(IllegalArgumentException.class, () -> DevPortalSettings.defaults().httpThreads(DevPortalSettings.MAX_HTTP_THREADS + 1));
	}

}
